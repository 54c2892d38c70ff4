import {
  addMonthsToCivil,
  type CivilDateParts,
  civilFromDays,
  daysFromCivil,
  formatCivilDate,
} from "../_lib/civilCalendar.ts";
import { collectIssue, collectIssues, createIssueCollector } from "../_lib/issueCollector.ts";
import { type TransactionInput, TransactionSchema } from "../customers/TransactionSchema.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { parseInput } from "../schema/parseInput.ts";
import type { CivilDate } from "../time/CivilDateSchema.ts";
import type { TimeUnit } from "../time/TimeUnitSchema.ts";
import { checkTransactionColumns } from "./_internal/checkTransactionColumns.ts";
import { civilDayOfBound } from "./_internal/civilDayOfBound.ts";
import type { CivilDayReader } from "./_internal/civilDayReader.ts";
import { createCivilDayReader } from "./_internal/civilDayReader.ts";
import { elapsedCivilTime } from "./_internal/elapsedCivilTime.ts";
import {
  type FastTransactionFields,
  isCurrency,
  readFields,
  readTransactionFast,
} from "./_internal/readTransactionFast.ts";
import { readTransactionSlow } from "./_internal/readTransactionSlow.ts";
import {
  type RepeatPurchasesByPeriodOptions,
  RepeatPurchasesByPeriodOptionsSchema,
} from "./RepeatPurchasesByPeriodOptions.ts";
import type { TransactionColumns } from "./TransactionColumns.ts";

/**
 * One period of {@link repeatPurchasesByPeriod}: a row for a chart.
 *
 * @example
 * ```ts
 * import type { RepeatPurchasePeriod } from "clientele/rfm";
 * const week1: RepeatPurchasePeriod = {
 *   period: 1, start: "1997-01-01", end: "1997-01-07", firstPurchases: 147, repeatPurchases: 3, cumulativeRepeatPurchases: 3,
 * };
 * ```
 * @category RFM
 */
export interface RepeatPurchasePeriod {
  /** Period number k = 1, 2, …, `periods` (as {@link trackingCurve} numbers its rows). */
  readonly period: number;
  /** First day of the period (a civil date in the time zone). */
  readonly start: CivilDate;
  /** Last day of the period (inclusive). */
  readonly end: CivilDate;
  /** Customers whose first purchase is in the period (their first purchase is not a repeat purchase). */
  readonly firstPurchases: number;
  /** Purchases in the period that are not the customer's first (after same-day merging, if on). */
  readonly repeatPurchases: number;
  /** Repeat purchases from the start of period 1 to the end of this period. */
  readonly cumulativeRepeatPurchases: number;
}

/**
 * What {@link repeatPurchasesByPeriod} used and what it left out: nothing is dropped silently. Every row
 * read is exactly one of: a row after `observationEnd`, a row merged into a same-day purchase, a purchase
 * before `start`, a purchase after the last period, or a first or repeat purchase counted in a period, so
 * `transactions` = `transactionsAfterObservationEnd` + `sameDayMerged` + `purchasesBeforeStart` +
 * `purchasesAfterEnd` + Σ (`firstPurchases` + `repeatPurchases`). Likewise `customers` =
 * `customersBeforeStart` + `customersAfterEnd` + Σ `firstPurchases`.
 *
 * @example
 * ```ts
 * import type { RepeatPurchasesByPeriodMetadata } from "clientele/rfm";
 * const m: Pick<RepeatPurchasesByPeriodMetadata, "transactions" | "sameDayMerged"> = { transactions: 6919, sameDayMerged: 223 };
 * ```
 * @category RFM
 */
