import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBgBbData } from "../../../../src/_lib/readBgBbData.ts";
import {
  bgBbLogLikelihood,
  bgBbLogLikelihoodOne,
  bgBbLogLikelihoodScaled,
} from "../../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import { digamma } from "../../../../src/math/digamma.ts";
import { logBeta } from "../../../../src/math/logBeta.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadDonations } from "../../../_helpers/loadDonations.ts";

const data = readBgBbData("test", loadDonations());
const ll = bgBbLogLikelihood(data);

describe("bgBbLogLikelihood", () => {
  it("equals FHS 2010 eq. 5 summed term by term in linear space for (2, 4, 6)", () => {
    const [a, b, g, d] = [1.2, 0.75, 0.66, 2.8];
    let L = Math.exp(logBeta(a + 2, b + 4) - logBeta(a, b) + logBeta(g, d + 6) - logBeta(g, d));
    for (let i = 0; i <= 1; i++) {
      L += Math.exp(logBeta(a + 2, b + 4 - 2 + i) - logBeta(a, b) + logBeta(g + 1, d + 4 + i) - logBeta(g, d));
    }
    expectClose(bgBbLogLikelihoodOne(a, b, g, d, 2, 4, 6), Math.log(L), { rel: 1e-13 });
    // the scaled form is the same sum without its normalising constant B(α, β) B(γ, δ)
    expectClose(bgBbLogLikelihoodScaled(a, b, g, d, 2, 4, 6), Math.log(L) + logBeta(a, b) + logBeta(g, d), {
      rel: 1e-13,
    });
  });

  it("gives −33,225.58 on the donations data at the lifetimes estimates", () => {
    const phi = Float64Array.from([1.203522, 0.749716, 0.656718, 2.783442], Math.log);
    expectClose(ll(phi, new Float64Array(4)), -33225.58, { abs: 0.01 });
  });

  it("has an analytic gradient equal to central differences (1e-6 relative) on the donations data", () => {
    const phi = Float64Array.from([0.3, -0.2, 0.1, 0.9]);
    const gradient = new Float64Array(4);
    ll(phi, gradient);
    for (let i = 0; i < 4; i++) {
      const h = 1e-5;
      const up = Float64Array.from(phi);
      const down = Float64Array.from(phi);
      up[i] = up[i]! + h;
      down[i] = down[i]! - h;
      const numeric = (ll(up, new Float64Array(4)) - ll(down, new Float64Array(4))) / (2 * h);
      expectClose(gradient[i]!, numeric, { rel: 1e-6 }, `component ${i}`);
    }
  });

  it("returns NaN (not an exception) for overflowing parameters", () => {
    expect(ll(Float64Array.from([800, 0, 0, 0]), new Float64Array(4))).toBeNaN();
  });

  it("matches the term-by-term sum of eq. 5 and its exact ψ gradient on long patterns (n up to 5,000), where the terms come by recurrence (issue 17 item 6)", () => {
    // Reference: every term from ln B directly and every gradient from ψ directly, as the kernel did before
    // (26 s for a fit at n = 1e5); log-sum-exp in one pass.
    const reference = (a: number, b: number, g: number, d: number, x: number, tx: number, n: number) => {
      const lab = logBeta(a, b) + logBeta(g, d);
      const terms: number[] = [logBeta(a + x, b + n - x) + logBeta(g, d + n) - lab];
      const grads: number[][] = [
        [
          digamma(a + x) - digamma(a + b + n) - digamma(a) + digamma(a + b),
          digamma(b + n - x) - digamma(a + b + n) - digamma(b) + digamma(a + b),
          digamma(g) - digamma(g + d + n) - digamma(g) + digamma(g + d),
          digamma(d + n) - digamma(g + d + n) - digamma(d) + digamma(g + d),
        ],
      ];
      for (let i = 0; i < n - tx; i++) {
        terms.push(logBeta(a + x, b + tx - x + i) + logBeta(g + 1, d + tx + i) - lab);
        grads.push([
          digamma(a + x) - digamma(a + b + tx + i) - digamma(a) + digamma(a + b),
          digamma(b + tx - x + i) - digamma(a + b + tx + i) - digamma(b) + digamma(a + b),
          digamma(g + 1) - digamma(g + d + 1 + tx + i) - digamma(g) + digamma(g + d),
          digamma(d + tx + i) - digamma(g + d + 1 + tx + i) - digamma(d) + digamma(g + d),
        ]);
      }
      const m = Math.max(...terms);
      const w = terms.map((t) => Math.exp(t - m));
      const sw = w.reduce((u, v) => u + v, 0);
      const grad = [0, 1, 2, 3].map((q) => w.reduce((acc, wi, j) => acc + wi * grads[j]![q]!, 0) / sw);
      return { value: m + Math.log(sw), grad: grad.map((v, q) => v * [a, b, g, d][q]!) };
    };
    fc.assert(
      fc.property(
        fc.tuple(...[0, 1, 2, 3].map(() => fc.double({ min: -3, max: 3, noNaN: true }))),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (logs, n, u, v) => {
          const tx = Math.floor(u * n);
          const x = tx === 0 ? 0 : 1 + Math.floor(v * (tx - 1));
          const [a, b, g, d] = logs.map(Math.exp) as [number, number, number, number];
          const ref = reference(a, b, g, d, x, tx, n);
          const one = readBgBbData("test", [{ frequency: x, recency: tx, opportunities: n, count: 1 }]);
          const gradient = new Float64Array(4);
          const value = bgBbLogLikelihood(one)(Float64Array.from(logs), gradient);
          expectClose(value, ref.value, { rel: 1e-12, abs: 1e-12 }, `value (${x}, ${tx}, ${n})`);
          for (let q = 0; q < 4; q++) expectClose(gradient[q]!, ref.grad[q]!, { rel: 1e-9, abs: 1e-11 }, `∂${q}`);
          expectClose(bgBbLogLikelihoodOne(a, b, g, d, x, tx, n), ref.value, { rel: 1e-12, abs: 1e-12 }, "one");
        },
      ),
      { numRuns: 40, seed: 17 },
    );
  });
});
