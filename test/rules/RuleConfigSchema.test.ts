import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RuleConfigSchema } from "../../src/rules/RuleConfigSchema.ts";
import { parseInput } from "../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const parse = (input: unknown) => parseInput("load", RuleConfigSchema, input, ["config"]);

describe("RuleConfigSchema", () => {
  it('accepts core and namespaced ids mapped to "off" or option objects', () => {
    const config = { "too-costly": { tolerance: 5 }, "acme/vip-gone-quiet": "off", "gone-quiet": {} };
    expect(parse(config)).toEqual(config);
  });

  it("rejects malformed rule ids with the id in the path and the message", () => {
    const error = expectClienteleError(() => parse({ "Too Costly": "off", "a/b/c": "off" }), "invalid_input");
    expect(error.issues.map((i) => i.path)).toEqual([
      ["config", "Too Costly"],
      ["config", "a/b/c"],
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "load: invalid input
        ✖ invalid rule id "Too Costly": expected kebab-case id, optionally prefixed by one kebab-case namespace (e.g. too-costly, acme/vip-gone-quiet) → at config["Too Costly"]
        ✖ invalid rule id "a/b/c": expected kebab-case id, optionally prefixed by one kebab-case namespace (e.g. too-costly, acme/vip-gone-quiet) → at config["a/b/c"]"
    `);
  });

  it('rejects entries that are neither "off" nor a plain object', () => {
    const error = expectClienteleError(() => parse({ a: "on", b: [], c: 3, d: null }), "invalid_input");
    expect(issuePaths(error)).toEqual(["config.a", "config.b", "config.c", "config.d"]);
    expect(error.issues[0]?.message).toBe('expected "off" or options object, received "on"');
  });

  it("rejects a config that is not a record", () => {
    expect(issuePaths(expectClienteleError(() => parse([]), "invalid_input"))).toEqual(["config"]);
    expect(issuePaths(expectClienteleError(() => parse("off"), "invalid_input"))).toEqual(["config"]);
  });

  it("does not mutate its input", () => {
    const entry = fc.oneof(fc.constant("off"), fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string())));
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,5}(\/[a-z]{1,5})?$/), entry), (config) => {
        const before = structuredClone(config);
        expect(parse(config)).toEqual(config);
        expect(config).toEqual(before);
      }),
    );
  });
});
