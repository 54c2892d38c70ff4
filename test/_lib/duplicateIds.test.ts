import { describe, expect, it } from "vitest";
import { checkDistinctIds } from "../../src/_lib/duplicateIds.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const at = (i: number) => ["ids", i];

describe("checkDistinctIds", () => {
  it("accepts distinct ids, skipping missing ones", () => {
    expect(() => checkDistinctIds("f", ["a", "b", undefined, undefined, "c"], at)).not.toThrow();
    expect(() => checkDistinctIds("f", Uint32Array.of(3, 1, 2), at)).not.toThrow();
    expect(() => checkDistinctIds("f", [], at)).not.toThrow();
  });

  it("names every repeat at its own path, with the index of the first occurrence", () => {
    const e = expectClienteleError(() => checkDistinctIds("f", ["a", "b", "a", "a"], at), "invalid_input");
    expect(issuePaths(e)).toEqual(["ids[2]", "ids[3]"]);
    expect(e.issues[0]!.message).toBe('duplicate customer id "a" (first at index 0); each customer must appear once');
    // A number and its decimal string are one id (ids become strings when read).
    expect(issuePaths(expectClienteleError(() => checkDistinctIds("f", [7, "7"], at), "invalid_input"))).toEqual([
      "ids[1]",
    ]);
    const typed = expectClienteleError(() => checkDistinctIds("f", Float64Array.of(5, 6, 5), at), "invalid_input");
    expect(issuePaths(typed)).toEqual(["ids[2]"]);
    expect(typed.issues[0]!.message).toMatch(/"5" \(first at index 0\)/);
  });

  it("keeps 10,000 issues and counts them all", () => {
    const ids = Array.from({ length: 30_000 }, (_, i) => `c${i % 10}`);
    const e = expectClienteleError(() => checkDistinctIds("f", ids, at), "invalid_input");
    expect(e.issues).toHaveLength(10_000);
    expect(e.issueCount).toBe(29_990);
  });
});
