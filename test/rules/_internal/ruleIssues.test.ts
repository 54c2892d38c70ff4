import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import type { ClienteleIssue } from "../../../src/errors/ClienteleIssue.ts";
import { RULE_ERROR_MESSAGE_ID, ruleIssues } from "../../../src/rules/_internal/ruleIssues.ts";
import { issuePaths } from "../../_helpers/expectIssue.ts";

const paths = (issues: readonly ClienteleIssue[]): string[] => issuePaths({ issues });

const valid = {
  id: "too-costly",
  meta: {
    description: "Serving costs more than the margin",
    severity: "correct",
    messages: { costExceedsMargin: "cost {{cost}} exceeds margin {{margin}}" },
    docs: "docs/rules/too-costly.md",
    citation: "Storbacka (1994)",
    deprecated: false,
    replacedBy: ["acme/new-rule"],
  },
  optionsSchema: z.object({ tolerance: z.number().check(z.gte(0)) }),
  defaultOptions: { tolerance: 0 },
  evaluate: () => undefined,
};

describe("ruleIssues", () => {
  it("returns no issue for a complete, valid rule", () => {
    expect(ruleIssues("f", valid)).toEqual([]);
  });

  it("reports a non-object rule at the base path", () => {
    const issues = ruleIssues("f", 42, ["rules", 3]);
    expect(issues).toEqual([
      { code: "invalid_rule", path: ["rules", 3], message: "expected rule object, received 42" },
    ]);
  });

  it("reports every malformed field with its path under the base path", () => {
    const issues = ruleIssues(
      "f",
      {
        id: "Too_Costly",
        meta: {
          description: " ",
          severity: "fatal",
          messages: { "bad-id": "x", empty: "", [RULE_ERROR_MESSAGE_ID]: "reserved" },
          docs: 1,
          citation: false,
          deprecated: "yes",
          replacedBy: ["ok", "Not Ok"],
        },
        defaultOptions: [],
        evaluate: "no",
      },
      ["rules", 0],
    );
    expect(issues.every((i) => i.code === "invalid_rule")).toBe(true);
    expect(paths(issues)).toEqual([
      "rules[0].id",
      "rules[0].meta.description",
      "rules[0].meta.severity",
      "rules[0].meta.messages.bad-id",
      "rules[0].meta.messages.empty",
      "rules[0].meta.messages.ruleError",
      "rules[0].meta.docs",
      "rules[0].meta.citation",
      "rules[0].meta.deprecated",
      "rules[0].meta.replacedBy[1]",
      "rules[0].evaluate",
      "rules[0].defaultOptions",
    ]);
  });

  it("requires meta to be an object and messages to hold at least one message", () => {
    expect(paths(ruleIssues("f", { ...valid, meta: null }))).toEqual(["meta"]);
    const noMessages = ruleIssues("f", { ...valid, meta: { ...valid.meta, messages: {} } });
    expect(noMessages).toEqual([
      { code: "invalid_rule", path: ["meta", "messages"], message: "expected at least one message, received none" },
    ]);
    expect(paths(ruleIssues("f", { ...valid, meta: { ...valid.meta, messages: "x" } }))).toEqual(["meta.messages"]);
    expect(paths(ruleIssues("f", { ...valid, meta: { ...valid.meta, replacedBy: "x" } }))).toEqual(["meta.replacedBy"]);
  });

  it("reports default options that fail the options schema with the schema's issue codes", () => {
    const issues = ruleIssues("f", { ...valid, defaultOptions: { tolerance: -1 } }, ["rules", 1]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("too_small");
    expect(paths(issues)).toEqual(["rules[1].defaultOptions.tolerance"]);
  });

  it("rejects an options schema that is not a zod schema or does not output an object", () => {
    expect(paths(ruleIssues("f", { ...valid, optionsSchema: { parse: () => ({}) } }))).toEqual(["optionsSchema"]);
    const toNumber = z.pipe(
      z.object({}),
      z.transform(() => 1),
    );
    expect(paths(ruleIssues("f", { ...valid, optionsSchema: toNumber, defaultOptions: {} }))).toEqual([
      "optionsSchema",
    ]);
  });

  it("accepts a rule without an options schema when its defaults are a plain object", () => {
    const { optionsSchema: _, ...withoutSchema } = valid;
    expect(ruleIssues("f", withoutSchema)).toEqual([]);
  });
});
