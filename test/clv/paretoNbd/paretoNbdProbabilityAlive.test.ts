import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paretoNbdLogA0 } from "../../../src/clv/paretoNbd/paretoNbdLogA0.ts";
import { paretoNbdProbabilityAlive } from "../../../src/clv/paretoNbd/paretoNbdProbabilityAlive.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

const params = { r: 0.553282, alpha: 10.577753, s: 0.606171, beta: 11.666907 };

describe("paretoNbdProbabilityAlive", () => {
  const alive = paretoNbdProbabilityAlive(params);
  it("equals 1/(1 + s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀) (Fader & Hardie 2005, note 009, eq. 24) for moderate customers", () => {
    const sign = new Float64Array(1);
    const { r, alpha, s, beta } = params;
    for (const [x, tx, T] of [
      [0, 0, 38],
      [2, 30, 38],
      [26, 30.86, 31],
      [1, 4, 38],
    ] as const) {
      const a0 = Math.exp(paretoNbdLogA0(r, alpha, s, beta, x, tx, T, sign));
      const expected = 1 / (1 + (s / (r + s + x)) * (alpha + T) ** (r + x) * (beta + T) ** s * a0);
      expectClose(alive(x, tx, T), expected, { rel: 1e-12 });
    }
  });

  it("is 1 when the last purchase is at T, below 1 for x = 0 and T > 0, and decreases as the customer stays quiet", () => {
    expect(alive(3, 20, 20)).toBe(1);
    expect(alive(0, 0, 38)).toBeLessThan(1);
    expect(alive(2, 10, 38)).toBeLessThan(alive(2, 30, 38));
  });

  it("stays in [0, 1] and finite for heavy buyers (x up to 500, T up to 5,000)", () => {
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
