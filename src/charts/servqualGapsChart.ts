import type { ServqualGapsResult, ServqualItemGap } from "../satisfaction/servqualGaps.ts";
import { type ServqualDimension, servqualDimensions } from "../satisfaction/servqualItems.ts";
import { chartSpec, readChartOptions } from "./_internal/chartSpec.ts";
import { readObject, readRecords } from "./_internal/readRecords.ts";
import { throwOutOfRange } from "./_internal/throwOutOfRange.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * SERVQUAL gaps by dimension: perception minus expectation for tangibles, reliability, responsiveness,
 * assurance and empathy (Parasuraman, Zeithaml & Berry 1988) — a bar per dimension, below zero where
 * the service falls short, with each item's gap as a tick.
 *
 * @remarks
 * Takes the result of `servqualGaps` (clientele/satisfaction) as it is. Layers: `dimensions` (five
 * bars, the `byDimension` gaps), `items` (one tick per item, its `gap`), `zero` (a rule at 0). Bars below
 * zero take the first colour of `colors`, those above the second. O(items).
 *
 * @param result - The result of `servqualGaps`.
 * @param options - {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad result (path `result.byDimension.empathy`) or bad options.
 * @example
 * ```ts
 * import { servqualGapsChart } from "clientele/charts";
 * import { servqualGaps } from "clientele/satisfaction";
 * const result = servqualGaps([
 *   { expectations: new Array(22).fill(6), perceptions: new Array(22).fill(5) },
 *   { expectations: new Array(22).fill(7), perceptions: new Array(22).fill(6) },
 * ]);
 * servqualGapsChart(result).data?.values.length; // => 5   (one bar per dimension)
 * ```
 * @category Relationship views
 */
export function servqualGapsChart(result: ServqualGapsResult, options?: ChartOptions | undefined): VegaLiteSpec {
  const fn = "servqualGapsChart";
  const r = readObject(fn, result, ["result"]);
  const byDimension = readObject(fn, r.byDimension, ["result", "byDimension"]);
  const items = readRecords<ServqualItemGap>(
    fn,
    r.items,
    ["result", "items"],
    { item: "number", dimension: "string", gap: "number" },
    0,
  );
  const o = readChartOptions(fn, ChartOptionsSchema, options);
  const order: ServqualDimension[] = servqualDimensions.map((d) => d.dimension);
  const values: ChartDatum[] = order.map((dimension) => {
    const gap = byDimension[dimension];
    if (typeof gap !== "number" || !Number.isFinite(gap))
      throwOutOfRange(fn, ["result", "byDimension", dimension], gap, "finite number");
    return { dimension, gap, shortfall: gap < 0 };
  });
  items.forEach((item, i) => {
    if (!order.includes(item.dimension))
      throwOutOfRange(fn, ["result", "items", i, "dimension"], item.dimension, order.join(" | "));
  });
  const x = { field: "dimension", type: "nominal", sort: order, title: null, axis: { labelAngle: 0 } };
  const y = { field: "gap", type: "quantitative", title: "gap: perception − expectation" };
  return chartSpec({ ...o, colors: undefined }, "SERVQUAL gaps by dimension", {
    description: `SERVQUAL gaps: ${values.map((v) => `${v.dimension} ${(v.gap as number).toFixed(2)}`).join(", ")}`,
    values,
    layer: [
      {
        name: "dimensions",
        mark: { type: "bar" },
        encoding: {
          x,
          y,
          color: {
            field: "shortfall",
            type: "nominal",
            scale: { domain: [true, false], range: [o.colors?.[0] ?? "#e45756", o.colors?.[1] ?? "#54a24b"] },
            legend: null,
          },
          tooltip: [{ field: "dimension" }, { field: "gap", format: ".2f" }],
        },
      },
      {
        name: "items",
        data: { values: items.map((it) => ({ dimension: it.dimension, item: it.item, gap: it.gap })) },
        mark: { type: "tick", color: "black", thickness: 1 },
        encoding: { x, y, tooltip: [{ field: "item" }, { field: "gap", format: ".2f" }] },
      },
      {
        name: "zero",
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: "gray" },
        encoding: { y: { field: "zero", type: "quantitative" } },
      },
    ],
  });
}
