import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customerSatisfactionScore } from "../../src/satisfaction/customerSatisfactionScore.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const likert5 = { min: 1, max: 5, integer: true };

describe("customerSatisfactionScore", () => {
  const answers = [5, 5, 4, 4, 4, 3, 2, 1];

  it("scores a worked example checked by hand: top-2-box 5 of 8 = 62.5 %, mean 28/8 = 3.5", () => {
    const r = customerSatisfactionScore(answers, { scale: likert5 });
    expect([r.score, r.satisfied, r.threshold, r.n, r.mean]).toEqual([62.5, 5, 4, 8, 3.5]);
    // Σx² = 25+25+16+16+16+9+4+1 = 112; s² = (112 − 8 × 3.5²)/7 = 14/7 = 2.
    expectClose(r.standardDeviation!, Math.SQRT2, { rel: 1e-14 });
  });

  it("gives the Wilson interval of the share checked by hand (k = 5, n = 8, z = 1.959964)", () => {
    // centre (0.625 + z²/16)/(1 + z²/8) = 0.584448, half width 0.278707 → 30.5742 %, 86.3156 %.
    const { interval } = customerSatisfactionScore(answers, { scale: likert5 });
    expect(interval.method).toBe("wilson");
    expectClose(interval.lower, 30.574239460263, { rel: 1e-9 });
    expectClose(interval.upper, 86.31557141764, { rel: 1e-9 });
  });

  it("gives the normal interval of the mean: 3.5 ± 1.959964 × √2/√8 = 3.5 ± 0.979982", () => {
    const { meanInterval } = customerSatisfactionScore(answers, { scale: likert5 });
    expectClose(meanInterval!.lower, 3.5 - 0.97998199227, { rel: 1e-10 });
    expectClose(meanInterval!.upper, 3.5 + 0.97998199227, { rel: 1e-10 });
  });

  it("counts the top k boxes; topBoxes past the scale is invalid_input at options.topBoxes", () => {
    expect(customerSatisfactionScore(answers, { scale: likert5, topBoxes: 1 }).score).toBe(25);
    expect(customerSatisfactionScore(answers, { scale: likert5, topBoxes: 3 }).score).toBe(75);
    const e = expectClienteleError(
      () => customerSatisfactionScore(answers, { scale: likert5, topBoxes: 5 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.topBoxes"]);
  });

  it("has no spread or mean interval for one answer, and insufficient_data for none", () => {
    const r = customerSatisfactionScore([5], { scale: likert5 });
    expect([r.standardDeviation, r.meanInterval]).toEqual([undefined, undefined]);
    expectClienteleError(() => customerSatisfactionScore([], { scale: likert5 }), "insufficient_data");
  });

  it("validates answers against the declared scale and the policy at their paths", () => {
    const e = expectClienteleError(
      () => customerSatisfactionScore([5, 6, 0, null], { scale: likert5 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["scores[1]", "scores[2]", "scores[3]"]);
    expect(customerSatisfactionScore([5, null], { scale: likert5, missing: "skip" }).skipped).toBe(1);
    const s = expectClienteleError(
      () => customerSatisfactionScore([5], { scale: { min: 5, max: 1 } }),
      "invalid_input",
    );
    expect(issuePaths(s)).toEqual(["options.scale.max"]);
  });

  it("property: score in 0…100, mean on the scale, permutation-invariant, input not mutated", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 100 }), (xs) => {
        const copy = [...xs];
        const r = customerSatisfactionScore(xs, { scale: likert5 });
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.interval.lower).toBeGreaterThanOrEqual(0);
        expect(r.interval.upper).toBeLessThanOrEqual(100);
        expect(r.mean).toBeGreaterThanOrEqual(1);
        expect(r.mean).toBeLessThanOrEqual(5);
        const reversed = customerSatisfactionScore([...xs].reverse(), { scale: likert5 });
        expect(reversed.score).toBe(r.score);
        expectClose(reversed.mean, r.mean, { rel: 1e-12 });
        expect(xs).toEqual(copy);
      }),
    );
  });
});
