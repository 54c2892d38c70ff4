import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RetentionModel } from "../../../src/clv/shiftedBetaGeometric/RetentionModel.ts";
import { retentionRate } from "../../../src/clv/shiftedBetaGeometric/retentionRate.ts";
import { survivalCurve } from "../../../src/clv/shiftedBetaGeometric/survivalCurve.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadPublishedCohorts } from "../../fixtures/sbg/loadFixture.ts";

const model = (alpha: number, beta: number): RetentionModel => ({
  model: "shifted-beta-geometric",
  params: { alpha, beta },
  unit: "year",
});
const extreme = fc.double({ min: -8, max: 8, noNaN: true }).map((e) => 10 ** e);

describe("retentionRate", () => {
  it("is (β + t − 1)/(α + β + t − 1) = S(t)/S(t − 1)", () => {
    const fit = model(0.704, 1.182);
    const s = survivalCurve(fit, 20);
    for (let t = 1; t <= 20; t++) {
      expectClose(retentionRate(fit, t), (1.182 + t - 1) / (0.704 + 1.182 + t - 1), { rel: 1e-15 });
      expectClose(retentionRate(fit, t), s[t]! / s[t - 1]!, { rel: 1e-14 });
    }
  });

  it("rises with tenure like the observed retention rates of Fader & Hardie (2007)'s regular cohort (63.1% in year 1, 94.5% projected in year 12), which a constant churn rate misses", () => {
    const table = loadPublishedCohorts();
    const observed = table.regular.slice(1).map((n, i) => n / table.regular[i]!);
    // the data's own rise: 63.1%, 74.2%, 81.6%, …, 94.5% in year 12
    for (let t = 1; t < observed.length; t++) expect(observed[t]!).toBeGreaterThan(observed[t - 1]!);
    const fit = model(0.704, 1.182);
    expectClose(retentionRate(fit, 1), 0.6267, { abs: 5e-5 });
    expectClose(retentionRate(fit, 12), 0.9454, { abs: 5e-5 });
  });

  it("is in [0, 1] and non-decreasing in t for extreme parameters and tenures up to 10¹⁵, never NaN", () => {
    fc.assert(
      fc.property(extreme, extreme, fc.integer({ min: 1, max: 1e15 }), (alpha, beta, t) => {
        const r = retentionRate(model(alpha, beta), t);
        const next = retentionRate(model(alpha, beta), t + 1);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(next).toBeGreaterThanOrEqual(r);
      }),
      { numRuns: 300 },
    );
    expect(retentionRate(model(Number.MAX_VALUE, 1e-300), 1)).toBe(0);
  });

  it("does not mutate its input", () => {
    const fit = model(0.7, 1.2);
    const copy = structuredClone(fit);
    retentionRate(fit, 3);
    expect(fit).toEqual(copy);
  });

  it("rejects t < 1, fractions and a bad fit with paths", () => {
    for (const bad of [0, 1.5, -3, Number.POSITIVE_INFINITY]) {
      expect(issuePaths(expectClienteleError(() => retentionRate(model(1, 1), bad), "invalid_input"))).toEqual(["t"]);
    }
    expect(
      issuePaths(
        expectClienteleError(() => retentionRate({ ...model(1, 1), model: "bg-nbd" } as never, 1), "invalid_input"),
      ),
    ).toEqual(["fit.model"]);
  });
});
