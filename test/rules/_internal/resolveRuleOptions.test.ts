import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { resolveRuleOptions } from "../../../src/rules/_internal/resolveRuleOptions.ts";
import type { AnyRule } from "../../../src/rules/Rule.ts";

const base = {
  id: "too-costly",
  meta: { description: "d", severity: "correct", messages: { m: "m" } },
  evaluate: () => undefined,
} as const;
const withSchema: AnyRule = {
  ...base,
  optionsSchema: z.object({ tolerance: z.number().check(z.gte(0)), label: z._default(z.string(), "x") }),
  defaultOptions: { tolerance: 0 },
};
const withoutSchema: AnyRule = { ...base, defaultOptions: { tolerance: 0, label: "x", note: null } };
const path = ["config", "too-costly"] as const;

describe("resolveRuleOptions", () => {
  it("returns the schema's parsed output of defaults merged with the override", () => {
    expect(resolveRuleOptions("f", withSchema, { tolerance: 5 }, path)).toEqual({
      ok: true,
      options: { tolerance: 5, label: "x" },
    });
    expect(resolveRuleOptions("f", withSchema, undefined, path)).toEqual({
      ok: true,
      options: { tolerance: 0, label: "x" },
    });
  });

  it("returns the schema's issues under the config path", () => {
    const result = resolveRuleOptions("f", withSchema, { tolerance: -1 }, path);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([
        ["too_small", ["config", "too-costly", "tolerance"]],
      ]);
    }
  });

  it("without a schema, merges shallowly and accepts keys of the defaults with the same type", () => {
    expect(resolveRuleOptions("f", withoutSchema, { tolerance: 2, note: "any" }, path)).toEqual({
      ok: true,
      options: { tolerance: 2, label: "x", note: "any" },
    });
  });

  it("without a schema, rejects unknown keys, type changes and non-finite numbers", () => {
    const result = resolveRuleOptions("f", withoutSchema, { tolerance: Number.NaN, label: 3, extra: 1 }, path);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: "unrecognized_keys",
          path: ["config", "too-costly"],
          message: 'unknown option "extra"',
          expected: 'one of "tolerance", "label", "note"',
        },
        {
          code: "invalid_type",
          path: ["config", "too-costly", "tolerance"],
          message: "expected number, received NaN",
          expected: "number",
          received: "NaN",
        },
        {
          code: "invalid_type",
          path: ["config", "too-costly", "label"],
          message: "expected string, received number",
          expected: "string",
          received: "number",
        },
      ],
    });
  });

  it("reports a schema whose output is not an object", () => {
    const rule: AnyRule = {
      ...base,
      optionsSchema: z.pipe(
        z.object({}),
        z.transform(() => 1),
      ),
      defaultOptions: {},
    };
    expect(resolveRuleOptions("f", rule, {}, path)).toEqual({
      ok: false,
      issues: [
        { code: "invalid_type", path: ["config", "too-costly"], message: "expected options to parse to an object" },
      ],
    });
  });

  it("does not mutate the defaults or the override", () => {
    fc.assert(
      fc.property(fc.record({ tolerance: fc.double({ noNaN: true }) }, { requiredKeys: [] }), (override) => {
        const before = structuredClone(override);
        resolveRuleOptions("f", withSchema, override, path);
        resolveRuleOptions("f", withoutSchema, override, path);
        expect(override).toEqual(before);
        expect(withSchema.defaultOptions).toEqual({ tolerance: 0 });
        expect(withoutSchema.defaultOptions).toEqual({ tolerance: 0, label: "x", note: null });
      }),
    );
  });
});
