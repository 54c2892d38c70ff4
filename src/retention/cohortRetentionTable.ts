import * as z from "zod/mini";
import { describeReceived } from "../_lib/describeReceived.ts";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import type { TransactionInput } from "../customers/TransactionSchema.ts";
import { type Transaction, TransactionSchema } from "../customers/TransactionSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { parseRows } from "../schema/parseRows.ts";
import type { CalendarBound } from "../time/CalendarBoundSchema.ts";
import { CalendarBoundSchema } from "../time/CalendarBoundSchema.ts";
import type { CivilDate } from "../time/CivilDateSchema.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { TimeZoneSchema } from "../time/TimeZoneSchema.ts";
import { type WeekStartsOn, WeekStartsOnSchema } from "../time/WeekStartsOnSchema.ts";
import { type PeriodGrid, periodGrid } from "./_internal/periodGrid.ts";
import { type Subscription, type SubscriptionInput, SubscriptionSchema } from "./SubscriptionSchema.ts";

const FN = "cohortRetentionTable";

/**
 * What a cohort table is built from: a transaction log (`{ transactions }`, non-contractual: a customer
 * is active in a period if they bought in it) or subscriptions (`{ subscriptions }`, contractual: a
 * customer is active while the subscription runs).
 *
 * @example
 * ```ts
 * import type { CohortSource } from "clientele/retention";
 * const source: CohortSource = { subscriptions: [{ customerId: "c1", start: "2024-01-15" }] };
 * ```
 * @category Retention measures
 */
export type CohortSource =
  | {
      /** A transaction log: a customer is active in a period when they bought in it. */
      readonly transactions: readonly TransactionInput[];
    }
  | {
      /** Subscriptions: a customer is active from `start` until `end`. */
      readonly subscriptions: readonly SubscriptionInput[];
    };

/**
 * Options of {@link cohortRetentionTable}.
 *
 * @example
 * ```ts
 * import type { CohortRetentionTableOptions } from "clientele/retention";
 * const options: CohortRetentionTableOptions = { asOf: "2024-06-30", period: "month", timeZone: "Europe/Paris" };
 * ```
 * @category Retention measures
 */
export interface CohortRetentionTableOptions {
  /** The last observed day, inclusive (`YYYY-MM-DD`, a date-time or a `Date`, read in `timeZone`). Required. */
  readonly asOf: CalendarBound;
  /** The calendar period of cohorts and cells: day, week, month, quarter or year. Required. */
  readonly period: TimeUnit;
  /** Zone of the calendar (default `"UTC"`). */
  readonly timeZone?: string | undefined;
  /** First day of the week for `period: "week"` (0 = Sunday … 6; default 1, Monday). */
  readonly weekStartsOn?: WeekStartsOn | undefined;
}

/**
 * One observed cell of a cohort: the cohort's `period`-th period after acquisition.
 *
 * @example
 * ```ts
 * import type { CohortCell } from "clientele/retention";
 * const cell: CohortCell = { period: 1, start: "2024-02-01", active: 3, retained: 0.75, retention: 0.75, churn: 0.25 };
 * ```
 * @category Retention measures
 */
export interface CohortCell {
  /** Periods since acquisition: 0 is the acquisition period. */
  readonly period: number;
  /** First day of the calendar period. */
  readonly start: CivilDate;
  /** Customers active: transactions — bought in the period; subscriptions — subscribed at its start (period 0: the cohort). */
  readonly active: number;
  /** `active` / cohort size, in [0, 1]. */
  readonly retained: number;
  /** Of the customers active in period − 1, the share also active in this one (period 0: 1); `null` when none were. */
  readonly retention: number | null;
  /** 1 − `retention`; `null` with it. */
  readonly churn: number | null;
}

/**
 * One cohort: customers acquired in one calendar period, with one cell per period observed by `asOf`.
 *
 * @example
 * ```ts
 * import type { CohortRow } from "clientele/retention";
 * const row: CohortRow = { cohort: "2024-01-01", size: 4, cells: [] };
 * ```
 * @category Retention measures
 */
