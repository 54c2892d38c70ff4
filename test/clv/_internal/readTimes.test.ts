import { describe, expect, it } from "vitest";
import { readTimes, readWholeTimes, timeIssue } from "../../../src/clv/_internal/readTimes.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readTimes", () => {
  it("copies finite numbers into a Float64Array in input order, empty allowed unless nonEmpty", () => {
    const input = [3, 1.5, -2];
    expect([...readTimes("f", input, ["at"], true)]).toEqual([3, 1.5, -2]);
    expect(input).toEqual([3, 1.5, -2]);
    expect(readTimes("f", [], ["at"], false)).toHaveLength(0);
  });

  it("rejects a non-array or an empty one (when required) at the path, and each non-finite entry at path[i]", () => {
    expect(issuePaths(expectClienteleError(() => readTimes("f", 3, ["t"], false), "invalid_input"))).toEqual(["t"]);
    expect(issuePaths(expectClienteleError(() => readTimes("f", [], ["t"], true), "invalid_input"))).toEqual(["t"]);
    expect(
      issuePaths(
        expectClienteleError(() => readTimes("f", [1, Number.NaN, "2"], ["options", "at"], false), "invalid_input"),
      ),
    ).toEqual(["options.at[1]", "options.at[2]"]);
  });
});

describe("readWholeTimes", () => {
  it("accepts whole numbers from min to 10⁷ and names every other entry", () => {
    expect([...readWholeTimes("f", [0, 4, 1e7], ["at"], 0)]).toEqual([0, 4, 1e7]);
    expect(
      issuePaths(expectClienteleError(() => readWholeTimes("f", [0, 2.5, 3, 1e7 + 1], ["t"], 1), "invalid_input")),
    ).toEqual(["t[0]", "t[1]", "t[3]"]);
  });
});

describe("timeIssue", () => {
  it("builds an invalid_value issue that says what was expected and received", () => {
    expect(timeIssue(["t", 0], "a whole number ≥ 1", 0.5)).toEqual({
      code: "invalid_value",
      path: ["t", 0],
      message: "expected a whole number ≥ 1, received 0.5",
      expected: "a whole number ≥ 1",
      received: "0.5",
    });
  });
});
