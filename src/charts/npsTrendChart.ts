import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import type { AggregateSatisfactionResult, SatisfactionCell } from "../satisfaction/aggregateSatisfaction.ts";
import { chartSpec, readChartOptions, seriesScale } from "./_internal/chartSpec.ts";
import { readFields, readObject, readRecords } from "./_internal/readRecords.ts";
import { throwOutOfRange } from "./_internal/throwOutOfRange.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

/** The label of cells without a segment. */
const ALL = "all customers";

/**
 * The Net Promoter Score over time with its confidence interval, one line per segment.
 *
 * @remarks
 * Takes the result of `aggregateSatisfaction` (clientele/satisfaction) made with a `period` (and
 * optionally `segmentOf`) as it is: each cell with an NPS gives a point at its `periodStart` (layer
 * `line`) and its interval a band (layer `band`); cells without NPS answers have no point. Segments, in
 * the order of the `colors` option, are taken in the order they first appear (`"all customers"` when
 * not segmented). The score axis runs from −100 to 100. O(cells).
 *
 * @param result - The result of `aggregateSatisfaction` with a period and an NPS mapping.
 * @param options - {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a cell without `periodStart` (aggregated without a
 *   period), a bad NPS result (path `result.cells[2].nps.interval.lower`), or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` when no cell has an NPS.
 * @example
 * ```ts
 * import { npsTrendChart } from "clientele/charts";
 * import type { CustomerRecord } from "clientele/customers";
 * import { aggregateSatisfaction } from "clientele/satisfaction";
 * const record = (id: string, answers: [string, number][]): CustomerRecord => ({
 *   customerId: id, transactions: [], interactions: [], serviceFailures: [], complaints: [], incidents: [],
 *   bonds: [], loyaltyEvents: [],
 *   surveyResponses: answers.map(([at, recommend]) => ({
 *     customerId: id, timestamp: new Date(at), instrument: "relationship", scores: { recommend },
 *   })),
 * });
 * const records = [record("a", [["2024-01-15", 10], ["2024-04-02", 6]]), record("b", [["2024-02-01", 9]])];
 * const result = aggregateSatisfaction(records, { nps: { instrument: "relationship", item: "recommend" } }, {
 *   period: { unit: "quarter", timeZone: "UTC" },
 * });
 * npsTrendChart(result).data?.values.length; // => 2   (two quarters)
 * ```
 * @category Relationship views
 */
export function npsTrendChart(result: AggregateSatisfactionResult, options?: ChartOptions | undefined): VegaLiteSpec {
  const fn = "npsTrendChart";
  const r = readObject(fn, result, ["result"]);
  const cells = readRecords<SatisfactionCell>(fn, r.cells, ["result", "cells"], {}, 0);
  const o = readChartOptions(fn, ChartOptionsSchema, options);
  const values: ChartDatum[] = [];
  cells.forEach((cell, i) => {
    if (cell.nps === undefined) return;
    if (typeof cell.periodStart !== "string") {
      throwOutOfRange(
        fn,
        ["result", "cells", i, "periodStart"],
        cell.periodStart,
        "a period start (aggregate with a period)",
      );
    }
    const path = ["result", "cells", i, "nps"];
    const nps = readFields<{ score: number; n: number }>(fn, cell.nps, path, { score: "number", n: "number" });
    const interval = readFields<{ lower: number; upper: number; level: number }>(
      fn,
      cell.nps.interval,
      [...path, "interval"],
      {
        lower: "number",
        upper: "number",
        level: "number",
      },
    );
    const segment = typeof cell.segment === "string" ? cell.segment : ALL;
    values.push({
      period: cell.periodStart,
      segment,
      score: nps.score,
      lower: interval.lower,
      upper: interval.upper,
      n: nps.n,
      level: interval.level,
    });
  });
  if (values.length === 0) {
    throw new ClienteleDomainError("insufficient_data", `${fn}: no cell has an NPS`, {
      issues: [{ code: "insufficient_data", path: ["result", "cells"], message: "no cell has an NPS" }],
    });
  }
  const segments = [...new Set(values.map((v) => v.segment as string))];
  const x = { field: "period", type: "temporal", title: null };
  const color = {
    field: "segment",
    type: "nominal",
    scale: seriesScale(segments),
    title: null,
    ...(segments.length === 1 ? { legend: null } : {}),
  };
  const level = values[0]!.level as number;
  return chartSpec(o, "Net Promoter Score over time", {
    description: `NPS of ${segments.length} segment(s) over ${new Set(values.map((v) => v.period)).size} periods with ${(100 * level).toFixed(0)}% intervals`,
    values,
    layer: [
      {
        name: "band",
        mark: { type: "area", opacity: 0.2 },
        encoding: {
          x,
          y: { field: "lower", type: "quantitative", scale: { domain: [-100, 100] }, title: "NPS" },
          y2: { field: "upper" },
          color,
        },
      },
      {
        name: "line",
        mark: { type: "line", point: true },
        encoding: {
          x,
          y: { field: "score", type: "quantitative" },
          color,
          tooltip: [
            { field: "period" },
            { field: "segment" },
            { field: "score", format: ".1f" },
            { field: "lower", format: ".1f" },
            { field: "upper", format: ".1f" },
            { field: "n" },
          ],
        },
      },
    ],
  });
}
