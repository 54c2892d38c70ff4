import type { RfmScore, RfmScoring } from "../rfm/scoreRfm.ts";
import { chartSpec, readChartOptions } from "./_internal/chartSpec.ts";
import { readObject, readRecords } from "./_internal/readRecords.ts";
import { throwOutOfRange } from "./_internal/throwOutOfRange.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

const SCORE_FIELDS = { recencyScore: "number", frequencyScore: "number" } as const;

/** The label of customers outside every segment. */
const UNSEGMENTED = "(none)";

/**
 * The RFM segment map: the 5 × 5 grid of recency score (columns) by frequency score (rows), each cell
 * coloured by the segment most of its customers fall in and labelled with its number of customers.
 *
 * @remarks
 * Takes the result of `scoreRfm` (clientele/rfm) as it is and aggregates it: one rect (layer `cells`) and
 * one count (layer `counts`) per (R, F) pair that has customers, so the spec stays small for any number
 * of customers. A cell's segment is the most common among its customers (ties: alphabetical order),
 * `"(none)"` for customers outside every segment; the tooltip gives the cell's mean monetary score. The
 * `colors` option colours the segments in order of first appearance. O(customers).
 *
 * @param scoring - The result of `scoreRfm`.
 * @param options - {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row (path `scoring.rows[3].recencyScore`, a
 *   score outside 1…5) or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no rows.
 * @example
 * ```ts
 * import { rfmSegmentChart } from "clientele/charts";
 * import { scoreRfm } from "clientele/rfm";
 * const scoring = scoreRfm([
 *   { customerId: "a", frequency: 6, recency: 37, T: 38, monetaryValue: 40 },
 *   { customerId: "b", frequency: 0, recency: 0, T: 30, monetaryValue: 0 },
 *   { customerId: "c", frequency: 2, recency: 10, T: 38, monetaryValue: 25 },
 * ]);
 * rfmSegmentChart(scoring).data?.values.length; // => 3   (three occupied cells)
 * ```
 * @category Model checks
 */
export function rfmSegmentChart(scoring: RfmScoring, options?: ChartOptions | undefined): VegaLiteSpec {
  const fn = "rfmSegmentChart";
  const s = readObject(fn, scoring, ["scoring"]);
  const rows = readRecords<RfmScore>(fn, s.rows, ["scoring", "rows"], SCORE_FIELDS);
  const o = readChartOptions(fn, ChartOptionsSchema, options);
  // cell index (r − 1) × 5 + (f − 1) → customers, monetary-score sum, segment counts
  const customers = new Float64Array(25);
  const monetary = new Float64Array(25);
  const segments: Map<string, number>[] = Array.from({ length: 25 }, () => new Map());
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const r = row.recencyScore;
    const f = row.frequencyScore;
    if (!(Number.isInteger(r) && r >= 1 && r <= 5))
      throwOutOfRange(fn, ["scoring", "rows", i, "recencyScore"], r, "an integer score 1…5");
    if (!(Number.isInteger(f) && f >= 1 && f <= 5))
      throwOutOfRange(fn, ["scoring", "rows", i, "frequencyScore"], f, "an integer score 1…5");
    const segment = typeof row.segment === "string" ? row.segment : UNSEGMENTED;
    const key = (r - 1) * 5 + (f - 1);
    customers[key]!++;
    const m = row.monetaryScore;
    if (typeof m === "number" && Number.isFinite(m)) monetary[key]! += m;
    const counts = segments[key]!;
    counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  const values: ChartDatum[] = [];
  for (let key = 0; key < 25; key++) {
    const n = customers[key]!;
    if (n === 0) continue;
    let segment = "";
    let most = -1;
    for (const [name, count] of [...segments[key]!].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
      if (count > most) {
        most = count;
        segment = name;
      }
    }
    values.push({
      recencyScore: Math.floor(key / 5) + 1,
      frequencyScore: (key % 5) + 1,
      customers: n,
      segment,
      meanMonetaryScore: monetary[key]! / n,
    });
  }
  const segmentOrder = [...new Set(values.map((v) => v.segment as string))];
  const axis = { labelAngle: 0 };
  return chartSpec(o, "RFM segments by recency and frequency score", {
    description: `${rows.length} customers in ${values.length} cells of recency score by frequency score, coloured by segment`,
    values,
    layer: [
      {
        name: "cells",
        mark: { type: "rect", stroke: "white" },
        encoding: {
          x: {
            field: "recencyScore",
            type: "ordinal",
            scale: { domain: [1, 2, 3, 4, 5] },
            title: "recency score (5 = most recent)",
            axis,
          },
          y: {
            field: "frequencyScore",
            type: "ordinal",
            scale: { domain: [5, 4, 3, 2, 1] },
            title: "frequency score",
            axis,
          },
          color: { field: "segment", type: "nominal", scale: { domain: segmentOrder }, title: "segment" },
          tooltip: [
            { field: "segment" },
            { field: "recencyScore" },
            { field: "frequencyScore" },
            { field: "customers" },
            { field: "meanMonetaryScore", format: ".2f" },
          ],
        },
      },
      {
        name: "counts",
        mark: { type: "text", color: "black" },
        encoding: {
          x: { field: "recencyScore", type: "ordinal", scale: { domain: [1, 2, 3, 4, 5] } },
          y: { field: "frequencyScore", type: "ordinal", scale: { domain: [5, 4, 3, 2, 1] } },
          text: { field: "customers", type: "quantitative" },
        },
      },
    ],
  });
}
