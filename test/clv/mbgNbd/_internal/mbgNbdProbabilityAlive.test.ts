import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mbgNbdProbabilityAlive } from "../../../../src/clv/mbgNbd/_internal/mbgNbdProbabilityAlive.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

const params = { r: 0.524838, alpha: 6.182988, a: 0.891356, b: 1.614 };
const alive = mbgNbdProbabilityAlive(params);

describe("mbgNbdProbabilityAlive", () => {
  it("equals 1/(1 + a/(b + x) ((α + T)/(α + t_x))^(r + x)) (Batislam et al. 2007), x = 0 included", () => {
    const { r, alpha, a, b } = params;
    for (const [x, tx, T] of [
      [0, 0, 38],
      [2, 30, 38],
      [26, 30.86, 31],
    ] as const) {
      expectClose(alive(x, tx, T), 1 / (1 + (a / (b + x)) * ((alpha + T) / (alpha + tx)) ** (r + x)), { rel: 1e-13 });
    }
  });

  it("gives customers without repeat purchases P(alive) < 1, decreasing with T (unlike the BG/NBD)", () => {
    expect(alive(0, 0, 0)).toBeCloseTo(params.b / (params.a + params.b), 14);
    expect(alive(0, 0, 10)).toBeLessThan(alive(0, 0, 1));
  });

  it("stays in [0, 1] for heavy buyers (x up to 500, T up to 5,000)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        (x, fraction, T) => {
          const p = alive(x, x === 0 ? 0 : fraction * T, T);
          expect(p >= 0 && p <= 1).toBe(true);
        },
      ),
    );
  });

  it("over columns equals the closed form to 1e-12 relative (x = 0 interpolated in α + T, T from 0 to 1e5; x up to 10,000; r from 0.5 to 20)", () => {
    let interpolated = 0;
    for (const p of [params, { r: 20, alpha: 0.3, a: 2, b: 0.5 }]) {
      const kernel = mbgNbdProbabilityAlive(p);
      for (const x of [0, 1, 10_000]) {
        const n = 4001;
        const T = Float64Array.from({ length: n }, (_, k) => (k === n - 1 ? 0 : 10 ** (-3 + (8 * k) / (n - 1))));
        const tx = x === 0 ? new Float64Array(n) : T.map((v) => 0.9 * v);
        const out = new Float64Array(n);
        kernel.columns!(new Float64Array(n).fill(x), tx, T, out);
        for (let i = 0; i < n; i++) {
          const e = kernel(x, tx[i]!, T[i]!);
          if (out[i] !== e) interpolated++;
          expectClose(out[i]!, e, { rel: 1e-12, abs: 1e-300 }, `r ${p.r} x ${x} T ${T[i]}`);
        }
      }
    }
    expect(interpolated).toBeGreaterThan(1000);
  });
});
