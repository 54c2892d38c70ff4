import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readShiftedBetaGeometricData } from "../../../../src/clv/shiftedBetaGeometric/_internal/readShiftedBetaGeometricData.ts";
import { shiftedBetaGeometricLogLikelihood } from "../../../../src/clv/shiftedBetaGeometric/_internal/shiftedBetaGeometricLogLikelihood.ts";
import { logBeta } from "../../../../src/math/logBeta.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadPublishedCohorts, loadReferenceFits } from "../../../fixtures/sbg/loadFixture.ts";

const table = loadPublishedCohorts();

/** ln L by the closed forms, customer group by customer group (the reference). */
function closedForm(
  alpha: number,
  beta: number,
  durations: readonly { periods: number; churned: boolean; count: number }[],
) {
  let ll = 0;
  for (const { periods: t, churned, count } of durations) {
    ll +=
      count * (churned ? logBeta(alpha + 1, beta + t - 1) : logBeta(alpha, beta + t)) - count * logBeta(alpha, beta);
  }
  return ll;
}

function evaluate(data: Parameters<typeof readShiftedBetaGeometricData>[1], alpha: number, beta: number) {
  const ll = shiftedBetaGeometricLogLikelihood(readShiftedBetaGeometricData("test", data));
  const gradient = new Float64Array(2);
  const value = ll(Float64Array.of(Math.log(alpha), Math.log(beta)), gradient);
  return { ll, value, gradient };
}

describe("shiftedBetaGeometricLogLikelihood", () => {
  it("equals the scipy reference ln L at the scipy estimates on both cohorts of Fader & Hardie (2007) Table 1", () => {
    const ref = loadReferenceFits();
    for (const [survivors, fit] of [
      [table.regular.slice(0, 8), ref.regular],
      [table.highEnd.slice(0, 8), ref.highEnd],
    ] as const) {
      expectClose(evaluate({ survivors }, fit.alpha, fit.beta).value, fit.logLikelihood, { rel: 1e-13 });
    }
  });

  it("equals Σ count · ln P(T = t) or ln S(t) by log-beta closed forms, for tenures 1 to 10⁶ (gaps summed and jumped)", () => {
    const durations = [
      { periods: 1, churned: true, count: 30 },
      { periods: 2, churned: false, count: 5 },
      { periods: 64, churned: true, count: 3 },
      { periods: 65, churned: false, count: 2 },
      { periods: 200, churned: true, count: 4 },
      { periods: 1000, churned: false, count: 7 },
      { periods: 1_000_000, churned: true, count: 1 },
    ];
    for (const [alpha, beta] of [
      [0.704, 1.182],
      [1e-3, 1e-3],
      [50, 0.2],
      [2, 1e6],
    ] as const) {
      // NOTE: the closed form differences of ln B lose about 1e-13 relative at tenure 10⁶.
      expectClose(
        evaluate({ durations }, alpha, beta).value,
        closedForm(alpha, beta, durations),
        { rel: 1e-12 },
        `${alpha}, ${beta}`,
      );
    }
  });

  it("has the analytic gradient of ln L in (ln α, ln β) (central differences, 1e-6 relative)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (la, lb) => {
          const data = {
            durations: [
              { periods: 1, churned: true, count: 40 },
              { periods: 3, churned: true, count: 20 },
              { periods: 90, churned: true, count: 5 },
              { periods: 7, churned: false, count: 30 },
              { periods: 300, churned: false, count: 5 },
            ],
          };
          const { ll, gradient } = evaluate(data, Math.exp(la), Math.exp(lb));
          const h = 1e-5;
          const g = new Float64Array(2);
          for (let i = 0; i < 2; i++) {
            const up = Float64Array.of(la, lb);
            const down = Float64Array.of(la, lb);
            up[i]! += h;
            down[i]! -= h;
            const numeric = (ll(up, g) - ll(down, g)) / (2 * h);
            // NOTE: central differences are accurate to about 1e-8 of the scale of ln L here.
            expectClose(gradient[i]!, numeric, { rel: 1e-6, abs: 1e-6 }, `∂/∂ln θ${i}`);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("returns NaN (not an exception) where exp of a log-parameter overflows or underflows", () => {
    const ll = shiftedBetaGeometricLogLikelihood(readShiftedBetaGeometricData("test", { survivors: [10, 5, 2] }));
    const g = new Float64Array(2);
    expect(ll(Float64Array.of(800, 0), g)).toBeNaN();
    expect(ll(Float64Array.of(0, -800), g)).toBeNaN();
    expect(Number.isFinite(ll(Float64Array.of(-20, 20), g))).toBe(true);
  });
});
