import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRuleConfig } from "../../src/rules/parseRuleConfig.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("parseRuleConfig", () => {
  it("returns a copy of a well-formed config loaded from JSON", () => {
    const json = '{"too-costly":{"tolerance":5},"acme/vip-gone-quiet":"off"}';
    const input: unknown = JSON.parse(json);
    const config = parseRuleConfig(input);
    expect(config).toEqual({ "too-costly": { tolerance: 5 }, "acme/vip-gone-quiet": "off" });
    expect(config).not.toBe(input);
  });

  it("throws invalid_input naming parseRuleConfig with config-rooted paths", () => {
    const error = expectClienteleError(() => parseRuleConfig({ "too-costly": true }), "invalid_input");
    expect(error.issues[0]?.path).toEqual(["config", "too-costly"]);
    expect(error.message).toMatchInlineSnapshot(`
      "parseRuleConfig: invalid input
        ✖ expected "off" or options object, received true → at config["too-costly"]"
    `);
  });

  it("does not mutate its input", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("a", "b/c", "d-e"), fc.constant("off")), (input) => {
        const before = structuredClone(input);
        parseRuleConfig(input);
        expect(input).toEqual(before);
      }),
    );
  });
});
