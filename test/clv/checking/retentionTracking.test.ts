import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { retentionTracking } from "../../../src/clv/checking/retentionTracking.ts";
import { fitShiftedBetaGeometric } from "../../../src/clv/shiftedBetaGeometric/fitShiftedBetaGeometric.ts";
import type { RetentionModel } from "../../../src/clv/shiftedBetaGeometric/RetentionModel.ts";
import { retentionRate } from "../../../src/clv/shiftedBetaGeometric/retentionRate.ts";
import { survivalCurve } from "../../../src/clv/shiftedBetaGeometric/survivalCurve.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadPublishedCohorts } from "../../fixtures/sbg/loadFixture.ts";

const { regular, highEnd } = loadPublishedCohorts();

describe("retentionTracking", () => {
  it("tracks Fader & Hardie (2007) Table 1 regular cohort: fitted on years 1–7, years 8–12 marked holdout, expected = 1000 · S(t)", () => {
    const fit = fitShiftedBetaGeometric({ survivors: regular.slice(0, 8) }, { unit: "year" });
    const rows = retentionTracking(fit, { survivors: regular, calibrationPeriods: 7 });
    const curve = survivalCurve(fit, 12);
    expect(rows).toHaveLength(13);
    rows.forEach((row, t) => {
      expect(row.period).toBe(t);
      expect(row.holdout).toBe(t > 7);
      expect(row.actualSurvivors).toBe(regular[t]);
      expectClose(row.expectedSurvivors, 1000 * curve[t]!, { rel: 1e-12 });
      if (t === 0) {
        expect(row.actualRetentionRate).toBeNull();
        expect(row.expectedRetentionRate).toBeNull();
      } else {
        expectClose(row.actualRetentionRate!, regular[t]! / regular[t - 1]!, { rel: 1e-15 });
        expectClose(row.expectedRetentionRate!, retentionRate(fit, t), { rel: 1e-12 });
      }
    });
    // the projection undershoots the actual survivors in years 8–12 (as the paper shows), by < 0.35 points
    for (const row of rows.filter((r) => r.holdout)) {
      expect(row.expectedSurvivors).toBeLessThan(row.actualSurvivors);
      expect(row.actualSurvivors - row.expectedSurvivors).toBeLessThan(3.5);
    }
  });

  it("shows the retention rate rising with tenure for the high-end cohort, in the model and in the data", () => {
    const fit = fitShiftedBetaGeometric({ survivors: highEnd.slice(0, 8) }, { unit: "year" });
    const rows = retentionTracking(fit, { survivors: highEnd, calibrationPeriods: 7 });
    for (let t = 2; t <= 12; t++) {
      expect(rows[t]!.expectedRetentionRate!).toBeGreaterThan(rows[t - 1]!.expectedRetentionRate!);
    }
    expect(rows[12]!.actualRetentionRate!).toBeGreaterThan(rows[1]!.actualRetentionRate!);
  });

  it("gives null actual retention after a period with no survivors", () => {
    const fit: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 1, beta: 1 }, unit: "month" };
    const rows = retentionTracking(fit, { survivors: [2, 0, 0], calibrationPeriods: 2 });
    expect(rows.map((r) => r.actualRetentionRate)).toEqual([null, 0, null]);
    expect(rows.map((r) => r.expectedSurvivors)).toEqual([2, 1, 2 / 3]);
  });

  it("rejects increasing survivors, a cohort of 0, non-integers and calibrationPeriods beyond the series, with paths", () => {
    const fit: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 1, beta: 1 }, unit: "month" };
    const paths = (options: unknown) =>
      issuePaths(expectClienteleError(() => retentionTracking(fit, options as never), "invalid_input"));
    expect(paths({ survivors: [10, 8, 9], calibrationPeriods: 1 })).toEqual(["options.survivors[2]"]);
    expect(paths({ survivors: [0, 0], calibrationPeriods: 1 })).toEqual(["options.survivors[0]"]);
    expect(paths({ survivors: [10, 8.5], calibrationPeriods: 1 })).toEqual(["options.survivors[1]"]);
    expect(paths({ survivors: [10, 8], calibrationPeriods: 2 })).toEqual(["options.calibrationPeriods"]);
    expect(paths({ survivors: [10, 8] })).toEqual(["options.calibrationPeriods"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => retentionTracking({ model: "sbg" } as never, { survivors: [1], calibrationPeriods: 0 }),
          "invalid_input",
        ),
      )[0],
    ).toMatch(/^fit/);
  });

  it("keeps expected survivors non-increasing and rates in [0, 1], and does not mutate its input (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.array(fc.nat(50), { minLength: 1, maxLength: 300 }),
        (alpha, beta, drops) => {
          const survivors = [10_000];
          for (const d of drops) survivors.push(Math.max(0, survivors.at(-1)! - d));
          const copy = [...survivors];
          const fit: RetentionModel = { model: "shifted-beta-geometric", params: { alpha, beta }, unit: "week" };
          const rows = retentionTracking(fit, { survivors, calibrationPeriods: 0 });
          expect(survivors).toEqual(copy);
          for (let t = 1; t < rows.length; t++) {
            expect(rows[t]!.expectedSurvivors).toBeLessThanOrEqual(rows[t - 1]!.expectedSurvivors);
            expect(rows[t]!.expectedRetentionRate!).toBeGreaterThanOrEqual(0);
            expect(rows[t]!.expectedRetentionRate!).toBeLessThanOrEqual(1);
            expect(Number.isFinite(rows[t]!.expectedSurvivors)).toBe(true);
          }
        },
      ),
    );
  });
});
