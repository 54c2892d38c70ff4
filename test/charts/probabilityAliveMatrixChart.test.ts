import { describe, expect, it } from "vitest";
import { probabilityAliveMatrixChart } from "../../src/charts/probabilityAliveMatrixChart.ts";
import { probabilityAlive } from "../../src/clv/predictions/probabilityAlive.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../_helpers/loadCdnowHoldout.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("probabilityAliveMatrixChart", () => {
  const { fit } = loadCdnowHoldout();

  it("draws 1 + maxFrequency × recencyCells rects for CDNOW's BG/NBD fit, each at P(alive) of its cell centre", async () => {
    const spec = probabilityAliveMatrixChart(fit, { T: 39, maxFrequency: 20, recencyCells: 39, timeLabel: "weeks" });
    const chart = await renderChart(spec);
    const cells = chart.items("cells");
    expect(cells).toHaveLength(1 + 20 * 39);
    const x = chart.view.scale("x") as (v: number) => number;
    const cell = cells.find((c) => c.datum?.frequency === 5 && c.datum?.recencyFrom === 10)!;
    expect(cell.x).toBeCloseTo(x(10), 9);
    expect(cell.x2 ?? cell.x! + cell.width!).toBeCloseTo(x(11), 9);
    expect(cell.datum?.value).toBeCloseTo(probabilityAlive(fit, { frequency: 5, recency: 10.5, T: 39 }), 12);
    // frequency 0 is one cell at recency 0, where the BG/NBD gives P(alive) = 1
    const zero = cells.filter((c) => c.datum?.frequency === 0);
    expect(zero).toHaveLength(1);
    expect(zero[0]!.datum?.value).toBe(1);
    // a later last purchase means a likelier active customer (same frequency)
    const row = cells.filter((c) => c.datum?.frequency === 5).map((c) => c.datum?.value as number);
    expect(row.every((v, i) => i === 0 || v >= row[i - 1]!)).toBe(true);
  });

  it("throws typed errors for a bad fit or grid", () => {
    expect(
      issuePaths(
        expectClienteleError(() => probabilityAliveMatrixChart(fit, { T: 0, maxFrequency: 3 }), "invalid_input"),
      ),
    ).toEqual(["options.T"]);
    expectClienteleError(() => probabilityAliveMatrixChart(fit, { T: 39 } as never), "invalid_input");
    expectClienteleError(
      () => probabilityAliveMatrixChart({ model: "bg-nbd" } as never, { T: 39, maxFrequency: 3 }),
      "invalid_input",
    );
  });
});