export interface CohortRow {
  /** First day of the acquisition period. */
  readonly cohort: CivilDate;
  /** Customers (transactions) or subscriptions acquired in it. */
  readonly size: number;
  /** The observed cells, period 0, 1, …; cells after `asOf` are absent (right-censored), never 0. */
  readonly cells: readonly CohortCell[];
}

/**
 * The cohorts pooled at one period since acquisition, over the cohorts observed at that period.
 *
 * @example
 * ```ts
 * import type { OverallRetentionRow } from "clientele/retention";
 * const row: OverallRetentionRow = {
 *   period: 1, cohorts: 2, size: 10, active: 6, retained: 0.6, retention: 0.6, churn: 0.4, survival: 0.6,
 * };
 * ```
 * @category Retention measures
 */
export interface OverallRetentionRow {
  /** Periods since acquisition. */
  readonly period: number;
  /** How many cohorts are observed at this period. */
  readonly cohorts: number;
  /** Their total size. */
  readonly size: number;
  /** Their customers active at this period. */
  readonly active: number;
  /** `active` / `size`. */
  readonly retained: number;
  /** Of those active at period − 1 (in these cohorts), the share active now; `null` when none were. */
  readonly retention: number | null;
  /** 1 − `retention`. */
  readonly churn: number | null;
  /**
   * Subscriptions: the share still subscribed at the start of this period, the product of the pooled
   * retention rates up to it (the actuarial product-limit estimate: each cohort counts only at the
   * periods it was observed at). `null` for transactions (activity is not a survival: customers come back).
   */
  readonly survival: number | null;
}

/**
 * What {@link cohortRetentionTable} returns.
 *
 * @example
 * ```ts
 * import { cohortRetentionTable, type CohortRetentionTable } from "clientele/retention";
 * const t: CohortRetentionTable = cohortRetentionTable({ subscriptions: [] }, { asOf: "2024-06-30", period: "month" });
 * t.cohorts; // => []
 * ```
 * @category Retention measures
 */
export interface CohortRetentionTable {
  /** What the table was built from. */
  readonly source: "transactions" | "subscriptions";
  /** The calendar period of cohorts and cells. */
  readonly period: TimeUnit;
  /** The last observed day. */
  readonly asOf: CivilDate;
  /** Cohorts, oldest first (only periods that acquired someone). */
  readonly cohorts: readonly CohortRow[];
  /** The cohorts pooled by period since acquisition: 0, 1, … up to the longest observed. */
  readonly overall: readonly OverallRetentionRow[];
  /**
   * Subscriptions: the restricted mean lifetime in periods over the observed horizon, Σ survival over
   * periods 0 … horizon − 1 (each customer counts the periods they started subscribed, capped at the
   * horizon: a lower bound of the mean lifetime while survival at the horizon is above 0). `null` for
   * transactions, which record no end of a relationship.
   */
  readonly averageLifetime: {
    /** The restricted mean lifetime, in periods. */
    readonly periods: number;
    /** The horizon it is restricted to, in periods. */
    readonly horizon: number;
  } | null;
  /** Rows dated after `asOf` (purchases, or subscriptions started later): left out of the table, counted here. */
  readonly excludedAfterAsOf: number;
}

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: CalendarBoundSchema,
  period: TimeUnitSchema,
  timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
  weekStartsOn: /* @__PURE__ */ z.optional(WeekStartsOnSchema),
});

