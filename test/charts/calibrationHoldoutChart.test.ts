import { describe, expect, it } from "vitest";
import { calibrationHoldoutChart } from "../../src/charts/calibrationHoldoutChart.ts";
import { calibrationHoldoutTable } from "../../src/clv/checking/calibrationHoldoutTable.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../_helpers/loadCdnowHoldout.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("calibrationHoldoutChart", () => {
  const { summary, fit } = loadCdnowHoldout();
  const rows = calibrationHoldoutTable(fit, summary);

  it("draws CDNOW's 8 frequency bins 0…7+ as 8 points per series, at the table's means (FHL 2005, Figure 5)", async () => {
    expect(rows).toHaveLength(8);
    const chart = await renderChart(calibrationHoldoutChart(rows));
    const points = chart.items("points");
    expect(points).toHaveLength(16);
    expect(chart.items("curve")).toHaveLength(16);
    const x = chart.view.scale("x") as (v: string) => number;
    const y = chart.view.scale("y") as (v: number) => number;
    const last = points.find((p) => p.datum?.series === "actual" && p.datum?.label === "7+")!;
    expect(last.x).toBeCloseTo(
      x("7+") + (chart.view.scale("x") as unknown as { bandwidth(): number }).bandwidth() / 2,
      6,
    );
    expect(last.y).toBeCloseTo(y(rows[7]!.actualHoldout), 9);
    // bins stay in the table's order on the axis
    expect(x("0")).toBeLessThan(x("1"));
    expect(x("6")).toBeLessThan(x("7+"));
  });

  it("throws typed errors for bad rows", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => calibrationHoldoutChart([{ ...rows[0]!, actualHoldout: Number.POSITIVE_INFINITY }]),
          "invalid_input",
        ),
      ),
    ).toEqual(["rows[0].actualHoldout"]);
    expectClienteleError(() => calibrationHoldoutChart([]), "insufficient_data");
    expectClienteleError(() => calibrationHoldoutChart(rows, { colors: [] }), "invalid_input");
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(rows);
    calibrationHoldoutChart(rows);
    expect(rows).toEqual(copy);
  });
});
