import * as z from "zod/mini";
import { type Transaction, type TransactionInput, TransactionSchema } from "../customers/TransactionSchema.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { parseRows } from "../schema/parseRows.ts";
import { type CalendarBound, CalendarBoundSchema } from "../time/CalendarBoundSchema.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { type TimeZoneOptions, TimeZoneSchema } from "../time/TimeZoneSchema.ts";
import { type WeekStartsOn, WeekStartsOnSchema } from "../time/WeekStartsOnSchema.ts";
import { civilDayOfBound } from "./_internal/civilDayOfBound.ts";
import { createCivilDayReader } from "./_internal/civilDayReader.ts";
import { periodOrdinal } from "./_internal/periodOrdinal.ts";

/**
 * Options of {@link summarizeOpportunities}.
 *
 * @example
 * ```ts
 * import type { SummarizeOpportunitiesOptions } from "clientele/rfm";
 * // donations: acquired in 1995, calibration 1996–2001, holdout 2002–2006
 * const options: SummarizeOpportunitiesOptions = {
 *   period: "year",
 *   calibrationPeriods: 6,
 *   holdoutPeriods: 5,
 *   observationEnd: "2006-12-31",
 * };
 * ```
 * @category RFM
 */
export interface SummarizeOpportunitiesOptions extends TimeZoneOptions {
  /** Length of one opportunity: a calendar `"day"`, `"week"`, `"month"`, `"quarter"` or `"year"` in `timeZone`. Required. */
  readonly period: TimeUnit;
  /** n: calibration opportunities after the acquisition period, an integer ≥ 1. Required. */
  readonly calibrationPeriods: number;
  /** Holdout opportunities after the calibration ones, an integer ≥ 0. Required. */
  readonly holdoutPeriods: number;
  /**
   * Last day the log covers (inclusive; its calendar date in `timeZone`). Required: every customer's
   * acquisition period plus n + holdout periods must be fully observed by then, so that a period without
   * a purchase really is one — never inferred from the last row.
   */
  readonly observationEnd: CalendarBound;
  /** First day of the week for `period: "week"`, 0 = Sunday … 6 = Saturday (default 1, Monday). */
  readonly weekStartsOn?: WeekStartsOn | undefined;
}

/**
 * Schema of {@link SummarizeOpportunitiesOptions}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { SummarizeOpportunitiesOptionsSchema } from "clientele/rfm";
 * parseInput("f", SummarizeOpportunitiesOptionsSchema, {
 *   period: "year", calibrationPeriods: 6, holdoutPeriods: 0, observationEnd: "2001-12-31",
 * }).observationEnd; // => "2001-12-31"
 * ```
 * @category RFM
 */
export const SummarizeOpportunitiesOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** Calendar period of one opportunity (required). */
  period: TimeUnitSchema,
  /** n, an integer ≥ 1 (required). */
  calibrationPeriods: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1)),
  /** Holdout opportunities, an integer ≥ 0 (required). */
  holdoutPeriods: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  /** Last day the log covers, inclusive (required). */
  observationEnd: CalendarBoundSchema,
  /** Zone of the calendar (default "UTC"). */
  timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
  /** First day of the week (default 1). */
  weekStartsOn: /* @__PURE__ */ z.optional(WeekStartsOnSchema),
});

/**
 * One customer over discrete opportunities, the BG/BB model's data (a {@link BgBbPattern} with an id
 * and a holdout count).
 *
 * @example
 * ```ts
 * import type { OpportunitySummary } from "clientele/rfm";
 * const row: OpportunitySummary = { customerId: "a", frequency: 2, recency: 3, opportunities: 6, holdoutFrequency: 1 };
 * ```
 * @category RFM
 */
export interface OpportunitySummary {
  /** The customer's id. */
  readonly customerId: string;
  /** x: calibration opportunities 1 … n with at least one purchase. */
  readonly frequency: number;
  /** t_x: the last of those opportunities, 0 when x = 0. */
  readonly recency: number;
  /** n: the number of calibration opportunities (`calibrationPeriods`). */
  readonly opportunities: number;
  /** Holdout opportunities n + 1 … n + `holdoutPeriods` with at least one purchase. */
  readonly holdoutFrequency: number;
}

/**
 * What {@link summarizeOpportunities} used and what it left out: nothing is dropped silently. Every row
 * read is exactly one of: a customer's first purchase, a purchase counted in `frequency` or
 * `holdoutFrequency`, a `samePeriodMerged` row, or a `transactionsAfterHoldout` row.
 *
 * @example
 * ```ts
 * import type { OpportunitySummaryMetadata } from "clientele/rfm";
 * const m: Pick<OpportunitySummaryMetadata, "transactions" | "transactionsAfterHoldout"> = { transactions: 12, transactionsAfterHoldout: 1 };
 * ```
 * @category RFM
 */
