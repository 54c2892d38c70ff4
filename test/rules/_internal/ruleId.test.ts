import { describe, expect, it } from "vitest";
import { isKebabCase, isMessageId, isRuleId, namespaceOf } from "../../../src/rules/_internal/ruleId.ts";

describe("isKebabCase", () => {
  it("accepts lower-case words joined by single hyphens, digits allowed after the first letter", () => {
    expect(["acme", "too-costly", "rfm-2", "a1b"].map(isKebabCase)).toEqual([true, true, true, true]);
  });
  it("rejects upper case, underscores, double or edge hyphens, leading digits, slashes and non-strings", () => {
    expect(["Acme", "too_costly", "too--costly", "-a", "a-", "2fast", "a/b", "", 3].map(isKebabCase)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("isRuleId", () => {
  it("accepts bare kebab-case ids and ids with one kebab-case namespace", () => {
    expect(isRuleId("too-costly")).toBe(true);
    expect(isRuleId("acme/vip-gone-quiet")).toBe(true);
  });
  it("rejects two namespaces, empty parts, camelCase and non-strings", () => {
    expect(["a/b/c", "/a", "a/", "tooCostly", "@acme/x", undefined].map(isRuleId)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("namespaceOf", () => {
  it("returns the prefix before the slash, or undefined for a bare id", () => {
    expect(namespaceOf("acme/vip-gone-quiet")).toBe("acme");
    expect(namespaceOf("too-costly")).toBeUndefined();
  });
});

describe("isMessageId", () => {
  it("accepts camelCase and rejects kebab-case, PascalCase and empty ids", () => {
    expect(["costExceedsMargin", "quiet", "x2"].map(isMessageId)).toEqual([true, true, true]);
    expect(["cost-exceeds", "CostExceeds", ""].map(isMessageId)).toEqual([false, false, false]);
  });
});
