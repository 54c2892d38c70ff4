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
});