export interface RepeatPurchasesByPeriodMetadata {
  /** Unit of `period` and of the first-purchase times. */
  readonly unit: TimeUnit;
  /** Length of one period in `unit`s. */
  readonly period: number;
  /** Number of periods. */
  readonly periods: number;
  /** Zone whose calendar days were used (`"UTC"` unless given). */
  readonly timeZone: string;
  /** First day of period 1, as a civil date in `timeZone`. */
  readonly start: CivilDate;
  /** Last day of the last period (inclusive); never after `observationEnd`. */
  readonly end: CivilDate;
  /** Last day of observation (inclusive), as a civil date in `timeZone`. */
  readonly observationEnd: CivilDate;
  /** Whether same-day purchases were merged. */
  readonly mergeSameDay: boolean;
  /** Transaction rows read (all of them, including the excluded ones). */
  readonly transactions: number;
  /** Rows dated after `observationEnd`: excluded from every count. */
  readonly transactionsAfterObservationEnd: number;
  /** Rows folded into another purchase of the same customer on the same day (0 when merging is off). */
  readonly sameDayMerged: number;
  /** Purchases dated before `start` (first ones included): in no period, but they decide who bought first. */
  readonly purchasesBeforeStart: number;
  /** Purchases dated after the last period and on or before `observationEnd`: in no period. */
  readonly purchasesAfterEnd: number;
  /** Customers with at least one purchase on or before `observationEnd`. */
  readonly customers: number;
  /**
   * Customers whose first purchase is before `start`: their later purchases are repeat purchases and are
   * counted, but they have no first-purchase time (a tracking curve from `start` does not expect them).
   */
  readonly customersBeforeStart: number;
  /** Customers whose first purchase is after the last period (on or before `observationEnd`). */
  readonly customersAfterEnd: number;
}

/**
 * Result of {@link repeatPurchasesByPeriod}.
 *
 * @example
 * ```ts
 * import type { RepeatPurchasesByPeriodResult } from "clientele/rfm";
 * const empty: Pick<RepeatPurchasesByPeriodResult, "repeatPurchases" | "firstPurchaseTimes"> = {
 *   repeatPurchases: [0, 0],
 *   firstPurchaseTimes: [],
 * };
 * ```
 * @category RFM
 */
export interface RepeatPurchasesByPeriodResult {
  /** One row per period, in order. */
  readonly rows: readonly RepeatPurchasePeriod[];
  /** The repeat purchases of each period (`rows[k].repeatPurchases`): `trackingCurve`'s `actual`. */
  readonly repeatPurchases: readonly number[];
  /**
   * The first-purchase time of every customer whose first purchase falls in one of the periods, from
   * `start` in `unit` (days; days / 7 for weeks; calendar months with a fraction, as `elapsed` measures
   * them, for months, quarters and years), in ascending order: `trackingCurve`'s `firstPurchaseTimes`.
   */
  readonly firstPurchaseTimes: readonly number[];
  /** Options used and rows / customers left out. */
  readonly metadata: RepeatPurchasesByPeriodMetadata;
}

const MONTHS_PER_UNIT: Readonly<Record<TimeUnit, number>> = { day: 0, week: 0, month: 1, quarter: 3, year: 12 };