export interface OpportunitySummaryMetadata {
  /** Calendar period of one opportunity. */
  readonly period: TimeUnit;
  /** Zone whose calendar was used (`"UTC"` unless given). */
  readonly timeZone: string;
  /** First day of the week (used only for weeks). */
  readonly weekStartsOn: number;
  /** n. */
  readonly calibrationPeriods: number;
  /** Holdout opportunities. */
  readonly holdoutPeriods: number;
  /** Transaction rows read (all of them). */
  readonly transactions: number;
  /** Rows in a period (0 … n + holdout) in which the customer had already bought: merged, not counted again. */
  readonly samePeriodMerged: number;
  /** Rows after the customer's last holdout period (period > n + holdout): excluded from every count. */
  readonly transactionsAfterHoldout: number;
  /** Customers (rows of the result). */
  readonly customers: number;
}

/**
 * Result of {@link summarizeOpportunities}: one row per customer, sorted by customer id (UTF-16 code
 * units), and the metadata.
 *
 * @example
 * ```ts
 * import type { OpportunitiesSummary } from "clientele/rfm";
 * const empty: Pick<OpportunitiesSummary, "rows"> = { rows: [] };
 * ```
 * @category RFM
 */
export interface OpportunitiesSummary {
  /** One row per customer. */
  readonly rows: readonly OpportunitySummary[];
  /** Options used and rows left out. */
  readonly metadata: OpportunitySummaryMetadata;
}

/** Parses the log with {@link TransactionSchema}, reporting bad rows at `transactions[i]…`. */
function parseLog(fn: string, transactions: unknown): Transaction[] {
  try {
    return parseRows(fn, TransactionSchema, transactions);
  } catch (error) {
    if (!(error instanceof ClienteleInputError)) throw error;
    const issues = error.issues.map((issue) =>
      issue.path[0] === "rows" ? { ...issue, path: ["transactions", ...issue.path.slice(1)] } : issue,
    );
    throw new ClienteleInputError(`${fn}: invalid transactions`, { issues, cause: error });
  }
}

/**
 * Turns a transaction log into one row per customer over discrete transaction opportunities (calendar
 * periods), the data of the BG/BB model: the period of the customer's **first** purchase is period 0
 * (the acquisition), then opportunities 1 … n (n = `calibrationPeriods`) give `frequency` x (periods
 * with at least one purchase) and `recency` t_x (the last such period, 0 if none), and periods
 * n + 1 … n + `holdoutPeriods` give `holdoutFrequency`.
 *
 * @remarks
 * This is the convention of the donations data (Fader, Hardie & Shang 2010): first-time supporters in
 * 1995 (period 0), then whether they gave in each of 1996–2001 (n = 6).
 *
 * - Periods are calendar periods in `timeZone` (default `"UTC"`), numbered as `periodIndex` numbers
 *   them from the first purchase: Dec 31 and Jan 1 are consecutive years. Several purchases in one
 *   period are one opportunity taken (`metadata.samePeriodMerged` counts the extra rows, including
 *   extra purchases in the acquisition period).
 * - Every customer gets the same n opportunities counted from **their own** acquisition period. The
 *   required `observationEnd` must cover every customer's acquisition period + n + holdout periods in
 *   full (a period counts as observed when `observationEnd` is on or after its last day); otherwise
 *   `domain_error` names the customers, since their unobserved periods would look like periods without
 *   a purchase. Summarise later cohorts separately, or with fewer periods.
 * - Rows after a customer's last holdout period are excluded and counted in
 *   `metadata.transactionsAfterHoldout`, never silently dropped.
 * - Rows are validated by {@link TransactionSchema}; every bad row is listed (paths `transactions[3].amount`).
 * - Rows come out sorted by customer id, so the result does not depend on the order of the log.
 *
 * @param transactions - The transaction log (inputs or parsed rows).
 * @param options - `period`, `calibrationPeriods`, `holdoutPeriods` (required), `timeZone`, `weekStartsOn`.
 * @returns The rows and their {@link OpportunitySummaryMetadata}.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row or option (paths
 *   `transactions[2].timestamp`, `options.calibrationPeriods`).
 * @throws {@link ClienteleDomainError} `insufficient_data` for an empty log; `domain_error` (path
 *   `options.observationEnd`) when some customer's window is not fully observed.
 * @example
 * ```ts
 * import { summarizeOpportunities } from "clientele/rfm";
 * const { rows, metadata } = summarizeOpportunities(
 *   [
 *     { customerId: "a", timestamp: "1995-03-01", amount: 10 }, // acquisition (period 0)
 *     { customerId: "a", timestamp: "1996-05-01", amount: 10 }, // opportunity 1
 *     { customerId: "a", timestamp: "1998-12-31", amount: 10 }, // opportunity 3
 *     { customerId: "a", timestamp: "1999-06-01", amount: 10 }, // holdout
 *     { customerId: "a", timestamp: "2000-01-01", amount: 10 }, // after the holdout: excluded
 *     { customerId: "b", timestamp: "1995-11-20", amount: 25 }, // one-time
 *   ],
 *   { period: "year", calibrationPeriods: 3, holdoutPeriods: 1, observationEnd: "2000-12-31" },
 * );
 * rows;
 * // => [{ customerId: "a", frequency: 2, recency: 3, opportunities: 3, holdoutFrequency: 1 },
 * //     { customerId: "b", frequency: 0, recency: 0, opportunities: 3, holdoutFrequency: 0 }]
 * metadata.transactionsAfterHoldout; // => 1
 * ```
 * @see {@link compressOpportunities} for the pattern table `fitBgBb` fits.
 * @category RFM
 */
