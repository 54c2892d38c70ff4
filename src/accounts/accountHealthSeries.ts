import * as z from "zod/mini";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { parseRows } from "../schema/parseRows.ts";
import { addPeriods } from "../time/addPeriods.ts";
import { type CivilDate, CivilDateSchema } from "../time/CivilDateSchema.ts";
import { startOfPeriod } from "../time/startOfPeriod.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { type TimeZone, TimeZoneSchema } from "../time/TimeZoneSchema.ts";
import { type WeekStartsOn, WeekStartsOnSchema } from "../time/WeekStartsOnSchema.ts";
import {
  type HealthMetric,
  type HealthObservationInput,
  HealthObservationSchema,
  healthMetrics,
} from "./HealthObservationSchema.ts";

const FN = "accountHealthSeries";

/**
 * Options of {@link accountHealthSeries}.
 *
 * @example
 * ```ts
 * import type { AccountHealthSeriesOptions } from "clientele/accounts";
 * const options: AccountHealthSeriesOptions = { period: "quarter", from: "2024-01-01", to: "2024-12-31" };
 * ```
 * @category Account health
 */
export interface AccountHealthSeriesOptions {
  /** The period of the series (`clientele/time` units: day, week, month, quarter, year). */
  readonly period: TimeUnit;
  /** First day covered (its period is the first of the series); required. */
  readonly from: CivilDate;
  /** Last day covered (its period is the last of the series); required, not before `from`. */
  readonly to: CivilDate;
  /** Time zone in which timestamps fall into periods; default UTC. */
  readonly timeZone?: TimeZone | undefined;
  /** First day of the week for `period: "week"`; default 1 (Monday). */
  readonly weekStartsOn?: WeekStartsOn | undefined;
}

/**
 * One period of an account's health: each supplied metric's value, `null` where a mean or last-value metric
 * had no observation in the period.
 *
 * @example
 * ```ts
 * import type { HealthPoint } from "clientele/accounts";
 * const p: HealthPoint = { period: "2025-01-01", values: { revenue: 1200, satisfaction: null } };
 * ```
 * @category Account health
 */
export interface HealthPoint {
  /** The period's first day. */
  readonly period: CivilDate;
  /** The metrics supplied for the account, aggregated over the period. */
  readonly values: Readonly<Partial<Record<HealthMetric, number | null>>>;
}

/**
 * One account's health series.
 *
 * @example
 * ```ts
 * import type { AccountHealth } from "clientele/accounts";
 * const h: AccountHealth = { accountId: "acme", metrics: ["revenue"], points: [{ period: "2025-01-01", values: { revenue: 0 } }] };
 * ```
 * @category Account health
 */
export interface AccountHealth {
  /** The account. */
  readonly accountId: string;
  /** The metrics observed for it (in the order of {@link healthMetrics}). */
  readonly metrics: readonly HealthMetric[];
  /** One point per period of the series, in order. */
  readonly points: readonly HealthPoint[];
}

/**
 * What {@link accountHealthSeries} returns.
 *
 * @example
 * ```ts
 * import { accountHealthSeries, type HealthSeries } from "clientele/accounts";
 * const s: HealthSeries = accountHealthSeries([], { period: "month", from: "2025-01-01", to: "2025-03-31" });
 * s.periods; // => ["2025-01-01", "2025-02-01", "2025-03-01"]
 * ```
 * @category Account health
 */
export interface HealthSeries {
  /** The period unit. */
  readonly period: TimeUnit;
  /** The first day of each period, in order. */
  readonly periods: readonly CivilDate[];
  /** One series per account, ordered by account id. */
  readonly accounts: readonly AccountHealth[];
  /** Observations outside the periods, not counted. */
  readonly outsideRange: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  period: TimeUnitSchema,
  from: CivilDateSchema,
  to: CivilDateSchema,
  timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
  weekStartsOn: /* @__PURE__ */ z.optional(WeekStartsOnSchema),
});

const METRICS = Object.keys(healthMetrics) as HealthMetric[];

