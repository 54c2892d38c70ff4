import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { defineRule } from "../../src/rules/defineRule.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const definition = {
  id: "too-costly",
  meta: {
    description: "Serving the customer costs more than the margin they bring",
    severity: "correct",
    messages: { costExceedsMargin: "cost {{cost}} exceeds margin {{margin}}" },
  },
  optionsSchema: z.object({ tolerance: z.number().check(z.gte(0)) }),
  defaultOptions: { tolerance: 0 },
  evaluate(facts: { serviceCost: number; grossMargin: number }, options: { tolerance: number }, report) {
    if (facts.serviceCost > facts.grossMargin + options.tolerance) {
      report("costExceedsMargin", { cost: facts.serviceCost, margin: facts.grossMargin });
    }
  },
} as const satisfies Parameters<typeof defineRule>[0];

describe("defineRule", () => {
  it("returns the very same rule object", () => {
    expect(defineRule(definition)).toBe(definition);
  });

  it("accepts a namespaced id and optional docs, citation and deprecation fields", () => {
    const rule = defineRule({
      id: "acme/old-rule",
      meta: {
        description: "Old",
        severity: "info",
        messages: { old: "old" },
        docs: "https://example.org/old-rule",
        citation: "Berry & Parasuraman (1991)",
        deprecated: true,
        replacedBy: ["acme/new-rule"],
      },
      defaultOptions: {},
      evaluate() {},
    });
    expect(rule.meta.replacedBy).toEqual(["acme/new-rule"]);
  });

  it("throws invalid_rule for a malformed id, naming the id and the path", () => {
    const error = expectClienteleError(() => defineRule({ ...definition, id: "TooCostly" }), "invalid_rule");
    expect(issuePaths(error)).toEqual(["id"]);
    expect(error.message).toMatchInlineSnapshot(`
      "defineRule: invalid rule "TooCostly"
        ✖ expected kebab-case id, optionally prefixed by one kebab-case namespace (e.g. too-costly, acme/vip-gone-quiet), received "TooCostly" → at id"
    `);
  });

  it("throws invalid_rule for an id with two namespaces", () => {
    const error = expectClienteleError(() => defineRule({ ...definition, id: "a/b/c" }), "invalid_rule");
    expect(issuePaths(error)).toEqual(["id"]);
  });

  it("throws invalid_rule when the rule has no message", () => {
    const error = expectClienteleError(
      () => defineRule({ ...definition, meta: { ...definition.meta, messages: {} } }),
      "invalid_rule",
    );
    expect(issuePaths(error)).toEqual(["meta.messages"]);
    expect(error.message).toMatchInlineSnapshot(`
      "defineRule: invalid rule "too-costly"
        ✖ expected at least one message, received none → at meta.messages"
    `);
  });

  it("throws invalid_rule when the default options fail the options schema", () => {
    const error = expectClienteleError(
      () => defineRule({ ...definition, defaultOptions: { tolerance: -1 } }),
      "invalid_rule",
    );
    expect(error.issues.map((i) => [i.code, issuePaths({ issues: [i] })[0]])).toEqual([
      ["too_small", "defaultOptions.tolerance"],
    ]);
  });

  it("throws invalid_rule for default options a JSON config could never set (NaN, Infinity, undefined, cycles)", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const { optionsSchema: _, ...noSchema } = definition;
    const error = expectClienteleError(
      () =>
        defineRule({
          ...noSchema,
          defaultOptions: {
            limit: Number.NaN,
            cap: Number.POSITIVE_INFINITY,
            maybe: undefined,
            list: [1, () => 1],
            cyclic,
          },
        } as never),
      "invalid_rule",
    );
    expect(issuePaths(error)).toEqual([
      "defaultOptions.limit",
      "defaultOptions.cap",
      "defaultOptions.maybe",
      "defaultOptions.list[1]",
      "defaultOptions.cyclic.self",
    ]);
    expect(error.issues[0]?.message).toBe("expected a JSON value (a config could never set it), received NaN");
    expect(
      defineRule({ ...noSchema, defaultOptions: { limit: 3, names: ["a"], nested: { on: true, v: null } } } as never),
    ).toBeDefined();
  });

  it("throws invalid_rule for a value that is not a rule at all", () => {
    const error = expectClienteleError(() => defineRule(null as never), "invalid_rule");
    expect(error.message).toMatchInlineSnapshot(`
      "defineRule: invalid rule
        ✖ expected rule object, received null"
    `);
  });
});
