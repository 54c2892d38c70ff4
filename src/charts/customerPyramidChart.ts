import type { CustomerPyramid, PyramidTierSummary } from "../value/customerPyramid.ts";
import { chartSpec, readChartOptions, seriesScale } from "./_internal/chartSpec.ts";
import { readObject, readRecords } from "./_internal/readRecords.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * The customer pyramid: platinum, gold, iron and lead tiers (Zeithaml, Rust & Lemon 2001), one centred bar
 * per tier as wide as its number of customers, labelled with its share of customers and of profit.
 *
 * @remarks
 * Takes the result of `customerPyramid` (clientele/value) as it is. The tiers are drawn top to bottom in
 * the result's order (platinum first), each a bar from −customers/2 to +customers/2 (layer `tiers`) with
 * a label (layer `labels`: `12% of customers, 61% of profit`). The `colors` option colours the tiers in
 * that order. O(tiers).
 *
 * @param pyramid - The result of `customerPyramid`.
 * @param options - {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad pyramid (path `pyramid.tiers[1].customers`) or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for a pyramid without tiers.
 * @example
 * ```ts
 * import { customerPyramidChart } from "clientele/charts";
 * import { customerPyramid } from "clientele/value";
 * const pyramid = customerPyramid(
 *   Array.from({ length: 100 }, (_, i) => ({ customerId: `c${i}`, profit: 100 - i })),
 * );
 * customerPyramidChart(pyramid).data?.values.length; // => 4
 * ```
 * @see {@link whaleCurveChart}
 * @category Relationship views
 */
export function customerPyramidChart(pyramid: CustomerPyramid, options?: ChartOptions | undefined): VegaLiteSpec {
  const fn = "customerPyramidChart";
  const p = readObject(fn, pyramid, ["pyramid"]);
  const tiers = readRecords<PyramidTierSummary>(fn, p.tiers, ["pyramid", "tiers"], {
    tier: "string",
    customers: "number",
    customerShare: "number",
    profit: "number",
    profitShare: "number?",
  });
  const o = readChartOptions(fn, ChartOptionsSchema, options);
  const values: ChartDatum[] = tiers.map((t) => ({
    tier: t.tier,
    customers: t.customers,
    left: -t.customers / 2,
    right: t.customers / 2,
    profit: t.profit,
    label: `${(100 * t.customerShare).toFixed(0)}% of customers${
      t.profitShare === undefined ? "" : `, ${(100 * t.profitShare).toFixed(0)}% of profit`
    }`,
  }));
  const order = tiers.map((t) => t.tier);
  const y = { field: "tier", type: "ordinal", sort: order, title: null, axis: { labelAngle: 0 } };
  return chartSpec(o, "Customer pyramid", {
    description: `customer pyramid of ${tiers.length} tiers: ${values.map((v) => `${v.tier} ${v.customers}`).join(", ")}`,
    values,
    layer: [
      {
        name: "tiers",
        mark: { type: "bar" },
        encoding: {
          y,
          x: { field: "left", type: "quantitative", axis: null },
          x2: { field: "right" },
          color: { field: "tier", type: "nominal", scale: seriesScale(order), legend: null },
          tooltip: [{ field: "tier" }, { field: "customers" }, { field: "profit", format: ",.2f" }, { field: "label" }],
        },
      },
      {
        name: "labels",
        mark: { type: "text", align: "left", dx: 4 },
        encoding: { y, x: { field: "right", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  });
}
