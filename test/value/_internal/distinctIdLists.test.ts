import { describe, expect, it } from "vitest";
import { isMarkedDistinct, markDistinctIds } from "../../../src/value/_internal/distinctIdLists.ts";

describe("distinctIdLists", () => {
  it("marks and freezes a list; other lists, copies and non-objects are not marked", () => {
    const ids = ["a", "b"];
    expect(markDistinctIds(ids)).toBe(ids);
    expect(Object.isFrozen(ids)).toBe(true);
    expect(isMarkedDistinct(ids)).toBe(true);
    expect(isMarkedDistinct([...ids])).toBe(false);
    expect(isMarkedDistinct(null)).toBe(false);
    expect(isMarkedDistinct("ab")).toBe(false);
    expect(() => (ids as string[]).push("a")).toThrow(TypeError);
  });
});
