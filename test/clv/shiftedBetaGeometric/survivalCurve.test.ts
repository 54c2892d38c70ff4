import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RetentionModel } from "../../../src/clv/shiftedBetaGeometric/RetentionModel.ts";
import { survivalCurve } from "../../../src/clv/shiftedBetaGeometric/survivalCurve.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadSurvivalCases } from "../../fixtures/sbg/loadFixture.ts";

const model = (alpha: number, beta: number): RetentionModel => ({
  model: "shifted-beta-geometric",
  params: { alpha, beta },
  unit: "year",
});

/** Log-uniform parameters from 1e-6 to 1e6. */
const extreme = fc.double({ min: -6, max: 6, noNaN: true }).map((e) => 10 ** e);

describe("survivalCurve", () => {
  it("matches S(t) = B(α, β + t)/B(α, β) from mpmath to 2e-13 relative, t up to 1000, α and β from 1e-6 to 1e6", () => {
    const cases = loadSurvivalCases();
    expect(cases.length).toBe(66);
    for (const c of cases) {
      // NOTE: the running product gains about one rounding per period; measured at most 5e-15 here.
      expectClose(survivalCurve(model(c.alpha, c.beta), c.t)[c.t]!, c.value, { rel: 2e-13 }, JSON.stringify(c));
    }
  });

  it("reproduces the published parameters' projection for Fader & Hardie (2007)'s regular cohort: S(12) = 0.170", () => {
    const s = survivalCurve(model(0.704, 1.182), 12);
    expect(s).toHaveLength(13);
    expect(s[0]).toBe(1);
    expectClose(s[12]!, 0.17, { abs: 5e-4 });
  });

  it("is 1 at t = 0, non-increasing and within [0, 1], with no NaN over 500 periods for extreme parameters", () => {
    fc.assert(
      fc.property(extreme, extreme, (alpha, beta) => {
        const s = survivalCurve(model(alpha, beta), 500);
        expect(s[0]).toBe(1);
        for (let t = 1; t <= 500; t++) {
          expect(Number.isNaN(s[t])).toBe(false);
          expect(s[t]!).toBeGreaterThanOrEqual(0);
          expect(s[t]!).toBeLessThanOrEqual(s[t - 1]!);
        }
      }),
      { numRuns: 200 },
    );
    const edge = survivalCurve(model(1e300, 1e-300), 3);
    expect([...edge]).toEqual([1, 0, 0, 0]);
    expect(survivalCurve(model(1e-300, 1e300), 100_000)[100_000]).toBe(1);
  });

  it("does not mutate its input", () => {
    const fit = model(0.7, 1.2);
    const copy = structuredClone(fit);
    survivalCurve(fit, 10);
    expect(fit).toEqual(copy);
  });

  it("rejects a bad period count and a bad fit with paths", () => {
    for (const bad of [-1, 2.5, 10_000_001, Number.NaN]) {
      expect(issuePaths(expectClienteleError(() => survivalCurve(model(1, 1), bad), "invalid_input"))).toEqual([
        "periods",
      ]);
    }
    expect(issuePaths(expectClienteleError(() => survivalCurve(model(0, 1), 3), "invalid_input"))).toEqual([
      "fit.params.alpha",
    ]);
  });
});
