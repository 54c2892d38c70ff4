import { describe, expect, it } from "vitest";
import { readNonNegativeEntries } from "../../../src/clv/_internal/readNonNegativeEntries.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

describe("readNonNegativeEntries", () => {
  it("copies the first n entries into a fresh Float64Array", () => {
    const input = [0, 2.5, 1e300, 7];
    const out = readNonNegativeEntries("f", input, 3, ["T"]);
    expect(out).toEqual(Float64Array.of(0, 2.5, 1e300));
    expect(input).toEqual([0, 2.5, 1e300, 7]);
  });

  it("names every bad entry: invalid_value for a number out of range, invalid_type otherwise", () => {
    const e = expectClienteleError(
      () => readNonNegativeEntries("f", [1, -1, Number.POSITIVE_INFINITY, "3", null], 5, ["options", "actual"]),
      "invalid_input",
    );
    expect(e.issues.map((i) => [i.code, i.path, i.received])).toEqual([
      ["invalid_value", ["options", "actual", 1], "-1"],
      ["invalid_value", ["options", "actual", 2], "Infinity"],
      ["invalid_type", ["options", "actual", 3], '"3"'],
      ["invalid_type", ["options", "actual", 4], "null"],
    ]);
    expect(e.issues[0]?.message).toBe("expected finite number ≥ 0, received -1");
  });
});
