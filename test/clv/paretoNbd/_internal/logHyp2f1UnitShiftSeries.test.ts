import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logHyp2f1Unchecked } from "../../../../src/_lib/logHyp2f1Unchecked.ts";
import { logHyp2f1UnitShift } from "../../../../src/clv/paretoNbd/_internal/logHyp2f1UnitShift.ts";
import { logHyp2f1UnitShiftSeries } from "../../../../src/clv/paretoNbd/_internal/logHyp2f1UnitShiftSeries.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadUnitShift } from "../../../fixtures/mpmath-unit-shift/loadFixture.ts";

describe("logHyp2f1UnitShiftSeries", () => {
  const cases = loadUnitShift();
  const out = new Float64Array(4);

  it("matches mpmath wherever it sums: ln F to 1e-14 × max(1, |ln F|), ∂a and ∂b to 1e-12 relative, ∂z to 1e-10 relative", () => {
    let summed = 0;
    for (const c of cases) {
      if (!logHyp2f1UnitShiftSeries(c.a, c.b, c.d, c.z, c.y, out)) continue;
      summed++;
      const label = `${c.group} a ${c.a} b ${c.b} z ${c.z}`;
      expectClose(out[0]!, c.log, { abs: 1e-14 * Math.max(1, Math.abs(c.log)) }, `${label} ln F`);
      expectClose(out[1]!, c.da, { rel: 1e-12, abs: 1e-15 }, `${label} ∂a`);
      expectClose(out[2]!, c.db, { rel: 1e-12, abs: 1e-15 }, `${label} ∂b`);
      expectClose(out[3]!, c.dz, { rel: 1e-10 }, `${label} ∂z`);
    }
    expect(summed).toBeGreaterThan(150);
  });

  it("sums every CDNOW and G1 fit argument and the heavy buyers' (x up to 2,000) with z ≤ 0.9", () => {
    for (const c of cases.filter(
      (k) => k.group === "cdnow" || k.group === "g1" || (k.group === "heavy" && k.z <= 0.9),
    )) {
      expect(logHyp2f1UnitShiftSeries(c.a, c.b, c.d, c.z, c.y, out), `${c.group} a ${c.a} b ${c.b} z ${c.z}`).toBe(
        true,
      );
    }
  });

  it("gives the same ln F as logHyp2f1UnitShift to 1e-14 × max(1, |ln F|) for z ≤ 0.9 (the same positive series, stopped later)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (b, d, z) => {
          const a = b + d - 1;
          fc.pre(a > 0 && a + 1 - b === d);
          expect(logHyp2f1UnitShiftSeries(a, b, d, z, 1 - z, out)).toBe(true);
          const value = logHyp2f1UnitShift(a, b, d, z, 1 - z);
          expectClose(out[0]!, value, { abs: 1e-14 * Math.max(1, Math.abs(value)) });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns ln F = 0, ∂a = ∂b = 0 and ∂z = ab/(a + 1) at z = 0", () => {
    expect(logHyp2f1UnitShiftSeries(2, 1.5, 1.5, 0, 1, out)).toBe(true);
    expect(out[0]).toBe(0);
    expect(out[1]).toBe(0);
    expect(Math.abs(out[2]!)).toBe(0);
    expectClose(out[3]!, (2 * 1.5) / 3, { rel: 1e-15 });
  });

  it("returns false and leaves out untouched for z within 2⁻²⁰ of 1 with a small b, or d ≤ 0", () => {
    const untouched = Float64Array.of(7, 7, 7, 7);
    expect(logHyp2f1UnitShiftSeries(1.5, 0.6, 1.9, 1 - 2 ** -20, 2 ** -20, untouched)).toBe(false);
    expect(logHyp2f1UnitShiftSeries(0.5, 2, -0.5, 0.3, 0.7, untouched)).toBe(false);
    expect(Array.from(untouched)).toEqual([7, 7, 7, 7]);
  });

  it("still sums a series that needs nearly all of its 2000 terms (1 − z ≈ 0.0168, b = 0.5), to the general ₂F₁, and gives up at once where the terms cannot reach the tolerance by term 2000", () => {
    // The largest 1 − z = 10^(−e), e on a grid of 0.001, that the series still sums for (a, b, d) = (0.5, 0.5, 1).
    const y = 10 ** -1.775;
    expect(logHyp2f1UnitShiftSeries(0.5, 0.5, 1, 1 - y, y, out)).toBe(true);
    expectClose(out[0]!, logHyp2f1Unchecked(0.5, 0.5, 1.5, 1 - y, undefined, y), { abs: 1e-13 });
    // Just past it, and at z = 1 − 10⁻³ (about 37/(1 − z) = 37,000 terms would be needed): false, out untouched.
    const untouched = Float64Array.of(7, 7, 7, 7);
    const past = 10 ** -1.776;
    expect(logHyp2f1UnitShiftSeries(0.5, 0.5, 1, 1 - past, past, untouched)).toBe(false);
    expect(logHyp2f1UnitShiftSeries(0.5, 0.5, 1, 1 - 1e-3, 1e-3, untouched)).toBe(false);
    expect(Array.from(untouched)).toEqual([7, 7, 7, 7]);
  });
});
