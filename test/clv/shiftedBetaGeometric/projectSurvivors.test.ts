import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { projectSurvivors } from "../../../src/clv/shiftedBetaGeometric/projectSurvivors.ts";
import type { RetentionModel } from "../../../src/clv/shiftedBetaGeometric/RetentionModel.ts";
import { survivalCurve } from "../../../src/clv/shiftedBetaGeometric/survivalCurve.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const model = (alpha: number, beta: number): RetentionModel => ({
  model: "shifted-beta-geometric",
  params: { alpha, beta },
  unit: "year",
});
const extreme = fc.double({ min: -6, max: 6, noNaN: true }).map((e) => 10 ** e);

describe("projectSurvivors", () => {
  it("projects a new cohort as N · S(t) and a cohort with k renewals as N · S(k + j)/S(k)", () => {
    const fit = model(0.704, 1.182);
    const s = survivalCurve(fit, 12);
    const fresh = projectSurvivors(fit, { cohortSize: 1000, periods: 12 });
    for (let t = 0; t <= 12; t++) expectClose(fresh.alive[t]!, 1000 * s[t]!, { rel: 1e-14 });
    // Fader & Hardie (2007) regular cohort: the 241 customers active after 7 years, projected to year 12
    const later = projectSurvivors(fit, { cohortSize: 241, renewals: 7, periods: 5 });
    for (let j = 0; j <= 5; j++) expectClose(later.alive[j]!, (241 * s[7 + j]!) / s[7]!, { rel: 1e-14 });
    expectClose(later.alive[5]!, 171.4, { abs: 0.05 });
  });

  it("loses lost[j] = alive[j − 1] − alive[j] each period, with lost[0] = 0", () => {
    const p = projectSurvivors(model(0.668, 3.806), { cohortSize: 1000, periods: 30, renewals: 2 });
    expect(p.lost[0]).toBe(0);
    for (let j = 1; j <= 30; j++) expectClose(p.lost[j]!, p.alive[j - 1]! - p.alive[j]!, { rel: 1e-12 });
  });

  it("is non-increasing, never negative or NaN, for extreme parameters and 300 periods", () => {
    fc.assert(
      fc.property(extreme, extreme, fc.integer({ min: 0, max: 1e9 }), (alpha, beta, renewals) => {
        const p = projectSurvivors(model(alpha, beta), { cohortSize: 1e6, periods: 300, renewals });
        for (let j = 1; j <= 300; j++) {
          expect(p.alive[j]!).toBeLessThanOrEqual(p.alive[j - 1]!);
          expect(p.alive[j]!).toBeGreaterThanOrEqual(0);
          expect(p.lost[j]!).toBeGreaterThanOrEqual(0);
          expect(Number.isNaN(p.lost[j]!)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("does not mutate its input", () => {
    const fit = model(0.7, 1.2);
    const options = { cohortSize: 10, periods: 3, renewals: 1 };
    const copies = structuredClone([fit, options]);
    projectSurvivors(fit, options);
    expect([fit, options]).toEqual(copies);
  });

  it("rejects bad options with paths under options", () => {
    const e = expectClienteleError(
      () => projectSurvivors(model(1, 1), { cohortSize: -1, periods: 1.5, renewals: -2 }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["options.cohortSize", "options.periods", "options.renewals"]);
  });
});
