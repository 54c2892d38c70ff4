import { describe, expect, it } from "vitest";
import { checkHyp2f1Domain } from "../../../src/math/_internal/checkHyp2f1Domain.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("checkHyp2f1Domain", () => {
  it("returns 1 − z, or the given oneMinusZ when it agrees with z", () => {
    expect(checkHyp2f1Domain("f", 1, 1, 2, 0.25, undefined)).toBe(0.75);
    expect(checkHyp2f1Domain("f", 1, 1, 2, 1, 1e-20)).toBe(1e-20);
    expect(checkHyp2f1Domain("f", 1, 1, 2, -3, 4)).toBe(4);
  });

  it("throws domain_error for z > 1, a pole in c, and z = 1 with c − a − b ≤ 0", () => {
    expect(
      issuePaths(expectClienteleError(() => checkHyp2f1Domain("f", 1, 1, 2, 1.01, undefined), "domain_error")),
    ).toEqual(["z"]);
    expect(
      issuePaths(expectClienteleError(() => checkHyp2f1Domain("f", 1, 1, -1, 0.5, undefined), "domain_error")),
    ).toEqual(["c"]);
    expect(
      issuePaths(expectClienteleError(() => checkHyp2f1Domain("f", 1, 1, 2, 1, undefined), "domain_error")),
    ).toEqual(["z"]);
  });

  it("accepts z = 1 with c − a − b ≤ 0 when the series terminates", () => {
    expect(checkHyp2f1Domain("f", -3, 2, 1, 1, undefined)).toBe(0);
  });

  it("throws invalid_input for a oneMinusZ that is negative, not a number, or disagrees with z", () => {
    for (const bad of [-1e-20, Number.NaN, 0.5]) {
      const error = expectClienteleError(() => checkHyp2f1Domain("f", 1, 1, 2, 0.25, bad), "invalid_input");
      expect(issuePaths(error)).toEqual(["options.oneMinusZ"]);
    }
  });
});
