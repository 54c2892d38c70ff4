import type { SatisfactionChainEquationFit, SatisfactionChainFit } from "../satisfaction/SatisfactionChainFit.ts";
import { type SatisfactionConstruct, satisfactionChainPaths } from "../satisfaction/SatisfactionChainModel.ts";
import { chartSpec, readChartOptions } from "./_internal/chartSpec.ts";
import { type DiagramEdge, type DiagramNode, nodeLinkLayers } from "./_internal/nodeLinkLayers.ts";
import { readFields, readObject, readRecords } from "./_internal/readRecords.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { VegaLiteSpec } from "./VegaLiteSpec.ts";

/** Grid positions of the constructs: antecedents left, overall satisfaction right. */
const PLACES: Readonly<Record<SatisfactionConstruct, readonly [number, number, string]>> = {
  desires: [0, 2, "desires"],
  expectations: [0, 0, "expectations"],
  perceivedPerformance: [1, 1, "perceived\nperformance"],
  desiresCongruency: [2, 2, "desires\ncongruency"],
  expectationsCongruency: [2, 0, "expectations\ncongruency"],
  attributeSatisfaction: [3, 2, "attribute\nsatisfaction"],
  informationSatisfaction: [3, 0, "information\nsatisfaction"],
  overallSatisfaction: [4, 1, "overall\nsatisfaction"],
};

const EQUATIONS = [
  "perceivedPerformance",
  "attributeSatisfaction",
  "informationSatisfaction",
  "overallSatisfaction",
] as const;

/**
 * The satisfaction chain as a path diagram: the eight constructs of Spreng, MacKenzie & Olshavsky
 * (1996) with an arrow for each path, labelled with its estimated coefficient, and each endogenous
 * construct with its R².
 *
 * @remarks
 * Takes the result of `fitSatisfactionChain` (clientele/satisfaction) as it is. The ten paths are
 * `satisfactionChainPaths`; the six estimated by regression carry their coefficient (two decimals, `*`
 * when |t| ≥ 1.96); the four into the congruencies are differences of scale positions, not estimates,
 * and are labelled `Δ`. Layers: `edges` (one rule per path), `edgeLabels`, `nodes` (one label per
 * construct) and `nodeDetails` (R² and n). The first colour of `colors` colours the arrows.
 *
 * @param fit - The result of `fitSatisfactionChain`.
 * @param options - {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad fit (path `fit.equations.overallSatisfaction.coefficients[1].estimate`) or
 *   bad options.
 * @example
 * ```ts
 * import { satisfactionChainChart } from "clientele/charts";
 * import { fitSatisfactionChain, simulateSatisfactionSurvey } from "clientele/satisfaction";
 * const fit = fitSatisfactionChain(simulateSatisfactionSurvey({ respondents: 500, seed: 7 }).responses);
 * const spec = satisfactionChainChart(fit);
 * spec.layer?.length; // => 4   (arrows, their coefficients, constructs, R²)
 * ```
 * @category Relationship views
 */
export function satisfactionChainChart(fit: SatisfactionChainFit, options?: ChartOptions | undefined): VegaLiteSpec {
  const fn = "satisfactionChainChart";
  const f = readObject(fn, fit, ["fit"]);
  const eqs = readObject(fn, f.equations, ["fit", "equations"]);
  const equations = new Map<string, SatisfactionChainEquationFit>();
  for (const outcome of EQUATIONS) {
    const eq = readObject(fn, eqs[outcome], ["fit", "equations", outcome]);
    readRecords(fn, eq.coefficients, ["fit", "equations", outcome, "coefficients"], {
      predictor: "string",
      estimate: "number",
      t: "number|null",
    });
    readFields(fn, eq, ["fit", "equations", outcome], { rSquared: "number|null", n: "number" });
    equations.set(outcome, eq as unknown as SatisfactionChainEquationFit);
  }
  const o = readChartOptions(fn, ChartOptionsSchema, options);
  const nodes: DiagramNode[] = (Object.keys(PLACES) as SatisfactionConstruct[]).map((id) => {
    const [x, y, label] = PLACES[id];
    const eq = equations.get(id);
    const detail = eq === undefined ? "" : eq.rSquared === null ? `n = ${eq.n}` : `R² = ${eq.rSquared.toFixed(2)}`;
    return { id, label, x, y, detail };
  });
  const edges: DiagramEdge[] = satisfactionChainPaths.map(([from, to]) => {
    const c = equations.get(to)?.coefficients.find((k) => k.predictor === from);
    const label = c === undefined ? "Δ" : `${c.estimate.toFixed(2)}${c.t !== null && Math.abs(c.t) >= 1.96 ? "*" : ""}`;
    return { from, to, label };
  });
  const body = nodeLinkLayers(nodes, edges, [-0.5, 4.5], [-0.5, 2.5], o.colors?.[0] ?? "#4c78a8");
  return chartSpec({ ...o, colors: undefined, width: o.width ?? 720 }, "Satisfaction chain: path coefficients", {
    description: `path diagram of the satisfaction chain, ${edges.length} paths between ${nodes.length} constructs`,
    values: [],
    layer: body,
  });
}
