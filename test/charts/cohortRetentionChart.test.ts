import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { cohortRetentionChart } from "../../src/charts/cohortRetentionChart.ts";
import { cohortRetentionTable } from "../../src/retention/cohortRetentionTable.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("cohortRetentionChart", () => {
  // CDNOW's customers all arrived in 1997-Q1: three monthly cohorts, tracked to 1998-06-30
  const table = cohortRetentionTable({ transactions: loadCdnowSample() }, { asOf: "1998-06-30", period: "month" });

  it("draws one rect per cohort and month of CDNOW's cohort table, coloured by the share still buying", async () => {
    const cells = table.cohorts.reduce((n, c) => n + c.cells.length, 0);
    const chart = await renderChart(cohortRetentionChart(table));
    const rects = chart.items("cells");
    expect(table.cohorts).toHaveLength(3);
    expect(rects).toHaveLength(cells);
    const y = chart.view.scale("y") as (v: string) => number;
    expect(y(table.cohorts[0]!.cohort)).toBeLessThan(y(table.cohorts[2]!.cohort)); // oldest on top
    const colour = chart.view.scale("color") as (v: number) => string;
    const first = rects.find((r) => r.datum?.cohort === table.cohorts[0]!.cohort && r.datum?.period === 0)!;
    expect(first.fill).toBe(colour(1)); // every customer buys in their first month
  });

  it("leaves out the cells whose retention rate is undefined", async () => {
    const nulls = table.cohorts.reduce((n, c) => n + c.cells.filter((cell) => cell.retention === null).length, 0);
    const all = table.cohorts.reduce((n, c) => n + c.cells.length, 0);
    expect((await renderChart(cohortRetentionChart(table, { measure: "retention" }))).items("cells")).toHaveLength(
      all - nulls,
    );
  });

  it("throws typed errors for a bad table", () => {
    const bad = {
      ...table,
      cohorts: [{ ...table.cohorts[0]!, cells: [{ ...table.cohorts[0]!.cells[0]!, retained: Number.NaN }] }],
    };
    expect(issuePaths(expectClienteleError(() => cohortRetentionChart(bad), "invalid_input"))).toEqual([
      "table.cohorts[0].cells[0].retained",
    ]);
    expectClienteleError(() => cohortRetentionChart({ ...table, cohorts: [] }), "insufficient_data");
  });
});
