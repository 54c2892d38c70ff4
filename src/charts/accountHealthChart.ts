import * as z from "zod/mini";
import type { AccountHealth, HealthPoint, HealthSeries } from "../accounts/accountHealthSeries.ts";
import { type HealthMetric, healthMetrics } from "../accounts/HealthObservationSchema.ts";
import { chartSpec, readChartOptions, seriesScale } from "./_internal/chartSpec.ts";
import { readObject, readRecords } from "./_internal/readRecords.ts";
import { throwOutOfRange } from "./_internal/throwOutOfRange.ts";
import { type ChartOptions, ChartOptionsSchema } from "./ChartOptions.ts";
import type { ChartDatum, VegaLiteSpec } from "./VegaLiteSpec.ts";

/**
 * Options of {@link accountHealthChart} ({@link AccountHealthChartOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { AccountHealthChartOptions } from "clientele/charts";
 * const options: AccountHealthChartOptions = { metric: "revenue", accounts: ["acme", "globex"] };
 * ```
 * @category Relationship views
 */
export interface AccountHealthChartOptions extends ChartOptions {
  /** The metric to draw (one of `healthMetrics`, clientele/accounts). */
  readonly metric: HealthMetric;
  /** The accounts to draw, in this order (default: every account of the series, in its order; at most 50 either way). */
  readonly accounts?: readonly string[] | undefined;
}

/**
 * Schema of {@link AccountHealthChartOptions}.
 *
 * @example
 * ```ts
 * import { AccountHealthChartOptionsSchema } from "clientele/charts";
 * import { safeParse } from "zod/mini";
 * safeParse(AccountHealthChartOptionsSchema, { metric: "mood" }).success; // => false
 * ```
 * @category Relationship views
 */
export const AccountHealthChartOptionsSchema: z.ZodMiniType<AccountHealthChartOptions, AccountHealthChartOptions> =
  /* @__PURE__ */ z.extend(ChartOptionsSchema, {
    metric: /* @__PURE__ */ z.enum(
      Object.keys(healthMetrics) as ["revenue", "profit", "satisfaction", "complaints", "bondLevel", "riskFindings"],
    ),
    accounts: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z
        .array(/* @__PURE__ */ z.string())
        .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(50)),
    ),
  });

/** Most accounts drawn as lines: past that, a chart of lines is unreadable. */
const MAX_ACCOUNTS = 50;

/**
 * Key-account health over time: one metric (revenue, profit, satisfaction, complaints, bond level or risk
 * findings) period by period, one line per account.
 *
 * @remarks
 * Takes the result of `accountHealthSeries` (clientele/accounts) as it is. One point per account and
 * period with a value (layer `lines`); a period without observations (`null`) has no point, and the line joins its neighbours.
 * Accounts, in the order of the `colors` option, are those of `accounts` or all the series' accounts
 * (at most 50: pass `accounts` to choose among more). O(accounts × periods).
 *
 * @param series - The result of `accountHealthSeries`.
 * @param options - `metric`, `accounts` and the {@link ChartOptions}.
 * @returns A Vega-Lite v6 spec with the data inline.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad series (path `series.accounts[1].points[3].values.revenue`),
 *   an account in `accounts` that the series does not hold, more than 50 accounts, or bad options.
 * @throws {@link ClienteleDomainError} `insufficient_data` for a series without accounts.
 * @example
 * ```ts
 * import { accountHealthSeries } from "clientele/accounts";
 * import { accountHealthChart } from "clientele/charts";
 * const series = accountHealthSeries(
 *   [
 *     { accountId: "acme", timestamp: "2025-01-10T00:00:00Z", metric: "revenue", value: 1200 },
 *     { accountId: "acme", timestamp: "2025-02-11T00:00:00Z", metric: "revenue", value: 900 },
 *   ],
 *   { period: "month", from: "2025-01-01", to: "2025-03-31" },
 * );
 * accountHealthChart(series, { metric: "revenue" }).data?.values.length; // => 3   (March's revenue sums to 0)
 * ```
 * @category Relationship views
 */
export function accountHealthChart(series: HealthSeries, options: AccountHealthChartOptions): VegaLiteSpec {
  const fn = "accountHealthChart";
  const s = readObject(fn, series, ["series"]);
  const accounts = readRecords<AccountHealth>(fn, s.accounts, ["series", "accounts"], { accountId: "string" });
  const o = readChartOptions(fn, AccountHealthChartOptionsSchema, options);
  const index = new Map(accounts.map((a, i) => [a.accountId, i]));
  const chosen = o.accounts ?? accounts.map((a) => a.accountId);
  if (chosen.length > MAX_ACCOUNTS) {
    throwOutOfRange(
      fn,
      ["options", "accounts"],
      `${chosen.length} accounts`,
      `at most ${MAX_ACCOUNTS} accounts (pass options.accounts)`,
    );
  }
  const values: ChartDatum[] = [];
  chosen.forEach((id, k) => {
    const i = index.get(id);
    if (i === undefined) throwOutOfRange(fn, ["options", "accounts", k], id, "an account of the series");
    const points = readRecords<HealthPoint>(
      fn,
      accounts[i]!.points,
      ["series", "accounts", i, "points"],
      { period: "string" },
      0,
    );
    points.forEach((point, j) => {
      const v = readObject(fn, point.values, ["series", "accounts", i, "points", j, "values"])[o.metric];
      if (v === null || v === undefined) return;
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throwOutOfRange(fn, ["series", "accounts", i, "points", j, "values", o.metric], v, "finite number or null");
      }
      values.push({ account: id, period: point.period, value: v });
    });
  });
  return chartSpec(o, `Key-account health: ${o.metric}`, {
    description: `${o.metric} of ${chosen.length} account(s) by period`,
    values,
    layer: [
      {
        name: "lines",
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "period", type: "temporal", title: null },
          y: { field: "value", type: "quantitative", title: o.metric },
          color: { field: "account", type: "nominal", scale: seriesScale(chosen), title: "account" },
          tooltip: [{ field: "account" }, { field: "period" }, { field: "value", format: ",.2f" }],
        },
      },
    ],
  });
}