/**
 * A cohort retention table: customers grouped by the calendar period they were acquired in, and for each
 * later period the share still active, the period-on-period retention and churn rates, pooled over
 * cohorts, with the survival curve and average lifetime for subscriptions.
 *
 * @remarks
 * - **From transactions** (non-contractual): a customer's cohort is the period of their first purchase;
 *   they are *active* in a period if they bought in it. Only whole periods are cells: the period holding
 *   `asOf` counts only if `asOf` is its last day. Retention at period k is the share of customers active
 *   in k − 1 who are active in k (activity can return, so `retained` may rise again).
 * - **From subscriptions** (contractual): a subscription's cohort is the period of its start; it is
 *   active at the start of period k ≥ 1 if it has not ended by then (an end on the first day of a period
 *   means it did not renew into it); period 0 is the whole cohort. Cells run to the period holding `asOf`.
 *   Survival pools the cohorts by the product-limit rule and gives the restricted mean lifetime.
 * - Right-censoring: a cohort has cells only for periods observed by `asOf`; later cells are absent, not
 *   0, and the pooled rows use only the cohorts observed at each period.
 * - Calendar periods come from clientele/time (date-fns) in `timeZone`; nothing reads the clock.
 *
 * @param source - `{ transactions }` or `{ subscriptions }`.
 * @param options - `asOf` and `period` (required), `timeZone`, `weekStartsOn`.
 * @returns The table.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row (paths `source.transactions[i].amount`),
 * an end before its start, both or neither list, or bad options (`options.period`).
 * @example
 * ```ts
 * import { cohortRetentionTable } from "clientele/retention";
 * const t = cohortRetentionTable(
 *   {
 *     subscriptions: [
 *       { customerId: "a", start: "2024-01-05", end: "2024-02-20" },
 *       { customerId: "b", start: "2024-01-10" },
 *       { customerId: "c", start: "2024-02-03", end: "2024-03-01" },
 *     ],
 *   },
 *   { asOf: "2024-03-31", period: "month" },
 * );
 * t.cohorts[0]?.cells.map((c) => c.active); // => [2, 2, 1]
 * t.overall.map((r) => r.survival?.toFixed(3)); // => ["1.000", "0.667", "0.333"]
 * t.averageLifetime?.periods.toFixed(2); // => "2.00"
 * ```
 * @category Retention measures
 */
export function cohortRetentionTable(source: CohortSource, options: CohortRetentionTableOptions): CohortRetentionTable {
  const o = parseInput(FN, OptionsSchema, options, ["options"]);
  const kind = readSourceKind(source);
  const grid = periodGrid(o.asOf, o.period, o.timeZone, o.weekStartsOn);
  if (kind === "transactions") {
    const rows = parseRows(FN, TransactionSchema, (source as { transactions: unknown }).transactions, {
      path: ["source", "transactions"],
    });
    return fromTransactions(rows, grid, o.period);
  }
  const rows = parseRows(FN, SubscriptionSchema, (source as { subscriptions: unknown }).subscriptions, {
    path: ["source", "subscriptions"],
  });
  return fromSubscriptions(rows, grid, o.period);
}

