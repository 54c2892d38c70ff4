import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountedExpectedLifetime } from "../../../src/clv/shiftedBetaGeometric/discountedExpectedLifetime.ts";
import type { RetentionModel } from "../../../src/clv/shiftedBetaGeometric/RetentionModel.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadLifetimeCases } from "../../fixtures/sbg/loadFixture.ts";

const model = (alpha: number, beta: number): RetentionModel => ({
  model: "shifted-beta-geometric",
  params: { alpha, beta },
  unit: "year",
});

/** Σ_{t≥0} S(t)/(1 + d)^t term by term in double precision, until the terms no longer matter. */
function directSum(alpha: number, beta: number, d: number): number {
  let survival = 1;
  let sum = 1;
  for (let t = 1; t < 1e6; t++) {
    survival *= (beta + t - 1) / (alpha + beta + t - 1);
    const term = survival / (1 + d) ** t;
    sum += term;
    if (term < 1e-18 * sum) break;
  }
  return sum;
}

describe("discountedExpectedLifetime", () => {
  it("agrees with the direct sum Σ S(t)/(1 + d)^t to 1e-12 (Fader & Hardie 2010, eq. 5)", () => {
    for (const [alpha, beta] of [
      [0.704, 1.182],
      [0.668, 3.806],
      [3.8, 15.2],
      [0.05, 0.02],
      [20, 300],
    ] as const) {
      for (const d of [0.01, 0.1, 0.25, 1]) {
        expectClose(
          discountedExpectedLifetime(model(alpha, beta), { discountRate: d }),
          directSum(alpha, beta, d),
          {
            rel: 1e-12,
          },
          `α ${alpha}, β ${beta}, d ${d}`,
        );
      }
    }
  });

  it("matches the mpmath values of the fixture to 1e-13 relative", () => {
    for (const c of loadLifetimeCases().filter((c) => c.renewals === -1)) {
      expectClose(discountedExpectedLifetime(model(c.alpha, c.beta), { discountRate: c.d }), c.value, { rel: 1e-13 });
    }
  });

  it("is E[T] = (α + β − 1)/(α − 1) periods without discounting, and 1/(1 + d) of the start value with payments at the end", () => {
    expectClose(discountedExpectedLifetime(model(3.8, 15.2), { discountRate: 0 }), 18 / 2.8, { rel: 1e-15 });
    const start = discountedExpectedLifetime(model(0.668, 3.806), { discountRate: { rate: 0.1, per: "year" } });
    const end = discountedExpectedLifetime(model(0.668, 3.806), { discountRate: 0.1, timing: "end" });
    expectClose(end, start / 1.1, { rel: 1e-15 });
  });

  it("is ≥ 1, decreasing in d and never NaN for extreme parameters", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        (la, lb, d) => {
          const fit = model(10 ** la, 10 ** lb);
          const value = discountedExpectedLifetime(fit, { discountRate: d });
          expect(value).toBeGreaterThanOrEqual(1);
          expect(value).toBeLessThanOrEqual((1 + d) / d + 1e-9 * value);
          expect(discountedExpectedLifetime(fit, { discountRate: d * 1.5 })).toBeLessThanOrEqual(value);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("does not mutate its input", () => {
    const fit = model(0.7, 1.2);
    const options = { discountRate: { rate: 0.1, per: "year" as const } };
    const copies = structuredClone([fit, options]);
    discountedExpectedLifetime(fit, options);
    expect([fit, options]).toEqual(copies);
  });

  it("converts a rate per month to the equivalent compound rate per year for a fit in years: 1% a month is 1.01¹² − 1 a year", () => {
    const monthly = discountedExpectedLifetime(model(3.8, 15.2), { discountRate: { rate: 0.01, per: "month" } });
    // 1.01¹² − 1 = 0.126825030131969720661201 exactly
    expectClose(monthly, discountedExpectedLifetime(model(3.8, 15.2), { discountRate: 0.12682503013196972 }), {
      rel: 1e-15,
    });
    expectClose(monthly, directSum(3.8, 15.2, 0.12682503013196972), { rel: 1e-12 });
  });

  it("rejects a rate per a unit with no exact ratio to the fit's (weeks for a fit in years), a negative rate and a bad timing with paths; d = 0 with α ≤ 1 is domain_error", () => {
    const week = expectClienteleError(
      () => discountedExpectedLifetime(model(1, 1), { discountRate: { rate: 0.001, per: "week" } }),
      "invalid_input",
    );
    expect(issuePaths(week)).toEqual(["options.discountRate.per"]);
    expect(week.message).toMatchInlineSnapshot(`
      "discountedExpectedLifetime: invalid input
        ✖ cannot convert a rate per week to a rate per year (the fit's unit) exactly; give the discount rate per year → at options.discountRate.per"
    `);
    const e = expectClienteleError(
      () => discountedExpectedLifetime(model(1, 1), { discountRate: -0.1, timing: "later" as never }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["options.discountRate", "options.timing"]);
    expectClienteleError(() => discountedExpectedLifetime(model(0.704, 1.182), { discountRate: 0 }), "domain_error");
  });
});
