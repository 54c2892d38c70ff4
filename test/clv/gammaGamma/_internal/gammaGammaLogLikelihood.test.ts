import { describe, expect, it } from "vitest";
import { gammaGammaLogLikelihood } from "../../../../src/clv/gammaGamma/_internal/gammaGammaLogLikelihood.ts";
import { logGamma } from "../../../../src/math/logGamma.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

const data = {
  frequency: Float64Array.of(1, 2, 2, 5, 1, 9),
  monetaryValue: Float64Array.of(12.5, 30, 8.25, 41, 3.1, 22),
  excludedNonRepeaters: 0,
};

/** The density of FHL 2005 written out customer by customer. */
function direct(p: number, q: number, g: number): number {
  let ll = 0;
  for (let i = 0; i < data.frequency.length; i++) {
    const x = data.frequency[i]!;
    const z = data.monetaryValue[i]!;
    ll +=
      logGamma(p * x + q) -
      logGamma(p * x) -
      logGamma(q) +
      q * Math.log(g) +
      (p * x - 1) * Math.log(z) +
      p * x * Math.log(x) -
      (p * x + q) * Math.log(g + x * z);
  }
  return ll;
}

describe("gammaGammaLogLikelihood", () => {
  it("equals the customer-by-customer density of Fader, Hardie & Lee (2005) to 1e-12 relative", () => {
    const ll = gammaGammaLogLikelihood(data);
    const g = new Float64Array(3);
    for (const [p, q, gamma] of [
      [6.25, 3.74, 15.44],
      [0.3, 1.2, 0.5],
      [40, 20, 300],
    ] as const) {
      expectClose(ll(Float64Array.of(Math.log(p), Math.log(q), Math.log(gamma)), g), direct(p, q, gamma), {
        rel: 1e-12,
      });
    }
  });

  it("has an analytic gradient matching central differences in the log-parameters (1e-6 relative)", () => {
    const ll = gammaGammaLogLikelihood(data);
    const phi = Float64Array.of(Math.log(2), Math.log(3), Math.log(10));
    const g = new Float64Array(3);
    ll(phi, g);
    const h = 1e-6;
    const scratch = new Float64Array(3);
    for (let k = 0; k < 3; k++) {
      const up = Float64Array.from(phi);
      const down = Float64Array.from(phi);
      up[k] = up[k]! + h;
      down[k] = down[k]! - h;
      const numeric = (ll(up, scratch) - ll(down, scratch)) / (2 * h);
      expectClose(g[k]!, numeric, { rel: 1e-6 }, `component ${k}`);
    }
  });

  it("returns NaN, not ±Infinity, where the parameters overflow", () => {
    const ll = gammaGammaLogLikelihood(data);
    expect(ll(Float64Array.of(800, 0, 0), new Float64Array(3))).toBeNaN();
  });
});