/**
 * A per-account health series: revenue, profit, satisfaction, complaints, bond level and risk findings per
 * period (`clientele/time` calendar periods), from dated observations the app supplies. Feed it to
 * {@link detectHealthChanges} to find what changed between periods.
 *
 * @remarks
 * - Each metric is aggregated as {@link healthMetrics} says (sum, mean, or the period's last value).
 * - A metric supplied for an account is taken to be complete over the range: a period without observations
 *   has a sum of 0, and a mean or last value of `null` (not known). Metrics never supplied for an account are
 *   absent from its points.
 * - Periods run from the one containing `from` to the one containing `to`; observations outside are not
 *   counted, and their number is returned (`outsideRange`).
 * - The observations are validated and never mutated. O(n log n).
 *
 * @param observations - Dated metric values, any accounts, any order.
 * @param options - `period`, `from`, `to` (required), `timeZone`, `weekStartsOn`.
 * @returns The series per account.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad observation (`observations[i].value`) or
 * options, or `to` before `from` (`options.to`).
 * @example
 * ```ts
 * import { accountHealthSeries } from "clientele/accounts";
 * const s = accountHealthSeries(
 *   [
 *     { accountId: "acme", timestamp: "2025-01-10", metric: "revenue", value: 1000 },
 *     { accountId: "acme", timestamp: "2025-01-20", metric: "revenue", value: 500 },
 *     { accountId: "acme", timestamp: "2025-02-05", metric: "satisfaction", value: 8 },
 *   ],
 *   { period: "month", from: "2025-01-01", to: "2025-02-28" },
 * );
 * s.accounts[0]?.points; // => [{ period: "2025-01-01", values: { revenue: 1500, satisfaction: null } }, { period: "2025-02-01", values: { revenue: 0, satisfaction: 8 } }]
 * ```
 * @category Account health
 */
export function accountHealthSeries(
  observations: readonly HealthObservationInput[],
  options: AccountHealthSeriesOptions,
): HealthSeries {
  const opts = parseInput(FN, OptionsSchema, options, ["options"]);
  if (opts.to < opts.from) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        {
          code: "too_small",
          path: ["options", "to"],
          message: `expected a date on or after from ${opts.from}, received ${opts.to}`,
        },
      ],
    });
  }
  const list = parseRows(FN, HealthObservationSchema, observations, { path: ["observations"] });
  const { period, timeZone, weekStartsOn } = opts;
  const civilStart = (d: CivilDate): CivilDate =>
    startOfPeriod(new Date(`${d}T00:00:00Z`), {
      period,
      timeZone: "UTC",
      ...(weekStartsOn === undefined ? {} : { weekStartsOn }),
    });
  const first = civilStart(opts.from);
  const last = civilStart(opts.to);
  const periods: CivilDate[] = [];
  for (let p = first; p <= last; p = addPeriods(first, periods.length, period)) periods.push(p);
  const index = new Map(periods.map((p, i) => [p, i]));
  const periodOptions = {
    period,
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(weekStartsOn === undefined ? {} : { weekStartsOn }),
  };

  type Cell = { sum: number; n: number; lastAt: number };
  const byAccount = new Map<string, Map<HealthMetric, Cell[]>>();
  let outsideRange = 0;
  for (const o of list) {
    const at = index.get(startOfPeriod(o.timestamp, periodOptions));
    if (at === undefined) {
      outsideRange++;
      continue;
    }
    let metrics = byAccount.get(o.accountId);
    if (metrics === undefined) {
      metrics = new Map();
      byAccount.set(o.accountId, metrics);
    }
    let cells = metrics.get(o.metric);
    if (cells === undefined) {
      cells = periods.map(() => ({ sum: 0, n: 0, lastAt: Number.NEGATIVE_INFINITY }));
      metrics.set(o.metric, cells);
    }
    const cell = cells[at]!;
    const t = o.timestamp.getTime();
    if (healthMetrics[o.metric] === "last") {
      // the latest observation of the period wins; at equal instants, the later one in the input
      if (t >= cell.lastAt) {
        cell.sum = o.value;
        cell.lastAt = t;
      }
    } else cell.sum += o.value;
    cell.n++;
  }

  const ids = [...byAccount.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const accounts = ids.map((accountId): AccountHealth => {
    const metrics = byAccount.get(accountId)!;
    const present = METRICS.filter((m) => metrics.has(m));
    const points = periods.map((p, i): HealthPoint => {
      const values: Partial<Record<HealthMetric, number | null>> = {};
      for (const m of present) {
        const cell = metrics.get(m)![i]!;
        const how = healthMetrics[m];
        values[m] = how === "sum" ? cell.sum : cell.n === 0 ? null : how === "mean" ? cell.sum / cell.n : cell.sum;
      }
      return { period: p, values };
    });
    return { accountId, metrics: present, points };
  });
  return { period, periods, accounts, outsideRange };
}
