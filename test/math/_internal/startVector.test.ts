import { describe, expect, it } from "vitest";
import { startVector } from "../../../src/math/_internal/startVector.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("startVector", () => {
  it("returns a fresh Float64Array copy", () => {
    const input = [1, 2, 3];
    const copy = startVector("f", "x0", input);
    expect(Array.from(copy)).toEqual(input);
    copy[0] = 99;
    expect(input[0]).toBe(1);
  });

  it("throws invalid_input for an empty vector or one with non-finite entries", () => {
    expect(issuePaths(expectClienteleError(() => startVector("f", "x0", []), "invalid_input"))).toEqual(["x0"]);
    expect(
      issuePaths(
        expectClienteleError(() => startVector("f", "x0", [1, Number.NaN, Number.POSITIVE_INFINITY]), "invalid_input"),
      ),
    ).toEqual(["x0[1]", "x0[2]"]);
  });
});
