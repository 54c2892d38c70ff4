import { describe, expect, it } from "vitest";
import { logBetaUnchecked } from "../../../../src/_lib/logBetaUnchecked.ts";
import { logGammaUnchecked } from "../../../../src/_lib/logGammaUnchecked.ts";
import { buildCountData } from "../../../../src/clv/_internal/buildCountData.ts";
import { mbgNbdLogLikelihood } from "../../../../src/clv/mbgNbd/_internal/mbgNbdLogLikelihood.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

const x = [0, 0, 1, 3, 12, 2];
const tx = [0, 0, 4.5, 20, 37.9, 30];
const T = [38, 20, 38, 38, 38.5, 31];
const data = buildCountData(x.length, x, tx, T, [3, 1, 2, 1, 1, 4]);

/** One customer's ln L written out as lifetimes' ModifiedBetaGeoFitter writes it. */
function reference(r: number, alpha: number, a: number, b: number, xi: number, txi: number, Ti: number): number {
  const a1 = logGammaUnchecked(r + xi) - logGammaUnchecked(r) + r * Math.log(alpha);
  const a2 = logBetaUnchecked(a, b + xi + 1) - logBetaUnchecked(a, b);
  const a3 = -(r + xi) * Math.log(alpha + Ti);
  const a4 = Math.log(a) - Math.log(b + xi) + (r + xi) * (Math.log(alpha + Ti) - Math.log(alpha + txi));
  return a1 + a2 + a3 + Math.log1p(Math.exp(a4));
}

describe("mbgNbdLogLikelihood", () => {
  const f = mbgNbdLogLikelihood(data);
  const theta = [0.5, 6, 0.9, 1.6];
  const phi = Float64Array.from(theta.map(Math.log));
  it("equals the weighted sum of lifetimes' per-customer MBG/NBD log-likelihood (Batislam et al. 2007) to 1e-12 relative", () => {
    const weights = [3, 1, 2, 1, 1, 4];
    let expected = 0;
    for (let i = 0; i < x.length; i++) {
      expected += weights[i]! * reference(theta[0]!, theta[1]!, theta[2]!, theta[3]!, x[i]!, tx[i]!, T[i]!);
    }
    expectClose(f(phi, new Float64Array(4)), expected, { rel: 1e-12 });
  });

  it("has an analytic gradient in the log-parameters equal to central differences to 1e-7 relative", () => {
    const gradient = new Float64Array(4);
    f(phi, gradient);
    const scratch = new Float64Array(4);
    for (let i = 0; i < 4; i++) {
      const h = 1e-5;
      const plus = Float64Array.from(phi);
      const minus = Float64Array.from(phi);
      plus[i] = phi[i]! + h;
      minus[i] = phi[i]! - h;
      expectClose(gradient[i]!, (f(plus, scratch) - f(minus, scratch)) / (2 * h), { rel: 1e-7 }, `component ${i}`);
    }
  });

  it("returns NaN (not a throw) for parameters that overflow", () => {
    expect(f(Float64Array.from([800, 1, 0, 0]), new Float64Array(4))).toBeNaN();
  });
});
