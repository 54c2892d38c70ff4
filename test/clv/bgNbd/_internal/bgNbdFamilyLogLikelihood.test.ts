import { describe, expect, it } from "vitest";
import { buildCountData } from "../../../../src/clv/_internal/buildCountData.ts";
import { bgNbdFamilyLogLikelihood } from "../../../../src/clv/bgNbd/_internal/bgNbdFamilyLogLikelihood.ts";
import { logBeta } from "../../../../src/math/logBeta.ts";
import { logGamma } from "../../../../src/math/logGamma.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

// One-customer likelihoods written out from the papers, to pin both branches of the shared kernel.
function direct(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  tx: number,
  T: number,
  shift: number,
): number {
  const m = x + shift;
  const head = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logBeta(a, b + m) - logBeta(a, b);
  const a3 = -(r + x) * Math.log(alpha + T);
  if (m === 0) return head + a3;
  const a4 = Math.log(a) - Math.log(b + m - 1) - (r + x) * Math.log(alpha + tx);
  return head + Math.log(Math.exp(a3) + Math.exp(a4));
}

describe("bgNbdFamilyLogLikelihood", () => {
  const rows = { frequency: [0, 2, 5], recency: [0, 10.5, 30], T: [20, 38, 38], count: [3, 1, 2] };
  const params = [0.25, 4.4, 0.8, 2.4] as const;
  const phi = new Float64Array(params.map(Math.log));
  for (const [name, dropoutAtZero, shift] of [
    ["BG/NBD (Fader, Hardie & Lee 2005 eq. 6)", false, 0],
    ["MBG/NBD (Batislam et al. 2007 eq. 5)", true, 1],
  ] as const) {
    it(`equals the direct sum of the ${name} one-customer likelihoods`, () => {
      const data = buildCountData(3, rows.frequency, rows.recency, rows.T, rows.count);
      const expected = rows.frequency.reduce(
        (s, x, i) => s + rows.count[i]! * direct(...params, x, rows.recency[i]!, rows.T[i]!, shift),
        0,
      );
      expectClose(bgNbdFamilyLogLikelihood(data, dropoutAtZero)(phi, new Float64Array(4)), expected, {
        rel: 1e-12,
      });
    });
  }
  it("returns NaN for non-finite parameters instead of throwing", () => {
    const data = buildCountData(1, [1], [1], [2], [1]);
    expect(bgNbdFamilyLogLikelihood(data, false)(new Float64Array([1000, 0, 0, 0]), new Float64Array(4))).toBeNaN();
  });
});
