import { type RepurchaseTree, RepurchaseTreeSchema } from "../complaints/RepurchaseTreeSchema.ts";
import { parseInput } from "../schema/parseInput.ts";
import { chartSpec, readChartOptions } from "./_internal/chartSpec.ts";
import { type DiagramEdge, type DiagramNode, nodeLinkLayers } from "./_internal/nodeLinkLayers.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { VegaLiteSpec } from "./VegaLiteSpec.ts";

/** "42%" for a share, "–" when unknown. */
function percent(v: number | null): string {
  return v === null ? "–" : `${(100 * v).toFixed(0)}%`;
}

/**
 * The repurchase-intention tree of TARP (Goodman 1999): customers with and without a problem, those who
 * did and did not complain, and how the complaint ended, each branch with its share and each leaf with
 * its repurchase rate.
 *
 * @remarks
 * Takes a `RepurchaseTree` (clientele/complaints: from `tarpRepurchaseTree` or `estimateRepurchaseTree`'s
 * `tree`) as it is. Drawn left to right: the customer base, then no problem / problem, then did not
 * complain / complained, then resolved quickly / resolved / unresolved. Edges carry the branch's share
 * of its parent; leaves carry `repurchase 42%` (`–` where the rate is unknown). Layers: `edges` (7
 * rules), `edgeLabels`, `nodes` (8 labels) and `nodeDetails`. The first colour of `colors` colours the
 * edges.
 *
 * @param tree - A repurchase tree.
 * @param options - {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad tree (path `tree.failure.share`) or bad options.
 * @example
 * ```ts
 * import { repurchaseTreeChart } from "clientele/charts";
 * import { tarpRepurchaseTree } from "clientele/complaints";
 * const tree = tarpRepurchaseTree("major", {
 *   failure: 0.2, complained: 0.5, outcomes: { resolvedQuickly: 0.4, resolved: 0.4, unresolved: 0.2 },
 *   noFailureRate: 0.9,
 * });
 * repurchaseTreeChart(tree).layer?.length; // => 4
 * ```
 * @category Relationship views
 */
export function repurchaseTreeChart(tree: RepurchaseTree, options?: ChartOptions | undefined): VegaLiteSpec {
  const fn = "repurchaseTreeChart";
  const t = parseInput(fn, RepurchaseTreeSchema, tree, ["tree"]);
  const o = readChartOptions(fn, ChartOptionsSchema, options);
  const c = t.failure.complained;
  const nodes: DiagramNode[] = [
    { id: "all", label: "customers", x: 0, y: 2, detail: "" },
    { id: "noFailure", label: "no problem", x: 1, y: 3.5, detail: `repurchase ${percent(t.noFailure.repurchaseRate)}` },
    { id: "failure", label: "problem", x: 1, y: 1.5, detail: "" },
    {
      id: "notComplained",
      label: "did not complain",
      x: 2,
      y: 2.5,
      detail: `repurchase ${percent(t.failure.notComplained.repurchaseRate)}`,
    },
    { id: "complained", label: "complained", x: 2, y: 1, detail: "" },
    {
      id: "resolvedQuickly",
      label: "resolved quickly",
      x: 3,
      y: 2,
      detail: `repurchase ${percent(c.resolvedQuickly.repurchaseRate)}`,
    },
    { id: "resolved", label: "resolved", x: 3, y: 1, detail: `repurchase ${percent(c.resolved.repurchaseRate)}` },
    { id: "unresolved", label: "unresolved", x: 3, y: 0, detail: `repurchase ${percent(c.unresolved.repurchaseRate)}` },
  ];
  const edges: DiagramEdge[] = [
    { from: "all", to: "noFailure", label: percent(t.noFailure.share) },
    { from: "all", to: "failure", label: percent(t.failure.share) },
    { from: "failure", to: "notComplained", label: percent(t.failure.notComplained.share) },
    { from: "failure", to: "complained", label: percent(c.share) },
    { from: "complained", to: "resolvedQuickly", label: percent(c.resolvedQuickly.share) },
    { from: "complained", to: "resolved", label: percent(c.resolved.share) },
    { from: "complained", to: "unresolved", label: percent(c.unresolved.share) },
  ];
  return chartSpec({ ...o, colors: undefined, width: o.width ?? 640 }, "Repurchase intention by complaint outcome", {
    description: "repurchase-intention tree: problem, complaint and resolution shares with repurchase rates",
    values: [],
    layer: nodeLinkLayers(nodes, edges, [-0.4, 3.6], [-0.5, 4], o.colors?.[0] ?? "#4c78a8"),
  });
}
