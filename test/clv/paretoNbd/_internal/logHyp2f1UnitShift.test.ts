import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logHyp2f1Unchecked } from "../../../../src/_lib/logHyp2f1Unchecked.ts";
import { logHyp2f1UnitShift } from "../../../../src/clv/paretoNbd/_internal/logHyp2f1UnitShift.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadUnitShift } from "../../../fixtures/mpmath-unit-shift/loadFixture.ts";

describe("logHyp2f1UnitShift", () => {
  const cases = loadUnitShift();

  it("matches mpmath to 1e-14 × max(1, |ln F|) at all 324 fixture points (z up to 1 − 2⁻⁵², x up to 2,000)", () => {
    expect(cases.length).toBe(324);
    for (const c of cases) {
      expectClose(
        logHyp2f1UnitShift(c.a, c.b, c.d, c.z, c.y),
        c.log,
        { abs: 1e-14 * Math.max(1, Math.abs(c.log)) },
        `${c.group} a ${c.a} b ${c.b} z ${c.z}`,
      );
    }
  });

  it("matches mpmath to 2e-15 × max(1, |ln F|) on the CDNOW and G1 fits' arguments (the series path)", () => {
    const fits = cases.filter((c) => c.group === "cdnow" || c.group === "g1");
    expect(fits.length).toBe(64);
    for (const c of fits) {
      expectClose(
        logHyp2f1UnitShift(c.a, c.b, c.d, c.z, c.y),
        c.log,
        { abs: 2e-15 * Math.max(1, Math.abs(c.log)) },
        `${c.group} a ${c.a} b ${c.b} z ${c.z}`,
      );
    }
  });

  it("is ln 1 = 0 at z = 0", () => {
    expect(logHyp2f1UnitShift(2.5, 1.5, 2, 0, 1)).toBe(0);
  });

  it("agrees with the general logHyp2f1Unchecked to 1e-13 × max(1, |ln F|) for a, b up to 1,000 and z in [0, 0.999]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (b, d, z) => {
          const a = b + d - 1;
          fc.pre(a > 0 && a + 1 - b === d);
          const expected = logHyp2f1Unchecked(a, b, a + 1, z, undefined, 1 - z);
          expectClose(logHyp2f1UnitShift(a, b, d, z, 1 - z), expected, {
            abs: 1e-13 * Math.max(1, Math.abs(expected)),
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hands d ≤ 0 to the general method: 2F1(0.5, 2; 1.5; 0.3)", () => {
    expect(logHyp2f1UnitShift(0.5, 2, -0.5, 0.3, 0.7)).toBe(logHyp2f1Unchecked(0.5, 2, 1.5, 0.3, undefined, 0.7));
  });
});
