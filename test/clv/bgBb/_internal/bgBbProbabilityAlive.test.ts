import { describe, expect, it } from "vitest";
import { bgBbLogLikelihoodOne } from "../../../../src/clv/bgBb/_internal/bgBbLogLikelihood.ts";
import { bgBbProbabilityAlive } from "../../../../src/clv/bgBb/_internal/bgBbProbabilityAlive.ts";
import { logBeta } from "../../../../src/math/logBeta.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

// Fader, Hardie & Shang (2010), donations
const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

/** FHS 2010 eq. 11 with every normalising constant: B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L. */
function eq11(x: number, tx: number, n: number): number {
  const { alpha: a, beta: b, gamma: g, delta: d } = params;
  return Math.exp(
    logBeta(a + x, b + n - x) -
      logBeta(a, b) +
      logBeta(g, d + n + 1) -
      logBeta(g, d) -
      bgBbLogLikelihoodOne(a, b, g, d, x, tx, n),
  );
}

describe("bgBbProbabilityAlive", () => {
  it("equals FHS 2010 eq. 11 with its normalising constants for donations patterns (the constants cancel; 1e-12 relative)", () => {
    const kernel = bgBbProbabilityAlive(params);
    for (const [x, tx, n] of [
      [6, 6, 6],
      [3, 5, 6],
      [1, 1, 6],
      [0, 0, 6],
      [2, 4, 300],
    ] as const) {
      expectClose(kernel(x, tx, n), eq11(x, tx, n), { rel: 1e-12 }, `${x},${tx},${n}`);
    }
  });

  it("gives a customer who transacted at every opportunity the posterior retention (δ + n)/(γ + δ + n), and a new customer 1 − γ/(γ + δ)", () => {
    const kernel = bgBbProbabilityAlive(params);
    const { gamma: g, delta: d } = params;
    expectClose(kernel(6, 6, 6), (d + 6) / (g + d + 6), { rel: 1e-12 });
    expectClose(kernel(0, 0, 0), d / (g + d), { rel: 1e-12 });
    expect(kernel(1, 1, 6)).toBeLessThan(0.1);
  });
});
