import { describe, expect, it } from "vitest";
import { probabilityAliveHistoryChart } from "../../src/charts/probabilityAliveHistoryChart.ts";
import { probabilityAliveHistory } from "../../src/clv/predictions/probabilityAliveHistory.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../_helpers/loadCdnowHoldout.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("probabilityAliveHistoryChart", () => {
  const { fit } = loadCdnowHoldout();
  // a CDNOW-like customer: purchases in weeks 0, 3, 8 and 12, watched weekly to week 39
  const purchaseTimes = [0, 3, 8, 12];
  const at = Array.from({ length: 40 }, (_, k) => k);
  const probabilities = probabilityAliveHistory(fit, purchaseTimes, { at });

  it("draws one point per time at its P(alive), and a rule at each purchase", async () => {
    const chart = await renderChart(
      probabilityAliveHistoryChart({ at, probabilityAlive: probabilities, purchaseTimes }, { timeLabel: "week" }),
    );
    const points = chart.items("history").filter((i) => i.datum !== undefined && "probabilityAlive" in i.datum);
    expect(points).toHaveLength(40);
    const y = chart.view.scale("y") as (v: number) => number;
    const x = chart.view.scale("x") as (v: number) => number;
    const week20 = points.find((p) => p.datum?.time === 20 && p.x !== undefined)!;
    expect(week20.y).toBeCloseTo(y(probabilities[20]!), 9);
    const rules = chart.items("purchases");
    expect(rules.map((r) => r.x)).toEqual(purchaseTimes.map((t) => x(t)));
  });

  it("throws typed errors for bad histories", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => probabilityAliveHistoryChart({ at: [1, 2], probabilityAlive: [0.5, 1.5] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["history.probabilityAlive[1]"]);
    expectClienteleError(() => probabilityAliveHistoryChart({ at: [1, 2], probabilityAlive: [0.5] }), "invalid_input");
    expectClienteleError(() => probabilityAliveHistoryChart({ at: [], probabilityAlive: [] }), "insufficient_data");
    expectClienteleError(
      () => probabilityAliveHistoryChart({ at: [Number.NaN], probabilityAlive: [1] }),
      "invalid_input",
    );
  });
});
