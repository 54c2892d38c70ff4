import { describe, expect, it } from "vitest";
import { repurchaseTreeChart } from "../../src/charts/repurchaseTreeChart.ts";
import { tarpRepurchaseTree } from "../../src/complaints/tarpRepurchaseTree.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";

describe("repurchaseTreeChart", () => {
  const tree = tarpRepurchaseTree("major", {
    failure: 0.2,
    complained: 0.5,
    outcomes: { resolvedQuickly: 0.4, resolved: 0.4, unresolved: 0.2 },
    noFailureRate: 0.9,
  });

  it("draws TARP's tree: 8 groups, 7 branches labelled with their shares, leaves with their repurchase rates", async () => {
    const chart = await renderChart(repurchaseTreeChart(tree));
    expect(chart.items("nodes")).toHaveLength(8);
    expect(chart.items("edges")).toHaveLength(7);
    const edgeText = (to: string) => chart.items("edgeLabels").find((l) => l.datum?.to === to)!.text;
    expect(edgeText("failure")).toBe("20%");
    expect(edgeText("complained")).toBe("50%");
    expect(edgeText("unresolved")).toBe("20%");
    const detail = (id: string) => chart.items("nodeDetails").find((n) => n.datum?.id === id)!.text;
    expect(detail("resolvedQuickly")).toBe(
      `repurchase ${(100 * tree.failure.complained.resolvedQuickly.repurchaseRate!).toFixed(0)}%`,
    );
    expect(detail("noFailure")).toBe("repurchase 90%");
  });

  it("validates the tree with the complaints schema", () => {
    const bad = { ...tree, failure: { ...tree.failure, share: 2 } };
    expect(issuePaths(expectClienteleError(() => repurchaseTreeChart(bad), "invalid_input"))).toContain(
      "tree.failure.share",
    );
  });
});
