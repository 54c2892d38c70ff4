import { describe, expect, it } from "vitest";
import { bgBbPurchaseCountProbability } from "../../../../src/clv/bgBb/_internal/bgBbPurchaseCountProbability.ts";
import { logBeta } from "../../../../src/math/logBeta.ts";
import { logGamma } from "../../../../src/math/logGamma.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

/** FHS 2010 eq. 8 term by term, in linear scale (fine for small n). */
function eq8(x: number, n: number): number {
  const { alpha: a, beta: b, gamma: g, delta: d } = params;
  const choose = (m: number, k: number) => Math.exp(logGamma(m + 1) - logGamma(k + 1) - logGamma(m - k + 1));
  const ab = (u: number, v: number) => Math.exp(logBeta(u, v) - logBeta(a, b));
  const gd = (u: number, v: number) => Math.exp(logBeta(u, v) - logBeta(g, d));
  let p = choose(n, x) * ab(a + x, b + n - x) * gd(g, d + n);
  for (let i = x; i < n; i++) p += choose(i, x) * ab(a + x, b + i - x) * gd(g + 1, d + i);
  return p;
}

describe("bgBbPurchaseCountProbability", () => {
  it("equals FHS 2010 eq. 8 summed directly for n = 6 (1e-12 relative)", () => {
    for (let x = 0; x <= 6; x++) expectClose(bgBbPurchaseCountProbability(params, x, 6), eq8(x, 6), { rel: 1e-12 });
  });

  it("is 0 for x > n and 1 for x = n = 0", () => {
    expect(bgBbPurchaseCountProbability(params, 7, 6)).toBe(0);
    expectClose(bgBbPurchaseCountProbability(params, 0, 0), 1, { rel: 1e-15 });
  });
});