/**
 * Counts a transaction log's actual repeat purchases per period from a stated start: the "actual" line
 * of the weekly tracking plots of Fader, Hardie & Lee (2005), as rows for a chart, plus the arrays
 * {@link trackingCurve} takes (`actual`, `firstPurchaseTimes`).
 *
 * @remarks
 * The conventions are those of {@link summarizeTransactions}, so the counts match its summaries:
 *
 * - **Calendar days.** Each purchase is placed on its civil date in `timeZone` (default `"UTC"`), so
 *   daylight-saving changes never matter. Period k (k = 1 … `periods`) is the days from
 *   `start` + (k − 1) × `period` to the day before `start` + k × `period`, in `unit`s: days, weeks of 7
 *   days, or calendar months (quarters = 3, years = 12), each boundary added to `start` as `addPeriods`
 *   adds months, so a monthly period is never 30 days (from 2024-01-31: Jan 31–Feb 28, Feb 29–Mar 30,
 *   Mar 31–Apr 29, …).
 * - **Repeat purchases** are every purchase that is not the customer's first. The first is taken over the
 *   whole log up to `observationEnd` (purchases before `start` included). **Same-day purchases merge**
 *   into one purchase (`mergeSameDay: false` counts every row; one row on the first day is then the first
 *   purchase and the others on that day are repeats). So, with `start` on or before every first purchase,
 *   the periods up to a calibration end hold Σ `frequency` of {@link summarizeTransactions} with that
 *   calibration end, and the later ones Σ `holdoutFrequency`.
 * - **No partial periods.** `observationEnd` is required, and the last period must end on or before it:
 *   otherwise `invalid_input` at `options.periods` says how many periods fit. A period the log covers
 *   only in part would show a false drop in purchases.
 * - **Nothing is dropped silently.** Rows dated after `observationEnd` are excluded and counted in
 *   `metadata.transactionsAfterObservationEnd` (or, with `rowsAfterObservationEnd: "throw"`, fail the call
 *   with `domain_error`); purchases before `start` or after the last period are counted in the metadata
 *   (see {@link RepeatPurchasesByPeriodMetadata} for the identity they satisfy).
 * - **For {@link trackingCurve}** with a fit in the same `unit`: pass `repeatPurchases` as `actual`,
 *   `firstPurchaseTimes` as `firstPurchaseTimes`, and the same `periods` and `period`. Customers who first
 *   bought before `start` (`metadata.customersBeforeStart`) have repeat purchases in the counts but no
 *   first-purchase time: start tracking at the start of the acquisition window so there are none.
 * - Rows are validated as {@link TransactionSchema} validates them (rows or {@link TransactionColumns});
 *   one bad row fails the call with every bad row listed by path (`transactions[12].amount`, or
 *   `transactions.amount[12]` for columns). The result does not depend on the order of the log, and the
 *   input is never changed.
 *
 * Runs in O(n log n) for n rows. Checked on CDNOW: weekly from 1997-01-01, weeks 1–39 sum to 2,457 and
 * weeks 40–78 to 1,882, the Σ x and Σ x* of the calibration summaries
 * (`test/rfm/repeatPurchasesByPeriod.test.ts`).
 *
 * @param transactions - The log: transaction rows (inputs or parsed), or {@link TransactionColumns}.
 * @param options - `unit`, `start`, `periods` and `observationEnd` (required), `period`, `timeZone`,
 *   `mergeSameDay`, `rowsAfterObservationEnd`.
 * @returns One row per period, the counts and first-purchase times for {@link trackingCurve}, and the
 *   {@link RepeatPurchasesByPeriodMetadata}.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row, column or option, a `start` after
 *   `observationEnd`, or periods that end after `observationEnd`.
 * @throws {@link ClienteleDomainError} `insufficient_data` when no purchase is dated on or before
 *   `observationEnd` (an empty log included); `domain_error` for rows after `observationEnd` with
 *   `rowsAfterObservationEnd: "throw"`.
 * @example
 * ```ts
 * import { repeatPurchasesByPeriod } from "clientele/rfm";
 * const { rows, repeatPurchases, firstPurchaseTimes, metadata } = repeatPurchasesByPeriod(
 *   [
 *     { customerId: "a", timestamp: "1997-01-01", amount: 10 }, // a's first purchase
 *     { customerId: "a", timestamp: "1997-01-03", amount: 20 }, // repeat, week 1
 *     { customerId: "a", timestamp: "1997-01-03", amount: 5 }, // same day: merged
 *     { customerId: "b", timestamp: "1997-01-09", amount: 7 }, // b's first purchase, week 2
 *     { customerId: "a", timestamp: "1997-01-14", amount: 30 }, // repeat, week 2
 *     { customerId: "b", timestamp: "1997-01-20", amount: 9 }, // after observationEnd: excluded
 *   ],
 *   { unit: "week", start: "1997-01-01", periods: 2, observationEnd: "1997-01-14" },
 * );
 * rows[1];
 * // => { period: 2, start: "1997-01-08", end: "1997-01-14", firstPurchases: 1, repeatPurchases: 1,
 * //      cumulativeRepeatPurchases: 2 }
 * repeatPurchases; // => [1, 1]
 * firstPurchaseTimes; // => [0, 1.1428571428571428]   (0 and 8 days / 7)
 * metadata.transactionsAfterObservationEnd; // => 1
 * metadata.sameDayMerged; // => 1
 * ```
 * @see {@link summarizeTransactions} for the per-customer summaries with the same conventions.
 * @category RFM
 */
