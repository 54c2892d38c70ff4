import { describe, expect, it } from "vitest";
import { GAP } from "../../src/charts/_internal/nodeLinkLayers.ts";
import { satisfactionChainChart } from "../../src/charts/satisfactionChainChart.ts";
import { fitSatisfactionChain } from "../../src/satisfaction/fitSatisfactionChain.ts";
import { satisfactionChainPaths } from "../../src/satisfaction/SatisfactionChainModel.ts";
import { simulateSatisfactionSurvey } from "../../src/satisfaction/simulateSatisfactionSurvey.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("satisfactionChainChart", () => {
  const fit = fitSatisfactionChain(simulateSatisfactionSurvey({ respondents: 1000, seed: 7 }).responses);

  it("draws the 10 paths between the 8 constructs, each estimated path labelled with its coefficient", async () => {
    const chart = await renderChart(satisfactionChainChart(fit));
    const edges = chart.items("edges");
    expect(edges).toHaveLength(satisfactionChainPaths.length);
    expect(chart.items("nodes")).toHaveLength(8);
    const labels = chart.items("edgeLabels");
    const overallFromAttribute = labels.find(
      (l) => l.datum?.from === "attributeSatisfaction" && l.datum?.to === "overallSatisfaction",
    )!;
    const estimate = fit.equations.overallSatisfaction.coefficients.find(
      (c) => c.predictor === "attributeSatisfaction",
    )!.estimate;
    expect(overallFromAttribute.text).toBe(`${estimate.toFixed(2)}*`);
    expect(labels.filter((l) => l.text === "Δ")).toHaveLength(4);
    // each arrow lies on the segment from its source node to its target node, stopping short of both
    const nodes = chart.items("nodes");
    for (const e of edges) {
      const from = nodes.find((n) => n.datum?.id === e.datum?.from)!;
      const to = nodes.find((n) => n.datum?.id === e.datum?.to)!;
      expect(e.x).toBeCloseTo(from.x! + GAP * (to.x! - from.x!), 6);
      expect(e.y).toBeCloseTo(from.y! + GAP * (to.y! - from.y!), 6);
      expect(e.x2).toBeCloseTo(to.x! - GAP * (to.x! - from.x!), 6);
      expect(e.y2).toBeCloseTo(to.y! - GAP * (to.y! - from.y!), 6);
    }
    const details = chart.items("nodeDetails").map((d) => d.text);
    expect(details).toContain(`R² = ${fit.equations.overallSatisfaction.rSquared!.toFixed(2)}`);
  });

  it("throws typed errors for a bad fit", () => {
    const bad = {
      ...fit,
      equations: {
        ...fit.equations,
        overallSatisfaction: {
          ...fit.equations.overallSatisfaction,
          coefficients: [{ predictor: "intercept", estimate: Number.NaN, standardError: 1, t: null }],
        },
      },
    };
    expectClienteleError(() => satisfactionChainChart(bad as never), "invalid_input");
    expectClienteleError(() => satisfactionChainChart({} as never), "invalid_input");
  });
});
