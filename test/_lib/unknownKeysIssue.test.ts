import { describe, expect, it } from "vitest";
import { unknownKeysIssue } from "../../src/_lib/unknownKeysIssue.ts";

describe("unknownKeysIssue", () => {
  it("is undefined when every key is known (or there are none)", () => {
    expect(unknownKeysIssue({ a: 1, b: [] }, ["a", "b", "c"], ["r"])).toBeUndefined();
    expect(unknownKeysIssue({}, [], [])).toBeUndefined();
  });

  it("names the unknown keys in order, quoted, singular or plural, at the given path", () => {
    expect(unknownKeysIssue({ a: 1, x: 2 }, ["a"], ["data"])).toEqual({
      code: "unrecognized_keys",
      path: ["data"],
      message: 'unknown key "x"',
      expected: "no other keys",
    });
    expect(unknownKeysIssue({ y: 1, a: 1, 'q"': 2 }, ["a"], [])?.message).toBe('unknown keys "y", "q\\""');
  });
});
