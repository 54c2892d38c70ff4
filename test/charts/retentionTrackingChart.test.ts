import { describe, expect, it } from "vitest";
import { retentionTrackingChart } from "../../src/charts/retentionTrackingChart.ts";
import { retentionTracking } from "../../src/clv/checking/retentionTracking.ts";
import { fitShiftedBetaGeometric } from "../../src/clv/shiftedBetaGeometric/fitShiftedBetaGeometric.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";
import { loadPublishedCohorts } from "../fixtures/sbg/loadFixture.ts";

describe("retentionTrackingChart", () => {
  // Fader & Hardie (2007), Table 1, regular cohort: fitted on years 1–7, years 8–12 held out
  const survivors = [...loadPublishedCohorts().regular];
  const fit = fitShiftedBetaGeometric({ survivors: survivors.slice(0, 8) }, { unit: "year" });
  const rows = retentionTracking(fit, { survivors, calibrationPeriods: 7 });

  it("draws the survival curves of Fader & Hardie (2007, Figure 3): 13 years per series, the rule at year 7", async () => {
    const chart = await renderChart(retentionTrackingChart(rows, { timeLabel: "year" }));
    const points = chart.items("curve");
    expect(points).toHaveLength(2 * 13);
    const x = chart.view.scale("x") as (v: number) => number;
    const y = chart.view.scale("y") as (v: number) => number;
    expect(chart.items("calibrationEnd")[0]!.x).toBeCloseTo(x(7), 9);
    const model12 = points.find((p) => p.datum?.series === "model" && p.datum?.period === 12)!;
    expect(model12.y).toBeCloseTo(y(rows[12]!.expectedSurvivors / 1000), 9);
  });

  it("draws the retention rates (Figure 4) without period 0, where the rate is undefined", async () => {
    const chart = await renderChart(retentionTrackingChart(rows, { measure: "retention" }));
    expect(chart.items("curve")).toHaveLength(2 * 12);
  });

  it("leaves the rule out without a holdout, and throws typed errors", async () => {
    const calibrationOnly = retentionTracking(fit, { survivors: survivors.slice(0, 8), calibrationPeriods: 7 });
    expect((await renderChart(retentionTrackingChart(calibrationOnly))).items("calibrationEnd")).toHaveLength(0);
    expectClienteleError(() => retentionTrackingChart([{ ...rows[0]!, holdout: "no" as never }]), "invalid_input");
    expectClienteleError(() => retentionTrackingChart([{ ...rows[0]!, actualSurvivors: 0 }]), "invalid_input");
  });
});
