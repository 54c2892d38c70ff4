import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountedExpectedResidualLifetime } from "../../../src/clv/shiftedBetaGeometric/discountedExpectedResidualLifetime.ts";
import type { RetentionModel } from "../../../src/clv/shiftedBetaGeometric/RetentionModel.ts";
import { isClienteleError } from "../../../src/errors/ClienteleError.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadLifetimeCases } from "../../fixtures/sbg/loadFixture.ts";

const model = (alpha: number, beta: number): RetentionModel => ({
  model: "shifted-beta-geometric",
  params: { alpha, beta },
  unit: "year",
});

/**
 * FH 2010's definition, summed directly: a customer with n − 1 = k renewals, at the end of period n, pays for
 * period t + 1 if still active after t renewals (probability S(t)/S(k)), discounted t − k − 1 periods.
 */
function directSum(alpha: number, beta: number, k: number, d: number): number {
  let ratio = 1; // S(t)/S(k)
  let sum = 0;
  for (let t = k + 1; t < k + 1e6; t++) {
    ratio *= (beta + t - 1) / (alpha + beta + t - 1);
    const term = ratio / (1 + d) ** (t - k - 1);
    sum += term;
    if (term < 1e-18 * sum) break;
  }
  return sum;
}

describe("discountedExpectedResidualLifetime", () => {
  it("agrees with the direct truncated sum of Fader & Hardie (2010)'s definition to 1e-12 (eq. 6 closed form)", () => {
    for (const [alpha, beta] of [
      [0.704, 1.182],
      [0.668, 3.806],
      [3.8, 15.2],
      [0.05, 0.02],
      [20, 300],
    ] as const) {
      for (const renewals of [0, 1, 4, 10, 50]) {
        for (const d of [0.01, 0.1, 0.5]) {
          expectClose(
            discountedExpectedResidualLifetime(model(alpha, beta), { renewals, discountRate: d }),
            directSum(alpha, beta, renewals, d),
            { rel: 1e-12 },
            `α ${alpha}, β ${beta}, ${renewals} renewals, d ${d}`,
          );
        }
      }
    }
  });

  it("matches the mpmath values of the fixture (renewals 0 to 1000, α and β from 1e-6 to 1e6) to 1e-13 relative", () => {
    const cases = loadLifetimeCases().filter((c) => c.renewals >= 0);
    expect(cases.length).toBe(275);
    for (const c of cases) {
      expectClose(
        discountedExpectedResidualLifetime(model(c.alpha, c.beta), { renewals: c.renewals, discountRate: c.d }),
        c.value,
        { rel: 1e-13 },
        JSON.stringify(c),
      );
    }
  });

  it("values Fader & Hardie (2010)'s illustrative base (α 3.8, β 15.2, d 10%): DERL 3.3098 after 0 renewals rising to 3.8421 after 4 (hand calculation)", () => {
    // NOTE: we could not retrieve the paper's own DERL table; these are our hand calculations of eq. 6,
    // r(1) = 15.2/19 = 0.8, DERL(0) = Σ_{j≥0} S(1 + j) 1.1^−j, checked here against the direct sum.
    const fit = model(3.8, 15.2);
    const derl = [0, 1, 2, 3, 4].map((renewals) =>
      discountedExpectedResidualLifetime(fit, { renewals, discountRate: 0.1 }),
    );
    expectClose(derl[0]!, 3.309818421025362, { rel: 1e-12 });
    expectClose(derl[4]!, 3.8421340240269126, { rel: 1e-12 });
    for (let k = 1; k < 5; k++) expect(derl[k]!).toBeGreaterThan(derl[k - 1]!);
    // one renewal's worth of hand algebra: DERL(k) = r(k + 1) · (1 + DERL(k + 1)/(1 + d))
    for (let k = 0; k < 4; k++) expectClose(derl[k]!, (1 - 3.8 / (19 + k)) * (1 + derl[k + 1]! / 1.1), { rel: 1e-13 });
  });

  it("is (β + k)/(α − 1) residual periods without discounting (α > 1), and 1/(1 + d) of it with payments at the end", () => {
    expectClose(discountedExpectedResidualLifetime(model(3.8, 15.2), { renewals: 4, discountRate: 0 }), 19.2 / 2.8, {
      rel: 1e-15,
    });
    const start = discountedExpectedResidualLifetime(model(0.7, 1.2), { renewals: 2, discountRate: 0.05 });
    const end = discountedExpectedResidualLifetime(model(0.7, 1.2), { renewals: 2, discountRate: 0.05, timing: "end" });
    expectClose(end, start / 1.05, { rel: 1e-15 });
  });

  it("is positive, rises with renewals, falls with d, and is a finite number or domain_error (never NaN) for extreme inputs", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        (la, lb, renewals, d) => {
          const fit = model(10 ** la, 10 ** lb);
          const value = discountedExpectedResidualLifetime(fit, { renewals, discountRate: d });
          expect(value).toBeGreaterThan(0);
          expect(value).toBeLessThanOrEqual(((1 + d) / d) * (1 + 1e-9));
          const later = discountedExpectedResidualLifetime(fit, { renewals: renewals + 1, discountRate: d });
          expect(later).toBeGreaterThanOrEqual(value * (1 - 1e-12));
          expect(discountedExpectedResidualLifetime(fit, { renewals, discountRate: 2 * d })).toBeLessThan(value);
        },
      ),
      { numRuns: 200 },
    );
    for (const alpha of [1e-12, 1, 1e12]) {
      for (const beta of [1e-12, 1, 1e12]) {
        for (const d of [1e-9, 1e-6, 0.1, 1e6]) {
          for (const renewals of [0, 1e9]) {
            try {
              const v = discountedExpectedResidualLifetime(model(alpha, beta), { renewals, discountRate: d });
              expect(Number.isFinite(v) && v > 0, `${alpha} ${beta} ${d} ${renewals}: ${v}`).toBe(true);
            } catch (e) {
              expect(isClienteleError(e, "domain_error"), String(e)).toBe(true);
            }
          }
        }
      }
    }
  });

  it("does not mutate its input", () => {
    const fit = model(0.7, 1.2);
    const options = { renewals: 3, discountRate: { rate: 0.1, per: "year" as const }, timing: "start" as const };
    const copies = structuredClone([fit, options]);
    discountedExpectedResidualLifetime(fit, options);
    expect([fit, options]).toEqual(copies);
  });

  it("converts 10% a year to the equivalent monthly rate for a fit in months: DERL equals DERL at d = 1.1^(1/12) − 1 given as a number", () => {
    const monthlyFit: RetentionModel = { ...model(3.8, 15.2), unit: "month" };
    const yearly = discountedExpectedResidualLifetime(monthlyFit, {
      renewals: 4,
      discountRate: { rate: 0.1, per: "year" },
    });
    // 1.1^(1/12) − 1 = 0.0079741404289037410660… (40-digit decimal), not 0.1/12
    const d = 1.1 ** (1 / 12) - 1;
    expectClose(d, 0.007974140428903742, { rel: 1e-14 });
    expectClose(yearly, discountedExpectedResidualLifetime(monthlyFit, { renewals: 4, discountRate: d }), {
      rel: 1e-15,
    });
    expectClose(yearly, directSum(3.8, 15.2, 4, d), { rel: 1e-12 });
    expect(
      Math.abs(yearly - discountedExpectedResidualLifetime(monthlyFit, { renewals: 4, discountRate: 0.1 / 12 })),
    ).toBeGreaterThan(1e-3 * yearly);
  });

  it("rejects bad renewals and a rate per a unit with no exact ratio to the fit's (years for a fit in weeks) with paths; d = 0 with α ≤ 1 is domain_error", () => {
    const e = expectClienteleError(
      () => discountedExpectedResidualLifetime(model(1, 1), { renewals: -1, discountRate: 0.1 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.renewals"]);
    const weekly = expectClienteleError(
      () =>
        discountedExpectedResidualLifetime(
          { ...model(1, 1), unit: "week" },
          {
            renewals: 1,
            discountRate: { rate: 0.1, per: "year" },
          },
        ),
      "invalid_input",
    );
    expect(issuePaths(weekly)).toEqual(["options.discountRate.per"]);
    expect(weekly.message).toMatchInlineSnapshot(`
      "discountedExpectedResidualLifetime: invalid input
        ✖ cannot convert a rate per year to a rate per week (the fit's unit) exactly; give the discount rate per week → at options.discountRate.per"
    `);
    const zero = expectClienteleError(
      () => discountedExpectedResidualLifetime(model(0.704, 1.182), { renewals: 2, discountRate: 0 }),
      "domain_error",
    );
    expect(issuePaths(zero)).toEqual(["options.discountRate"]);
  });
});
