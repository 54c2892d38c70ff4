import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { netPromoterScore } from "../../src/satisfaction/netPromoterScore.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("netPromoterScore", () => {
  // 5 promoters (10, 9, 9, 10, 9), 2 passives (8, 7), 3 detractors (6, 3, 0).
  const answers = [10, 9, 9, 10, 9, 8, 7, 6, 3, 0];

  it("scores a worked example checked by hand: 100 × (5 − 3) / 10 = 20", () => {
    const r = netPromoterScore(answers);
    expect([r.score, r.promoters, r.passives, r.detractors, r.n, r.skipped]).toEqual([20, 5, 2, 3, 10, 0]);
  });

  it("gives the adjusted-Wald interval of Rocks (2016) checked by hand (¾ added to P and D, 3 to n)", () => {
    // ñ = 13, p̃₊ = 5.75/13, p̃₋ = 3.75/13, centre 2/13 = 0.153846, Var = (9.5/13 − (2/13)²)/13 = 0.0543924,
    // √Var = 0.2332217, z(0.975) = 1.959964: 0.153846 ∓ 0.457105 → −30.32599, 61.09523.
    const { interval } = netPromoterScore(answers);
    expect(interval.level).toBe(0.95);
    expect(interval.method).toBe("adjusted-wald");
    expectClose(interval.lower, -30.325994435504, { rel: 1e-9 });
    expectClose(interval.upper, 61.095225204735, { rel: 1e-9 });
  });

  it("gives the plain Wald interval checked by hand: 0.2 ± 1.959964 × √((0.8 − 0.04)/10)", () => {
    // Var = 0.076, √Var = 0.2756810, half width 0.5403248 → −34.03248, 74.03248.
    const { interval } = netPromoterScore(answers, { interval: "wald" });
    expectClose(interval.lower, -34.032478230482, { rel: 1e-9 });
    expectClose(interval.upper, 74.032478230482, { rel: 1e-9 });
  });

  it("widens with the level (0.99 contains 0.95) and rejects levels outside (0, 1)", () => {
    const a = netPromoterScore(answers).interval;
    const b = netPromoterScore(answers, { level: 0.99 }).interval;
    expect(b.lower).toBeLessThan(a.lower);
    expect(b.upper).toBeGreaterThan(a.upper);
    for (const level of [0, 1, 1.5, Number.NaN]) {
      const e = expectClienteleError(() => netPromoterScore(answers, { level }), "invalid_input");
      expect(issuePaths(e)).toEqual(["options.level"]);
    }
  });

  it("does not collapse the interval when every answer is a promoter (adjusted Wald), and clips it to 100", () => {
    const r = netPromoterScore([10, 10, 9]);
    expect(r.score).toBe(100);
    expect(r.interval.upper).toBe(100);
    expect(r.interval.lower).toBeLessThan(50);
    const wald = netPromoterScore([10, 10, 9], { interval: "wald" }).interval;
    expect([wald.lower, wald.upper]).toEqual([100, 100]);
  });

  it("reads typed arrays; NaN is a missing answer in a float array", () => {
    expect(netPromoterScore(new Uint8Array(answers)).score).toBe(20);
    expect(netPromoterScore(Float64Array.from([...answers, Number.NaN]), { missing: "skip" }).skipped).toBe(1);
    const e = expectClienteleError(() => netPromoterScore(Float64Array.from([10, Number.NaN])), "invalid_input");
    expect(issuePaths(e)).toEqual(["scores[1]"]);
  });

  it("lists every answer off 0…10 or not whole at its path; NaN in a plain array is invalid, not missing", () => {
    const e = expectClienteleError(
      () => netPromoterScore([10, 11, 2.5, -1, Number.NaN, "9" as never]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["scores[1]", "scores[2]", "scores[3]", "scores[4]", "scores[5]"]);
    expect(e.message).toMatchInlineSnapshot(`
      "netPromoterScore: invalid input
        ✖ expected a whole number from 0 to 10, received 11 → at scores[1]
        ✖ expected a whole number from 0 to 10, received 2.5 → at scores[2]
        ✖ expected a whole number from 0 to 10, received -1 → at scores[3]
        ✖ expected a whole number from 0 to 10, received NaN → at scores[4]
        ✖ expected a whole number from 0 to 10, received "9" → at scores[5]"
    `);
  });

  it("follows the missing-answer policy: reject (default) names the path, skip counts", () => {
    const e = expectClienteleError(() => netPromoterScore([10, null, undefined]), "invalid_input");
    expect(issuePaths(e)).toEqual(["scores[1]", "scores[2]"]);
    const r = netPromoterScore([10, null, undefined, 0], { missing: "skip" });
    expect([r.n, r.skipped, r.score]).toEqual([2, 2, 0]);
  });

  it("refuses imputation (an imputed answer has no category) and unknown options", () => {
    const e = expectClienteleError(
      () => netPromoterScore(answers, { missing: "impute-mean" as never }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.missing"]);
    const u = expectClienteleError(() => netPromoterScore(answers, { levels: 0.9 } as never), "invalid_input");
    expect(issuePaths(u)).toEqual(["options"]);
    expectClienteleError(() => netPromoterScore("10" as never), "invalid_input");
  });

  it("is insufficient_data with no answers left", () => {
    expectClienteleError(() => netPromoterScore([]), "insufficient_data");
    expectClienteleError(() => netPromoterScore([null], { missing: "skip" }), "insufficient_data");
  });

  const answer = fc.integer({ min: 0, max: 10 });

  it("property: score in −100…100, interval within −100…100 and around the adjusted centre, counts add up", () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 200 }), (xs) => {
        const r = netPromoterScore(xs);
        expect(r.score).toBeGreaterThanOrEqual(-100);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.interval.lower).toBeGreaterThanOrEqual(-100);
        expect(r.interval.upper).toBeLessThanOrEqual(100);
        expect(r.interval.lower).toBeLessThanOrEqual(r.interval.upper);
        expect(r.promoters + r.passives + r.detractors).toBe(xs.length);
      }),
    );
  });

  it("property: permuting respondents changes nothing, and the input is not mutated", () => {
    fc.assert(
      fc.property(
        fc
          .array(answer, { minLength: 1, maxLength: 100 })
          .chain((xs) =>
            fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
          ),
        ([xs, shuffled]) => {
          const copy = [...xs];
          expect(netPromoterScore(shuffled)).toEqual(netPromoterScore(xs));
          expect(xs).toEqual(copy);
        },
      ),
    );
  });
});
