import type { BucketPeriod, LeakyBucket } from "../value/leakyBucket.ts";
import { chartSpec, readChartOptions, seriesScale } from "./_internal/chartSpec.ts";
import { readFields, readObject, readRecords } from "./_internal/readRecords.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * The leaky bucket over periods: customers acquired (bars up) and lost (bars down) in each period, and
 * the customer base at its end (a line), with the steady state the base tends to (a rule).
 *
 * @remarks
 * Takes the result of `leakyBucket` (clientele/value) as it is (its `flows`, all segments together).
 * Series of the bars, in the order of the `colors` option: `"acquired"` and `"churned"` (layer `flows`,
 * two bars per period after period 0); the base is layer `base` (one point per period, period 0 the
 * initial base) and the steady state layer `steadyState`. O(periods).
 *
 * @param bucket - The result of `leakyBucket`.
 * @param options - {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad result (path `bucket.flows[2].base`) or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for a result without flows.
 * @example
 * ```ts
 * import { leakyBucketChart } from "clientele/charts";
 * import { leakyBucket } from "clientele/value";
 * const bucket = leakyBucket({ initialBase: 1000, acquisition: 150, retention: 0.8, periods: 10 });
 * leakyBucketChart(bucket).layer?.length; // => 3   (flows, base, steady state)
 * ```
 * @category Relationship views
 */
export function leakyBucketChart(bucket: LeakyBucket, options?: ChartOptions | undefined): VegaLiteSpec {
  const fn = "leakyBucketChart";
  const b = readObject(fn, bucket, ["bucket"]);
  const flows = readRecords<BucketPeriod>(fn, b.flows, ["bucket", "flows"], {
    period: "number",
    churned: "number",
    acquired: "number",
    base: "number",
  });
  const steady = readFields<{ steadyState: number }>(fn, b, ["bucket"], { steadyState: "number" }).steadyState;
  const o = readChartOptions(fn, ChartOptionsSchema, options);
  const values: ChartDatum[] = [];
  for (const f of flows) {
    values.push({ period: f.period, series: "base", customers: f.base });
    if (f.period === 0) continue;
    values.push({ period: f.period, series: "acquired", customers: f.acquired });
    values.push({ period: f.period, series: "churned", customers: -f.churned });
  }
  const x = { field: "period", type: "ordinal", title: "period", axis: { labelAngle: 0 } };
  const y = { field: "customers", type: "quantitative", title: "customers" };
  return chartSpec(o, "Leaky bucket: customers won, lost and kept", {
    description: `customers acquired, lost and the base over ${flows.length - 1} periods; steady state ${steady.toFixed(0)}`,
    values,
    layer: [
      {
        name: "flows",
        transform: [{ filter: "datum.series !== 'base'" }],
        mark: { type: "bar" },
        encoding: {
          x,
          y,
          color: { field: "series", type: "nominal", scale: seriesScale(["acquired", "churned"]), title: null },
        },
      },
      {
        name: "base",
        transform: [{ filter: "datum.series === 'base'" }],
        mark: { type: "line", point: true, color: "black" },
        encoding: { x, y },
      },
      {
        name: "steadyState",
        data: { values: [{ steadyState: steady }] },
        mark: { type: "rule", strokeDash: [4, 4], color: "gray" },
        encoding: { y: { field: "steadyState", type: "quantitative" } },
      },
    ],
  });
}
