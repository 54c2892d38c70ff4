import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hyp2f1UnitShiftSeries } from "../../src/_lib/hyp2f1UnitShiftSeries.ts";
import { logHyp2f1Unchecked } from "../../src/_lib/logHyp2f1Unchecked.ts";
import { expectClose } from "../_helpers/expectClose.ts";

const sign = new Float64Array(1);
const reference = (a: number, b: number, z: number): number =>
  Math.exp(logHyp2f1Unchecked(a, b, a + 1, z, sign, 1 - z));

describe("hyp2f1UnitShiftSeries", () => {
  it("matches the general ₂F₁ to 1e-13 relative and its derivatives match central differences to 1e-7 relative", () => {
    const out = new Float64Array(4);
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 60, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 0.85, noNaN: true }),
        (a, b, z) => {
          expect(hyp2f1UnitShiftSeries(a, b, z, out)).toBe(true);
          expectClose(out[0]!, reference(a, b, z), { rel: 1e-13 }, "F");
          const ha = 1e-5 * a;
          const hb = 1e-5 * b;
          const hz = 1e-6;
          expectClose(
            out[1]!,
            (reference(a + ha, b, z) - reference(a - ha, b, z)) / (2 * ha),
            { rel: 1e-7, abs: 1e-9 },
            "∂a",
          );
          expectClose(
            out[2]!,
            (reference(a, b + hb, z) - reference(a, b - hb, z)) / (2 * hb),
            { rel: 1e-7, abs: 1e-9 },
            "∂b",
          );
          const zLow = Math.max(0, z - hz);
          const dz = (reference(a, b, z + hz) - reference(a, b, zLow)) / (z + hz - zLow);
          expectClose(out[3]!, dz, { rel: z < hz ? 1e-4 : 1e-7, abs: 1e-9 }, "∂z");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("returns F = 1, ∂F/∂a = ∂F/∂b = 0 and ∂F/∂z = ab/(a + 1) at z = 0", () => {
    const out = new Float64Array(4);
    expect(hyp2f1UnitShiftSeries(2, 3, 0, out)).toBe(true);
    expect(Array.from(out)).toEqual([1, 0, 0, 2]);
  });

  it("returns false and leaves out untouched for z > 0.9 or a huge peak index", () => {
    const out = Float64Array.of(7, 7, 7, 7);
    expect(hyp2f1UnitShiftSeries(2, 3, 0.95, out)).toBe(false);
    expect(hyp2f1UnitShiftSeries(2, 1e4, 0.5, out)).toBe(false);
    expect(Array.from(out)).toEqual([7, 7, 7, 7]);
  });
});