export function repeatPurchasesByPeriod(
  transactions: readonly TransactionInput[] | TransactionColumns,
  options: RepeatPurchasesByPeriodOptions,
): RepeatPurchasesByPeriodResult {
  const fn = "repeatPurchasesByPeriod";
  const o = parseInput(fn, RepeatPurchasesByPeriodOptionsSchema, options, ["options"]);
  const unit = o.unit;
  const period = o.period ?? 1;
  const periods = o.periods;
  const timeZone = o.timeZone ?? "UTC";
  const mergeSameDay = o.mergeSameDay ?? true;
  const dayOf = createCivilDayReader(fn, timeZone, ["options", "timeZone"]);
  const startDay = civilDayOfBound(o.start, dayOf);
  const obsEnd = civilDayOfBound(o.observationEnd, dayOf);
  const bounds = periodBounds(fn, unit, period, periods, startDay, obsEnd);

  const log = readLog(fn, transactions, dayOf, obsEnd, o.rowsAfterObservationEnd === "throw", o.maxIssues);
  const customers = log.ids;
  if (customers === 0) {
    const what =
      log.transactions === 0
        ? "no transactions"
        : `no transaction is dated on or before observationEnd (${formatCivilDate(civilFromDays(obsEnd))}); ${log.transactions} rows read, all after it`;
    throw new ClienteleDomainError("insufficient_data", `${fn}: ${what}`);
  }

  // Group the kept rows' days by customer (a counting sort), then sort each customer's days.
  const { customer, days } = log;
  const offsets = new Int32Array(customers + 1);
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i]!;
    if (c >= 0) offsets[c + 1]!++;
  }
  for (let c = 0; c < customers; c++) offsets[c + 1]! += offsets[c]!;
  const grouped = new Int32Array(offsets[customers]!);
  const next = offsets.slice(0, customers);
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i]!;
    if (c >= 0) grouped[next[c]!++] = days[i]!;
  }

  const firstPurchases = new Float64Array(periods);
  const repeats = new Float64Array(periods);
  const firstDays: number[] = [];
  let sameDayMerged = 0;
  let purchasesBeforeStart = 0;
  let purchasesAfterEnd = 0;
  let customersBeforeStart = 0;
  let customersAfterEnd = 0;
  for (let c = 0; c < customers; c++) {
    const from = offsets[c]!;
    const to = offsets[c + 1]!;
    const own = grouped.subarray(from, to);
    if (to - from > 1) own.sort();
    for (let j = 0; j < own.length; j++) {
      const day = own[j]!;
      if (j > 0 && mergeSameDay && day === own[j - 1]) {
        sameDayMerged++;
        continue;
      }
      const k = periodOf(bounds, day);
      if (k < 0) purchasesBeforeStart++;
      else if (k >= periods) purchasesAfterEnd++;
      else if (j > 0) repeats[k]!++;
      else firstPurchases[k]!++;
      if (j === 0) {
        if (k < 0) customersBeforeStart++;
        else if (k >= periods) customersAfterEnd++;
        else firstDays.push(day);
      }
    }
  }

  const rows: RepeatPurchasePeriod[] = new Array(periods);
  let cumulative = 0;
  for (let k = 0; k < periods; k++) {
    cumulative += repeats[k]!;
    rows[k] = {
      period: k + 1,
      start: formatCivilDate(civilFromDays(bounds[k]!)),
      end: formatCivilDate(civilFromDays(bounds[k + 1]! - 1)),
      firstPurchases: firstPurchases[k]!,
      repeatPurchases: repeats[k]!,
      cumulativeRepeatPurchases: cumulative,
    };
  }
  const sortedFirstDays = Int32Array.from(firstDays).sort();
  const timeOf = createTimeFromStart(unit, startDay);
  const firstPurchaseTimes: number[] = new Array(sortedFirstDays.length);
  for (let i = 0; i < sortedFirstDays.length; i++) firstPurchaseTimes[i] = timeOf(sortedFirstDays[i]!);

  return {
    rows,
    repeatPurchases: Array.from(repeats),
    firstPurchaseTimes,
    metadata: {
      unit,
      period,
      periods,
      timeZone,
      start: formatCivilDate(civilFromDays(startDay)),
      end: formatCivilDate(civilFromDays(bounds[periods]! - 1)),
      observationEnd: formatCivilDate(civilFromDays(obsEnd)),
      mergeSameDay,
      transactions: log.transactions,
      transactionsAfterObservationEnd: log.late,
      sameDayMerged,
      purchasesBeforeStart,
      purchasesAfterEnd,
      customers,
      customersBeforeStart,
      customersAfterEnd,
    },
  };
}