export function summarizeOpportunities(
  transactions: readonly TransactionInput[],
  options: SummarizeOpportunitiesOptions,
): OpportunitiesSummary {
  const fn = "summarizeOpportunities";
  const opts = parseInput(fn, SummarizeOpportunitiesOptionsSchema, options, ["options"]);
  const parsed = parseLog(fn, transactions);
  const { period, calibrationPeriods: n, holdoutPeriods: h } = opts;
  const timeZone = opts.timeZone ?? "UTC";
  const weekStartsOn = opts.weekStartsOn ?? 1;
  if (parsed.length === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: no transactions`);
  const dayOf = createCivilDayReader(fn, timeZone, ["options", "timeZone"]);
  const ordinals = parsed.map((t) => periodOrdinal(dayOf(t.timestamp.getTime()), period, weekStartsOn));
  const first = new Map<string, number>();
  parsed.forEach((t, i) => {
    const o = ordinals[i]!;
    const f = first.get(t.customerId);
    if (f === undefined || o < f) first.set(t.customerId, o);
  });
  // The last fully observed period: the one containing observationEnd if that is its last day.
  const endDay = civilDayOfBound(opts.observationEnd, dayOf);
  const endOrdinal = periodOrdinal(endDay, period, weekStartsOn);
  const lastObserved = periodOrdinal(endDay + 1, period, weekStartsOn) > endOrdinal ? endOrdinal : endOrdinal - 1;
  const unobserved = [...first.entries()].filter(([, f]) => f + n + h > lastObserved).map(([id]) => id);
  if (unobserved.length > 0) {
    const shown = unobserved
      .slice(0, 5)
      .map((id) => JSON.stringify(id))
      .join(", ");
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: ${unobserved.length} customer(s) (${shown}${unobserved.length > 5 ? ", …" : ""}) are not observed for their acquisition period + ${n} + ${h} periods by observationEnd; summarise later cohorts separately or use fewer periods`,
      {
        issues: [
          {
            code: "domain_error",
            path: ["options", "observationEnd"],
            message: `expected a date covering every customer's ${n + h} periods after acquisition`,
          },
        ],
      },
    );
  }
  const seen = new Map<string, Set<number>>();
  let afterHoldout = 0;
  let merged = 0;
  parsed.forEach((t, i) => {
    const k = ordinals[i]! - first.get(t.customerId)!;
    if (k > n + h) {
      afterHoldout++;
      return;
    }
    let periods = seen.get(t.customerId);
    if (periods === undefined) {
      periods = new Set();
      seen.set(t.customerId, periods);
    }
    if (periods.has(k)) merged++;
    else periods.add(k);
  });
  const ids = [...first.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = ids.map((customerId): OpportunitySummary => {
    let frequency = 0;
    let recency = 0;
    let holdoutFrequency = 0;
    for (const k of seen.get(customerId) ?? []) {
      if (k >= 1 && k <= n) {
        frequency++;
        if (k > recency) recency = k;
      } else if (k > n) {
        holdoutFrequency++;
      }
    }
    return { customerId, frequency, recency, opportunities: n, holdoutFrequency };
  });
  return {
    rows,
    metadata: {
      period,
      timeZone,
      weekStartsOn,
      calibrationPeriods: n,
      holdoutPeriods: h,
      transactions: parsed.length,
      samePeriodMerged: merged,
      transactionsAfterHoldout: afterHoldout,
      customers: rows.length,
    },
  };
}
