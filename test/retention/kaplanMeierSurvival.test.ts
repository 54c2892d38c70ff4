import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../src/errors/index.ts";
import { kaplanMeierSurvival } from "../../src/retention/index.ts";

describe("kaplanMeierSurvival (worked example, checked by hand)", () => {
  // Durations 1 (churn), 2 (censored), 3 (churn), 4 (censored):
  // S(1) = 1 − 1/4 = 0.75; S(3) = 0.75 · (1 − 1/2) = 0.375.
  // Greenwood: SE(1) = 0.75 √(1/(4·3)) = 0.21651; SE(3) = 0.375 √(1/12 + 1/(2·1)) = 0.28641.
  // Restricted mean to 4: 1·1 + 0.75·2 + 0.375·1 = 2.875.
  const km = kaplanMeierSurvival([
    { duration: 3, churned: true },
    { duration: 2, churned: false },
    { duration: 1, churned: true },
    { duration: 4, churned: false },
  ]);
  it("steps at the churn times with the at-risk counts", () => {
    expect(km.times).toEqual([1, 3]);
    expect(km.atRisk).toEqual([4, 2]);
    expect(km.churned).toEqual([1, 1]);
    expect(km.survival).toEqual([0.75, 0.375]);
    expect([km.customers, km.censored]).toEqual([4, 2]);
  });
  it("Greenwood standard errors, median and restricted mean", () => {
    expect(km.standardError[0]).toBeCloseTo(0.75 * Math.sqrt(1 / 12), 12);
    expect(km.standardError[1]).toBeCloseTo(0.375 * Math.sqrt(1 / 12 + 1 / 2), 12);
    expect(km.medianLifetime).toBe(3);
    expect(km.restrictedMean).toEqual({ value: 2.875, horizon: 4 });
  });
  it("ties: churns at a time come before censorings at it; counts stand for alike customers", () => {
    // 10 customers: 3 churn at 1, 2 censored at 1, 5 churn at 2 → S(1) = 7/10, S(2) = 0.7 · (1 − 5/5) = 0.
    const t = kaplanMeierSurvival([
      { duration: 1, churned: false, count: 2 },
      { duration: 1, churned: true, count: 3 },
      { duration: 2, churned: true, count: 5 },
    ]);
    expect(t.atRisk).toEqual([10, 5]);
    expect(t.survival).toEqual([0.7, 0]);
    expect(t.standardError[1]).toBe(0);
    expect(t.medianLifetime).toBe(2);
  });
  it("no churn: an empty step list, no median; the restricted mean is the horizon", () => {
    const t = kaplanMeierSurvival([{ duration: 5, churned: false }]);
    expect([t.times, t.medianLifetime, t.restrictedMean]).toEqual([[], null, { value: 5, horizon: 5 }]);
  });
  it("rejects a negative duration with its path", () => {
    try {
      kaplanMeierSurvival([
        { duration: 1, churned: true },
        { duration: -1, churned: true },
      ]);
      expect.unreachable();
    } catch (e) {
      expect(isClienteleError(e, "invalid_input")).toBe(true);
      expect((e as { issues: { path: unknown }[] }).issues[0]!.path).toEqual(["observations", 1, "duration"]);
    }
  });
  it("properties: S in [0, 1] and non-increasing, order-free, inputs not mutated", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ duration: fc.integer({ min: 0, max: 20 }), churned: fc.boolean() }), { maxLength: 50 }),
        (rows) => {
          const before = structuredClone(rows);
          const km = kaplanMeierSurvival(rows);
          expect(rows).toEqual(before);
          km.survival.forEach((s, i) => {
            expect(s >= 0 && s <= 1).toBe(true);
            if (i > 0) expect(s).toBeLessThanOrEqual(km.survival[i - 1]!);
          });
          expect(kaplanMeierSurvival([...rows].reverse())).toEqual(km);
        },
      ),
    );
  });
});
