import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customerEffortScore } from "../../src/satisfaction/customerEffortScore.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const ces2 = { scale: { min: 1, max: 7, integer: true }, direction: "higher-is-easier" } as const;

describe("customerEffortScore", () => {
  it("averages a worked example checked by hand: (7 + 6 + 6 + 5 + 2)/5 = 5.2, 4 of 5 above the midpoint 4", () => {
    const r = customerEffortScore([7, 6, 6, 5, 2], ces2);
    expect([r.score, r.easyShare, r.n, r.direction]).toEqual([5.2, 80, 5, "higher-is-easier"]);
    // s² = (150 − 5 × 27.04)/4 = 14.8/4 = 3.7
    expectClose(r.standardDeviation!, Math.sqrt(3.7), { rel: 1e-12 });
  });

  it("reads the easy side from the declared direction; ties at the midpoint are not easy", () => {
    const r = customerEffortScore([1, 2, 3, 5], { scale: { min: 1, max: 5 }, direction: "higher-is-harder" });
    expect([r.score, r.easyShare]).toEqual([2.75, 50]);
  });

  it("imputes the midpoint or the mean when asked, and counts it", () => {
    const mid = customerEffortScore([7, null, 5], { ...ces2, missing: "impute-midpoint" });
    expect([mid.score, mid.n, mid.imputed, mid.skipped]).toEqual([16 / 3, 3, 1, 0]);
    const mean = customerEffortScore([7, undefined, 5], { ...ces2, missing: "impute-mean" });
    expect([mean.score, mean.n, mean.imputed]).toEqual([6, 3, 1]);
    const skip = customerEffortScore([7, undefined, 5], { ...ces2, missing: "skip" });
    expect([skip.score, skip.n, skip.skipped]).toEqual([6, 2, 1]);
    expectClienteleError(() => customerEffortScore([null], { ...ces2, missing: "impute-mean" }), "insufficient_data");
  });

  it("requires the direction and validates answers at their paths", () => {
    const d = expectClienteleError(() => customerEffortScore([1], { scale: ces2.scale } as never), "invalid_input");
    expect(issuePaths(d)).toEqual(["options.direction"]);
    const e = expectClienteleError(() => customerEffortScore([1, 8, null], ces2), "invalid_input");
    expect(issuePaths(e)).toEqual(["scores[1]", "scores[2]"]);
  });

  it("property: the score stays on the scale, is permutation-invariant, and the input is not mutated", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const copy = [...xs];
        const r = customerEffortScore(xs, ces2);
        expect(r.score).toBeGreaterThanOrEqual(1);
        expect(r.score).toBeLessThanOrEqual(7);
        expect(r.easyShare).toBeGreaterThanOrEqual(0);
        expect(r.easyShare).toBeLessThanOrEqual(100);
        expectClose(customerEffortScore([...xs].reverse(), ces2).score, r.score, { rel: 1e-12 });
        expect(xs).toEqual(copy);
      }),
    );
  });
});
