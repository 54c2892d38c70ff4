import { describe, expect, it } from "vitest";
import { kaplanMeierChart } from "../../src/charts/kaplanMeierChart.ts";
import { kaplanMeierSurvival } from "../../src/retention/kaplanMeierSurvival.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";
import { loadPublishedCohorts } from "../fixtures/sbg/loadFixture.ts";

describe("kaplanMeierChart", () => {
  // Fader & Hardie (2007), Table 1, regular cohort as lifetimes: the churns of each year, 173 still active after year 12
  const survivors = loadPublishedCohorts().regular;
  const observations = [
    ...survivors.slice(1).map((s, t) => ({ duration: t + 1, churned: true, count: survivors[t]! - s })),
    { duration: 12, churned: false, count: survivors[12]! },
  ];
  const km = kaplanMeierSurvival(observations);

  it("steps through the cohort's survival (S(t) = survivors[t] / 1,000), with the median at year 2", async () => {
    const chart = await renderChart(kaplanMeierChart(km, { timeLabel: "year" }));
    const steps = chart.items("curve");
    expect(steps).toHaveLength(1 + 12);
    const x = chart.view.scale("x") as (v: number) => number;
    const y = chart.view.scale("y") as (v: number) => number;
    const year7 = steps.find((p) => p.datum?.time === 7)!;
    expect(year7.y).toBeCloseTo(y(survivors[7]! / 1000), 9);
    expect(steps[0]!.y).toBeCloseTo(y(1), 9);
    expect(km.medianLifetime).toBe(2);
    expect(chart.items("median")[0]!.x).toBeCloseTo(x(2), 9);
    expect(chart.items("band")).toHaveLength(13);
  });

  it("throws typed errors for a bad curve", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => kaplanMeierChart({ ...km, survival: [1.5, ...km.survival.slice(1)] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["curve.survival[0]"]);
    expectClienteleError(() => kaplanMeierChart({ ...km, standardError: [] }), "invalid_input");
    expectClienteleError(() => kaplanMeierChart({ ...km, medianLifetime: Number.NaN }), "invalid_input");
  });
});
