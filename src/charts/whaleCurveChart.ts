import * as z from "zod/mini";
import type { WhaleCurve, WhaleCurvePoint } from "../value/whaleCurve.ts";
import { chartSpec, readChartOptions } from "./_internal/chartSpec.ts";
import { readObject, readRecords } from "./_internal/readRecords.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * Options of {@link whaleCurveChart} ({@link WhaleCurveChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { WhaleCurveChartOptions } from "clientele/charts";
 * const options: WhaleCurveChartOptions = { maxPoints: 200 };
 * ```
 * @category Relationship views
 */
export interface WhaleCurveChartOptions extends ChartOptions {
  /** Most points drawn, an integer in [10, 100,000] (default 1,000): longer curves are thinned, keeping both ends and the peak. */
  readonly maxPoints?: number | undefined;
}

/**
 * Schema of {@link WhaleCurveChartOptions}.
 *
 * @example
 * ```ts
 * import { WhaleCurveChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(WhaleCurveChartOptionsSchema, { maxPoints: 5 }).success; // => false
 * ```
 * @category Relationship views
 */
export const WhaleCurveChartOptionsSchema: z.ZodMiniType<WhaleCurveChartOptions, WhaleCurveChartOptions> =
  /* @__PURE__ */ z.extend(ChartOptionsSchema, {
    maxPoints: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(10), /* @__PURE__ */ z.lte(100_000)),
    ),
  });

/**
 * The whale curve: cumulative share of profit against the share of customers, most profitable first —
 * it climbs above 100% and falls back to it as the unprofitable customers destroy value (Kaplan &
 * Narayanan 2001; Cooper & Kaplan 1991).
 *
 * @remarks
 * Takes the result of `whaleCurve` (clientele/value) as it is. Layers: `curve` (the line), `total` (a
 * horizontal rule at 100% of profit) and `peak` (a point at the top of the curve, labelled with its
 * coordinates). A curve of more than `maxPoints` points is thinned to every k-th point plus the first,
 * the last and the peak, so the spec stays small for any number of customers; the line between kept
 * points is drawn straight (the curve is piecewise linear anyway). The first colour of `colors` colours
 * the curve. O(customers).
 *
 * @param curve - The result of `whaleCurve`.
 * @param options - {@link WhaleCurveChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad curve (path `curve.points[3].profitShare`) or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for a curve without points.
 * @example
 * ```ts
 * import { whaleCurveChart } from "clientele/charts";
 * import { whaleCurve } from "clientele/value";
 * const curve = whaleCurve([
 *   { customerId: "a", profit: 80 }, { customerId: "b", profit: 40 }, { customerId: "c", profit: -20 },
 * ]);
 * whaleCurveChart(curve).data?.values.length; // => 4   (0 and the three customers)
 * ```
 * @category Relationship views
 */
export function whaleCurveChart(curve: WhaleCurve, options?: WhaleCurveChartOptions | undefined): VegaLiteSpec {
  const fn = "whaleCurveChart";
  const c = readObject(fn, curve, ["curve"]);
  const points = readRecords<WhaleCurvePoint>(fn, c.points, ["curve", "points"], {
    customerShare: "number",
    profitShare: "number",
  });
  const o = readChartOptions(fn, WhaleCurveChartOptionsSchema, options);
  const max = o.maxPoints ?? 1000;
  let peak = 0;
  for (let i = 1; i < points.length; i++) if (points[i]!.profitShare > points[peak]!.profitShare) peak = i;
  const step = Math.ceil(points.length / max);
  const values: ChartDatum[] = [];
  for (let i = 0; i < points.length; i++) {
    if (i % step === 0 || i === points.length - 1 || i === peak) {
      const p = points[i]!;
      values.push({ customerShare: p.customerShare, profitShare: p.profitShare });
    }
  }
  const top = points[peak]!;
  const percent = { format: "%" };
  return chartSpec({ ...o, colors: undefined }, "Whale curve: cumulative profit by customers ranked by profit", {
    description: `whale curve of ${points.length - 1} customers; profit peaks at ${(100 * top.profitShare).toFixed(0)}% of the total with the top ${(100 * top.customerShare).toFixed(0)}% of customers`,
    values,
    layer: [
      {
        name: "curve",
        mark: { type: "line", color: o.colors?.[0] ?? "#4c78a8" },
        encoding: {
          x: {
            field: "customerShare",
            type: "quantitative",
            title: "share of customers (most profitable first)",
            axis: percent,
          },
          y: { field: "profitShare", type: "quantitative", title: "cumulative share of profit", axis: percent },
        },
      },
      {
        name: "total",
        data: { values: [{ total: 1 }] },
        mark: { type: "rule", strokeDash: [4, 4], color: "gray" },
        encoding: { y: { field: "total", type: "quantitative" } },
      },
      {
        name: "peak",
        data: {
          values: [
            {
              customerShare: top.customerShare,
              profitShare: top.profitShare,
              label: `${(100 * top.profitShare).toFixed(0)}% of profit from ${(100 * top.customerShare).toFixed(0)}% of customers`,
            },
          ],
        },
        mark: { type: "point", filled: true, size: 60, color: o.colors?.[1] ?? "#e45756" },
        encoding: {
          x: { field: "customerShare", type: "quantitative" },
          y: { field: "profitShare", type: "quantitative" },
          tooltip: { field: "label" },
        },
      },
    ],
  });
}
