import { describe, expect, it } from "vitest";
import { checkPeriodIndex } from "../../../../src/clv/shiftedBetaGeometric/_internal/checkPeriodIndex.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

describe("checkPeriodIndex", () => {
  it("returns an integer within the bounds", () => {
    expect(checkPeriodIndex("f", 0, ["t"], 0, 10, "x")).toBe(0);
    expect(checkPeriodIndex("f", 10, ["t"], 1, 10, "x")).toBe(10);
  });

  it("rejects fractions, out-of-range values, NaN and other types at the given path", () => {
    for (const bad of [1.5, -1, 11, Number.NaN, "3", null]) {
      const e = expectClienteleError(
        () => checkPeriodIndex("retentionRate", bad, ["t"], 1, 10, "a period"),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["t"]);
    }
    expect(
      expectClienteleError(() => checkPeriodIndex("retentionRate", 0, ["t"], 1, 10, "a period"), "invalid_input")
        .message,
    ).toMatchInlineSnapshot(`
      "retentionRate: invalid input
        ✖ expected integer in [1, 10] (a period), received 0 → at t"
    `);
  });
});