function readSourceKind(source: unknown): "transactions" | "subscriptions" {
  const has = (key: string) => isPlainObject(source) && source[key] !== undefined;
  if (has("transactions") !== has("subscriptions")) return has("transactions") ? "transactions" : "subscriptions";
  throw new ClienteleInputError(`${FN}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: ["source"],
        message: `expected { transactions } or { subscriptions } (one of them), received ${
          isPlainObject(source) ? "both or neither" : describeReceived(source)
        }`,
      },
    ],
  });
}

/** Per cohort (relative period index): size, and per k the active and "active in k − 1 too" counts. */
interface Tally {
  size: number;
  active: number[];
  stayed: number[];
}

function tallyOf(tallies: Map<number, Tally>, c: number): Tally {
  let t = tallies.get(c);
  if (t === undefined) {
    t = { size: 0, active: [], stayed: [] };
    tallies.set(c, t);
  }
  return t;
}

const add = (xs: number[], k: number, n = 1) => {
  while (xs.length <= k) xs.push(0);
  xs[k]! += n;
};

function fromTransactions(rows: readonly Transaction[], grid: PeriodGrid, period: TimeUnit): CohortRetentionTable {
  const last = grid.asOfPeriodComplete ? 0 : -1;
  const byCustomer = new Map<string, Set<number>>();
  let excluded = 0;
  for (const t of rows) {
    const p = grid.index(t.timestamp);
    if (p > 0 || (p === 0 && grid.day(t.timestamp) > grid.asOfDay)) {
      excluded++;
      continue;
    }
    let set = byCustomer.get(t.customerId);
    if (set === undefined) {
      set = new Set();
      byCustomer.set(t.customerId, set);
    }
    set.add(p);
  }
  const tallies = new Map<number, Tally>();
  for (const periods of byCustomer.values()) {
    const c = Math.min(...periods);
    const tally = tallyOf(tallies, c);
    tally.size++;
    for (let k = 0; c + k <= last; k++) {
      add(tally.active, k, periods.has(c + k) ? 1 : 0);
      add(tally.stayed, k, k > 0 && periods.has(c + k) && periods.has(c + k - 1) ? 1 : 0);
    }
  }
  return table("transactions", tallies, grid, period, last, excluded);
}

function fromSubscriptions(rows: readonly Subscription[], grid: PeriodGrid, period: TimeUnit): CohortRetentionTable {
  const tallies = new Map<number, Tally>();
  let excluded = 0;
  for (const s of rows) {
    const c = grid.index(s.start);
    if (c > 0 || (c === 0 && grid.day(s.start) > grid.asOfDay)) {
      excluded++;
      continue;
    }
    // The first period the subscription is not active at the start of (none while it runs).
    let gone = Number.POSITIVE_INFINITY;
    if (s.end !== undefined) {
      const e = grid.index(s.end);
      gone = grid.onFirstDay(s.end) ? e : e + 1;
    }
    const tally = tallyOf(tallies, c);
    tally.size++;
    for (let k = 0; c + k <= 0; k++) {
      const on = k === 0 || c + k < gone ? 1 : 0;
      add(tally.active, k, on);
      add(tally.stayed, k, k > 0 ? on : 0);
    }
  }
  return table("subscriptions", tallies, grid, period, 0, excluded);
}

function table(
  source: "transactions" | "subscriptions",
  tallies: Map<number, Tally>,
  grid: PeriodGrid,
  period: TimeUnit,
  last: number,
  excluded: number,
): CohortRetentionTable {
  const order = [...tallies.keys()].sort((a, b) => a - b);
  const horizon = order.length === 0 ? 0 : last - order[0]! + 1;
  const pooled = Array.from({ length: Math.max(horizon, 0) }, () => ({
    cohorts: 0,
    size: 0,
    active: 0,
    stayed: 0,
    before: 0,
  }));
  const cohorts: CohortRow[] = order.map((c) => {
    const t = tallies.get(c)!;
    const cells: CohortCell[] = [];
    for (let k = 0; c + k <= last; k++) {
      const active = t.active[k] ?? 0;
      const before = k === 0 ? t.size : (t.active[k - 1] ?? 0);
      const stayed = k === 0 ? t.size : (t.stayed[k] ?? 0);
      const retention = before === 0 ? null : stayed / before;
      cells.push({
        period: k,
        start: grid.startDay(c + k),
        active,
        retained: active / t.size,
        retention,
        churn: retention === null ? null : 1 - retention,
      });
      const row = pooled[k]!;
      row.cohorts++;
      row.size += t.size;
      row.active += active;
      row.stayed += stayed;
      row.before += before;
    }
    return { cohort: grid.startDay(c), size: t.size, cells };
  });
  let survival = 1;
  let lifetime = 0;
  const overall: OverallRetentionRow[] = pooled.map((r, k) => {
    const retention = r.before === 0 ? null : r.stayed / r.before;
    if (k > 0) survival *= retention ?? 0;
    lifetime += survival;
    return {
      period: k,
      cohorts: r.cohorts,
      size: r.size,
      active: r.active,
      retained: r.active / r.size,
      retention,
      churn: retention === null ? null : 1 - retention,
      survival: source === "subscriptions" ? survival : null,
    };
  });
  return {
    source,
    period,
    asOf: grid.asOfDay,
    cohorts,
    overall,
    averageLifetime: source === "subscriptions" && horizon > 0 ? { periods: lifetime, horizon } : null,
    excludedAfterAsOf: excluded,
  };
}
