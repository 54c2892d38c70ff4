import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hyp2f1UnitShiftEulerSum } from "../../../../src/clv/paretoNbd/_internal/hyp2f1UnitShiftEulerSum.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadUnitShift } from "../../../fixtures/mpmath-unit-shift/loadFixture.ts";

describe("hyp2f1UnitShiftEulerSum", () => {
  const cases = loadUnitShift();

  it("gives ln ₂F₁(a, b; a + 1; z) = (1 − b) ln(1 − z) + ln G to 2e-15 × max(1, |ln F|) of mpmath wherever it sums (all CDNOW and G1 fit points, and the heavy-buyer and z-near-1 points it reaches within 400 terms)", () => {
    let summed = 0;
    for (const c of cases) {
      const g = hyp2f1UnitShiftEulerSum(c.a, c.b, c.d, c.z, c.y);
      if (Number.isNaN(g)) continue;
      summed++;
      expectClose(
        (1 - c.b) * Math.log(c.y) + Math.log(g),
        c.log,
        { abs: 2e-15 * Math.max(1, Math.abs(c.log)) },
        `${c.group} a ${c.a} b ${c.b} z ${c.z}`,
      );
    }
    expect(summed).toBeGreaterThan(150);
    for (const c of cases.filter((k) => k.group === "cdnow" || k.group === "g1")) {
      expect(Number.isNaN(hyp2f1UnitShiftEulerSum(c.a, c.b, c.d, c.z, c.y))).toBe(false);
    }
  });

  it("lies in [1, 1/(1 − z)] (positive terms whose ratios stay below z) for b up to 1,000 and z in [0, 0.9]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (b, d, z) => {
          const a = b + d - 1;
          fc.pre(a > 0);
          const g = hyp2f1UnitShiftEulerSum(a, b, d, z, 1 - z);
          expect(g).toBeGreaterThanOrEqual(1);
          expect(g).toBeLessThanOrEqual(1 / (1 - z));
        },
      ),
    );
  });

  it("is 1 at z = 0", () => {
    expect(hyp2f1UnitShiftEulerSum(2.5, 1.5, 2, 0, 1)).toBe(1);
  });

  it("is NaN (for the caller to use another method) for d ≤ 0, or z within 2⁻²⁰ of 1 with a small b", () => {
    expect(hyp2f1UnitShiftEulerSum(0.5, 2, -0.5, 0.3, 0.7)).toBeNaN();
    expect(hyp2f1UnitShiftEulerSum(1.5, 0.6, 1.9, 1 - 2 ** -20, 2 ** -20)).toBeNaN();
  });
});
