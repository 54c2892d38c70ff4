import * as z from "zod/mini";
import type { CohortCell, CohortRetentionTable, CohortRow } from "../retention/cohortRetentionTable.ts";
import { chartSpec, readChartOptions } from "./_internal/chartSpec.ts";
import { readObject, readRecords } from "./_internal/readRecords.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * Options of {@link cohortRetentionChart} ({@link CohortRetentionChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { CohortRetentionChartOptions } from "clientele/charts";
 * const options: CohortRetentionChartOptions = { measure: "retention" };
 * ```
 * @category Model checks
 */
export interface CohortRetentionChartOptions extends ChartOptions {
  /**
   * `"retained"` (share of the cohort active, the cells' `retained`; default) or `"retention"` (share of the
   * previous period's actives still active, the cells' `retention`; cells where it is `null` are left blank).
   */
  readonly measure?: "retained" | "retention" | undefined;
}

/**
 * Schema of {@link CohortRetentionChartOptions}.
 *
 * @example
 * ```ts
 * import { CohortRetentionChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(CohortRetentionChartOptionsSchema, { measure: "retained" }).success; // => true
 * ```
 * @category Model checks
 */
export const CohortRetentionChartOptionsSchema: z.ZodMiniType<
  CohortRetentionChartOptions,
  CohortRetentionChartOptions
> = /* @__PURE__ */ z.extend(ChartOptionsSchema, {
  measure: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["retained", "retention"])),
});

const ROW_FIELDS = { cohort: "string", size: "number" } as const;
const CELL_FIELDS = { period: "number", active: "number", retained: "number", retention: "number|null" } as const;

/**
 * The cohort triangle: one row per acquisition cohort, one column per period since acquisition, each cell
 * coloured by the share of the cohort still active (or by the period's retention rate).
 *
 * @remarks
 * Takes the result of `cohortRetentionTable` (clientele/retention) as it is, from transactions or
 * subscriptions. One rect per cell (layer `cells`), cohorts oldest at the top; the colour scale runs
 * from 0 to 1 (the `colors` option, if given, is its colour ramp). O(cells).
 *
 * @param table - The result of `cohortRetentionTable`.
 * @param options - {@link CohortRetentionChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad table (path `table.cohorts[2].cells[0].retained`) or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for a table without cohorts.
 * @example
 * ```ts
 * import { cohortRetentionChart } from "clientele/charts";
 * import { cohortRetentionTable } from "clientele/retention";
 * const table = cohortRetentionTable(
 *   { subscriptions: [
 *     { customerId: "a", start: "2024-01-05", end: "2024-03-20" },
 *     { customerId: "b", start: "2024-01-10" },
 *     { customerId: "c", start: "2024-02-02", end: "2024-02-25" },
 *   ] },
 *   { asOf: "2024-04-30", period: "month" },
 * );
 * cohortRetentionChart(table).data?.values.length; // => 7   (January: 4 months, February: 3)
 * ```
 * @see {@link retentionTrackingChart}
 * @category Model checks
 */
export function cohortRetentionChart(
  table: CohortRetentionTable,
  options?: CohortRetentionChartOptions | undefined,
): VegaLiteSpec {
  const fn = "cohortRetentionChart";
  const t = readObject(fn, table, ["table"]);
  const cohorts = readRecords<CohortRow>(fn, t.cohorts, ["table", "cohorts"], ROW_FIELDS);
  const o = readChartOptions(fn, CohortRetentionChartOptionsSchema, options);
  const retention = o.measure === "retention";
  const values: ChartDatum[] = [];
  cohorts.forEach((row, i) => {
    const cells = readRecords<CohortCell>(fn, row.cells, ["table", "cohorts", i, "cells"], CELL_FIELDS, 0);
    for (const cell of cells) {
      const value = retention ? cell.retention : cell.retained;
      if (value === null) continue;
      values.push({ cohort: row.cohort, size: row.size, period: cell.period, active: cell.active, value });
    }
  });
  const scale: Record<string, readonly (number | string)[]> = { domain: [0, 1] };
  if (o.colors !== undefined && o.colors.length >= 2) scale.range = o.colors;
  const label = retention ? "retention rate" : "share of the cohort active";
  const unit = typeof t.period === "string" ? t.period : "period";
  return chartSpec(
    { ...o, colors: undefined },
    retention ? "Retention rate by cohort" : "Share of each cohort still active",
    {
      description: `${label} of ${cohorts.length} cohorts by ${unit}s since acquisition`,
      values,
      layer: [
        {
          name: "cells",
          mark: { type: "rect" },
          encoding: {
            x: { field: "period", type: "ordinal", title: `${unit}s since acquisition`, axis: { labelAngle: 0 } },
            y: { field: "cohort", type: "ordinal", sort: cohorts.map((c) => c.cohort), title: "cohort" },
            color: { field: "value", type: "quantitative", title: label, scale },
            tooltip: [
              { field: "cohort" },
              { field: "size" },
              { field: "period" },
              { field: "active" },
              { field: "value", title: label, format: ".1%" },
            ],
          },
        },
      ],
    },
  );
}