/**
 * The civil day numbers on which periods 1 … `periods` begin, and the day after the last one ends
 * (`periods + 1` entries); throws when `start` is after `observationEnd` or the last period ends after it.
 */
function periodBounds(
  fn: string,
  unit: TimeUnit,
  period: number,
  periods: number,
  startDay: number,
  obsEnd: number,
): Int32Array {
  const fail = (path: string, message: string, expected: string, received: string): never => {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [{ code: "too_big", path: ["options", path], message, expected, received }],
    });
  };
  const obs = formatCivilDate(civilFromDays(obsEnd));
  if (startDay > obsEnd) {
    const start = formatCivilDate(civilFromDays(startDay));
    fail("start", `expected a date on or before observationEnd (${obs}), received ${start}`, `date ≤ ${obs}`, start);
  }
  const months = MONTHS_PER_UNIT[unit] * period;
  const first: CivilDateParts = civilFromDays(startDay);
  const length = unit === "week" ? 7 * period : period;
  // Day on which period k + 1 begins (k = 0 … periods); exact while it can still be compared with obsEnd.
  const boundary = (k: number): number =>
    months === 0 ? startDay + k * length : daysFromCivil(addMonthsToCivil(first, k * months));
  const last = boundary(periods);
  if (!(last - 1 <= obsEnd)) {
    // Periods that fit: whole periods from start to the day after observationEnd.
    let fit: number;
    if (months === 0) fit = Math.floor((obsEnd + 1 - startDay) / length);
    else {
      const target = civilFromDays(obsEnd + 1);
      let m = (target.year - first.year) * 12 + (target.month - first.month);
      if (daysFromCivil(addMonthsToCivil(first, m)) > obsEnd + 1) m--;
      fit = Math.floor(m / months);
    }
    const ends = Math.abs(last) < 1e8 ? ` would end on ${formatCivilDate(civilFromDays(last - 1))},` : " would end";
    fail(
      "periods",
      `expected at most ${fit} period${fit === 1 ? "" : "s"} of ${period} ${unit}${period === 1 ? "" : "s"} from the start: period ${periods}${ends} after observationEnd (${obs})`,
      `≤ ${fit}`,
      String(periods),
    );
  }
  const bounds = new Int32Array(periods + 1);
  for (let k = 0; k <= periods; k++) bounds[k] = boundary(k);
  return bounds;
}

/** Index (0-based) of the period containing `day`; -1 before the first, `periods` after the last. */
function periodOf(bounds: Int32Array, day: number): number {
  const periods = bounds.length - 1;
  if (day < bounds[0]!) return -1;
  if (day >= bounds[periods]!) return periods;
  let lo = 0;
  let hi = periods - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Time from civil day `startDay` to a later civil day in `unit`: days, days / 7, or calendar months as `elapsed`. */
function createTimeFromStart(unit: TimeUnit, startDay: number): (day: number) => number {
  if (unit === "day") return (day) => day - startDay;
  if (unit === "week") return (day) => (day - startDay) / 7;
  const cache = new Map<number, number>();
  return (day) => {
    let value = cache.get(day);
    if (value === undefined) {
      value = elapsedCivilTime(startDay, day, unit);
      cache.set(day, value);
    }
    return value;
  };
}

/** The validated log: per row, the customer index (-1 after observationEnd) and civil day. */
interface Log {
  /** Rows read. */
  readonly transactions: number;
  /** Rows after observationEnd. */
  readonly late: number;
  /** Number of customers (with a row on or before observationEnd). */
  readonly ids: number;
  /** Customer index per row, -1 for rows after observationEnd. */
  readonly customer: Int32Array;
  /** Civil day per row. */
  readonly days: Int32Array;
}

/** Validates rows or columns (fast path, schema fallback) and reads each row's customer and day. */
function readLog(
  fn: string,
  input: unknown,
  dayOf: CivilDayReader,
  obsEnd: number,
  rejectLate: boolean,
  maxIssues: number | undefined,
): Log {
  const root = "transactions";
  const rows = Array.isArray(input) ? (input as readonly unknown[]) : undefined;
  const columns = rows === undefined ? checkTransactionColumns(fn, input, root) : undefined;
  const n = rows !== undefined ? rows.length : columns!.customerId.length;
  const customer = new Int32Array(n);
  const days = new Int32Array(n);
  const byString = new Map<string, number>();
  const byNumber = new Map<number, number>();
  const indexOf = (id: string | number): number => {
    if (typeof id === "number") {
      let c = byNumber.get(id);
      if (c === undefined) {
        c = indexOf(String(id));
        byNumber.set(id, c);
      }
      return c;
    }
    let c = byString.get(id);
    if (c === undefined) {
      c = byString.size;
      byString.set(id, c);
    }
    return c;
  };
  // Capped before they are built: the first maxIssues (default 10,000) kept, all counted.
  const issues = createIssueCollector(maxIssues);
  const lateIssues = createIssueCollector(maxIssues);
  const rowIssues: ClienteleIssue[] = [];
  let bad = 0;
  let late = 0;
  const out: FastTransactionFields = { id: "", ms: 0, amount: 0, currency: undefined };
  for (let i = 0; i < n; i++) {
    let ok: boolean;
    if (rows !== undefined) {
      const row: unknown = rows[i];
      ok = readTransactionFast(row, out);
      if (!ok) {
        rowIssues.length = 0;
        // Past the cap only the count grows: the row's issues are not built.
        const full = issues.list.length >= issues.cap;
        const found = readTransactionSlow(row, [root, i], out, full ? undefined : rowIssues);
        ok = found === 0;
        if (full) issues.count += found;
        else collectIssues(issues, rowIssues);
      }
    } else {
      const { customerId, timestamp, amount, currency } = columns!;
      const rowCurrency = currency === undefined ? undefined : currency[i];
      ok =
        readFields(customerId[i], timestamp[i], amount[i], out) &&
        (rowCurrency === undefined || isCurrency(rowCurrency));
      if (!ok) {
        const row: Record<string, unknown> = { customerId: customerId[i], timestamp: timestamp[i], amount: amount[i] };
        if (rowCurrency !== undefined) row.currency = rowCurrency;
        rowIssues.length = 0;
        ok = readTransactionSlow(row, [], out, rowIssues) === 0;
        // Issue paths `amount` → `transactions.amount[i]`.
        for (const issue of rowIssues) {
          const [field, ...rest] = issue.path;
          collectIssue(issues, () => ({ ...issue, path: [root, field ?? "", i, ...rest] }));
        }
      }
    }
    if (!ok) {
      bad++;
      continue;
    }
    const day = dayOf(out.ms);
    days[i] = day;
    if (day > obsEnd) {
      late++;
      customer[i] = -1;
      if (rejectLate) {
        const end = formatCivilDate(civilFromDays(obsEnd));
        const date = formatCivilDate(civilFromDays(day));
        collectIssue(lateIssues, () => ({
          code: "domain_error",
          path: rows !== undefined ? [root, i, "timestamp"] : [root, "timestamp", i],
          message: `dated ${date}, after observationEnd ${end}`,
          expected: `a date on or before ${end}`,
          received: date,
        }));
      }
      continue;
    }
    customer[i] = indexOf(out.id);
  }
  if (bad > 0) {
    throw new ClienteleInputError(`${fn}: invalid input in ${bad} of ${n} row${n === 1 ? "" : "s"} of ${root}`, {
      issues: issues.list,
      issueCount: issues.count,
    });
  }
  if (lateIssues.count > 0) {
    const k = lateIssues.count;
    const end = formatCivilDate(civilFromDays(obsEnd));
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: ${k} transaction${k === 1 ? " is" : "s are"} dated after observationEnd (${end})`,
      { issues: lateIssues.list, issueCount: lateIssues.count },
    );
  }
  return { transactions: n, late, ids: byString.size, customer, days };
}
