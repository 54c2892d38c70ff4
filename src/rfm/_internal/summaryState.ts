import { checkTransactionColumns, type TransactionColumnsShape } from "./checkTransactionColumns.ts";
import { readTransactionSlow } from "./readTransactionSlow.ts";
/*
 * The engine behind `summarizeTransactions` and `createSummaryAccumulator`: per-customer state in
 * typed arrays, filled row by row, mergeable in any order, and turned into summary rows at the end.
 *
 * Order independence. Every piece of state is a commutative, associative fold of the rows:
 * - first purchase: the minimum of (day) with same-day amounts summed (merging on), or the minimum of
 *   (day, instant, amount) (merging off);
 * - last calibration day: a maximum; counts: sums of integers;
 * - distinct purchase days: a set (union), kept as a bitset over the customer's days while that is
 *   compact, else as a list of day numbers (see Memory);
 * - money: sums carried as unevaluated pairs hi + lo (Knuth's TwoSum, Shewchuk 1997), which hold the
 *   exact sum as long as the low parts need no rounding: for money amounts (multiples of 0.01 below
 *   about 10^13 per customer) that always holds, so the rounded result hi + lo is the correctly rounded
 *   exact sum whatever the order of rows and chunks.
 *
 * Memory. Per customer: a 64-byte record, 16 bytes of holdout sums (32 more with merging off), the id
 * string and its Map entry, and (merging on) the customer's distinct purchase days in a power-of-two
 * block of 32-bit words from a pool whose freed blocks are reused, in one of two forms:
 * - dense: a bitset over the customer's own purchase span (one word per 32 days), kept while the block
 *   has at most DENSE_SLACK + 2 · (distinct days) words; so a customer whose purchases span at most
 *   2,016 days (5.5 years) always keeps it, and reads and merges exactly as before;
 * - sparse: the day numbers themselves, one word each, appended unsorted, and sorted and deduplicated
 *   when the block is full (then doubled if more than half full, or turned back into a bitset when the
 *   rule above allows it).
 * A block grows with the customer's distinct days d, never with the span between them: at most
 * DENSE_SLACK + 4 · (d + 1) words. Two purchases 124 years apart take 4 words (a bitset took 2,048); the
 * first and last days a Date allows, 200 million days apart, take 4 words (a bitset took 2^23, and a
 * few hundred such customers overflowed the pool's typed array). Integer ids below 2^22 are found
 * through a dense table of 4 bytes per id value up to the largest id seen (at most 16 MB). Per row,
 * nothing is kept: a batch is read into reusable buffers of about 56 bytes per row, sized by the
 * largest batch.
 */

import * as z from "zod/mini";
import { civilFromDays, formatCivilDate } from "../../_lib/civilCalendar.ts";
import {
  collectIssue,
  collectIssues,
  createIssueCollector,
  type IssueCollector,
  MAX_KEPT_ISSUES,
} from "../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { MaxIssuesSchema } from "../../schema/MaxIssuesSchema.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { CalendarBoundSchema } from "../../time/CalendarBoundSchema.ts";
import type { TimeUnit } from "../../time/TimeUnitSchema.ts";
import { TimeUnitSchema } from "../../time/TimeUnitSchema.ts";
import { TimeZoneShapeSchema } from "../../time/TimeZoneSchema.ts";
import { CurrencyConversionSchema } from "../CurrencyConversion.ts";
import type { CustomerSummary } from "../CustomerSummary.ts";
import type { ReturnsPolicy } from "../SummarizeTransactionsOptions.ts";
import type { SummaryMetadata, TransactionSummary } from "../TransactionSummary.ts";
import { civilDayOfBound } from "./civilDayOfBound.ts";
import type { CivilDayReader } from "./civilDayReader.ts";
import { createCivilDayReader } from "./civilDayReader.ts";
import { DayNetting } from "./dayNetting.ts";
import { elapsedCivilTime } from "./elapsedCivilTime.ts";
import { type FastTransactionFields, isCurrency, readFields, readTransactionFast } from "./readTransactionFast.ts";

/**
 * Resolved options of a summary: everything that must be equal for two states to merge.
 *
 * @internal
 */
export interface SummaryConfig {
  /** Unit of recency, T and holdout duration. */
  readonly unit: TimeUnit;
  /** Zone of the calendar days. */
  readonly timeZone: string;
  /** Civil day number of the observation end (inclusive). */
  readonly observationEndDay: number;
  /** Civil day number of the calibration end (inclusive); the observation end when none was given. */
  readonly calibrationEndDay: number;
  /** Whether a calibration end was given (holdout fields are then filled). */
  readonly hasCalibrationEnd: boolean;
  /** Whether same-day purchases merge. */
  readonly mergeSameDay: boolean;
  /** Whether rows after the observation end are an error (else excluded and counted). */
  readonly rejectLateRows: boolean;
  /** What returns (negative amounts) do. */
  readonly returns: ReturnsPolicy;
  /** Currency every amount is converted into, or `undefined` for no conversion. */
  readonly convertTo: string | undefined;
  /** Rates into `convertTo` (units of it per unit of each currency). */
  readonly rates: Readonly<Record<string, number>>;
  /** Issues kept in an error (the others are counted); not part of what makes two configs equal. */
  readonly maxIssues: number;
}

const ArgsSchema = /* @__PURE__ */ z.object({
  // SummarizeTransactionsOptionsSchema with a shape-only zone check: createWallClock validates IANA names.
  options: /* @__PURE__ */ z.strictObject({
    unit: TimeUnitSchema,
    observationEnd: CalendarBoundSchema,
    calibrationEnd: /* @__PURE__ */ z.optional(CalendarBoundSchema),
    timeZone: /* @__PURE__ */ z.optional(TimeZoneShapeSchema),
    mergeSameDay: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    rowsAfterObservationEnd: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(["exclude", "throw"])),
    returns: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(["reject", "drop", "net"])),
    convertCurrency: /* @__PURE__ */ z.optional(CurrencyConversionSchema),
    maxIssues: /* @__PURE__ */ z.optional(MaxIssuesSchema),
  }),
});

/**
 * Validates summary options (path `options.…`) and creates an empty state for them.
 *
 * @param fnName - Public function name for errors.
 * @param options - Untrusted options.
 * @returns A fresh state.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad option, an unknown zone, a calibration
 *   end after the observation end, or `returns: "net"` with `mergeSameDay: false`.
 * @internal
 */
export function createSummaryState(fnName: string, options: unknown): SummaryState {
  const args = parseInput(fnName, ArgsSchema, { options });
  const o = args.options;
  const timeZone = o.timeZone ?? "UTC";
  const dayOf = createCivilDayReader(fnName, timeZone, ["options", "timeZone"]);
  const observationEndDay = civilDayOfBound(o.observationEnd, dayOf);
  const calibrationEndDay =
    o.calibrationEnd === undefined ? observationEndDay : civilDayOfBound(o.calibrationEnd, dayOf);
  if (calibrationEndDay > observationEndDay) {
    const cal = formatCivilDate(civilFromDays(calibrationEndDay));
    const obs = formatCivilDate(civilFromDays(observationEndDay));
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "too_big",
          path: ["options", "calibrationEnd"],
          message: `expected a date on or before observationEnd (${obs}), received ${cal}`,
          expected: `date ≤ ${obs}`,
          received: cal,
        },
      ],
    });
  }
  const mergeSameDay = o.mergeSameDay ?? true;
  const returns = o.returns ?? "reject";
  if (returns === "net" && !mergeSameDay) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "returns"],
          message: `expected "reject" or "drop" with mergeSameDay: false ("net" nets a return against its day's purchases), received "net"`,
          expected: '"reject" | "drop"',
          received: '"net"',
        },
      ],
    });
  }
  const config: SummaryConfig = {
    unit: o.unit,
    timeZone,
    observationEndDay,
    calibrationEndDay,
    hasCalibrationEnd: o.calibrationEnd !== undefined,
    mergeSameDay,
    rejectLateRows: o.rowsAfterObservationEnd === "throw",
    returns,
    convertTo: o.convertCurrency?.to,
    rates: o.convertCurrency?.rates ?? {},
    maxIssues: o.maxIssues ?? MAX_KEPT_ISSUES,
  };
  return new SummaryState(config, dayOf);
}

const NO_FIRST = 2_147_483_647;
const NO_LAST = -2_147_483_648;

// Per-customer record: STRIDE doubles in one Float64Array, exactly the fields every calibration row
// touches (merging on), so a row costs one cache line for its customer, not one per field. Holdout sums
// and the fields used only without same-day merging live in two smaller side arrays.
const STRIDE = 8;
const FIRST_DAY = 0;
const FIRST_HI = 1; // first purchase's value (merging on: the first day's total), hi + lo
const CAL_HI = 3; // calibration total, hi + lo (CAL_HI + 1)
const LAST_CAL_DAY = 5;
const BLOCK_START = 6; // day block: offset in the pool, -1 for none
const BLOCK_SHAPE = 7; // day block: dense ≥ 0 (first word number and size), sparse < 0 (count and size)
const HOLD_STRIDE = 2; // side array `hold`: holdout total, hi + lo
const EXTRA_STRIDE = 4; // side array `extra` (merging off): rows in calibration, in holdout, first instant
const CAL_COUNT = 0;
const HOLD_COUNT = 1;
const FIRST_MS = 2;

// Block shape packing. Dense: (base + 2^25) · 2^26 + cap ≥ 1; word numbers of any Date lie within ±2^22
// and sizes below 2^24 words (the first word of a block at most 2^24 below the lowest), so the packed
// value is an exact integer below 2^52. Sparse: −(count · 2^26 + cap) ≤ −1, with count ≤ cap < 2^26.
const BASE_OFFSET = 2 ** 25;
const CAP_SCALE = 2 ** 26;
// Sparse blocks hold day + DAY_BIAS (civil days of any Date lie within ±2^27), so they sort as unsigned.
const DAY_BIAS = 2 ** 27;
// A block stays (or becomes) a bitset while it has at most DENSE_SLACK + 2 · (distinct days) words.
const DENSE_SLACK = 64;
// Sparse blocks up to this many entries are sorted by insertion, larger ones by the typed-array sort.
const INSERTION_SORT_MAX = 32;

/** Integer ids below this use a dense index (4 bytes per possible id) instead of the Map. */
const DENSE_LIMIT = 1 << 22;

/**
 * Mutable per-customer state of a summary (see the file header for the invariants).
 *
 * @internal
 */
export class SummaryState {
  /** Resolved options. */
  readonly config: SummaryConfig;
  /** Instant → civil day in the configured zone. */
  readonly dayOf: CivilDayReader;
  /** Customer ids by index. */
  readonly ids: string[] = [];
  /** Rows accepted so far (including those after the observation end). */
  transactions = 0;
  /** Rows dated after the observation end (excluded). */
  late = 0;
  /** Returns on or before the observation end (dropped or netted). */
  returnRows = 0;
  /** With `returns: "net"`, every (customer, day) total; purchases go here instead of the records. */
  readonly netting = new DayNetting();
  /** Currency names by code − 2 (code 0: no row yet, 1: rows without a currency). */
  readonly currencyNames: string[] = [];
  /** Customers whose rows state more than one currency code, with those codes. */
  readonly mixed = new Map<number, Set<number>>();

  private readonly byString = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  private dense = new Int32Array(0);
  private s = new Float64Array(0);
  private hold = new Float64Array(0);
  private extra = new Float64Array(0);
  /**
   * Per customer: the currency code of its rows (0 before the first row). Kept lazily: while every row
   * so far has had one code, `uniformCode` (> 0) says so and `cur` is not written (no customer can be
   * mixed); the first row with another code fills `cur` for the customers seen so far and sets
   * `uniformCode` to −1, after which `cur` is kept row by row. (0: no row yet.)
   */
  private cur = new Int32Array(0);
  private uniformCode = 0;
  private readonly currencyCodes = new Map<string, number>();
  private lastCurrency: string | undefined = undefined;
  private lastCode = 1;
  private pool = new Uint32Array(0);
  private poolUsed = 0;
  /** Free-list heads (start + 1; 0 for empty) by block size 2^k. */
  private readonly free = new Uint32Array(32);
  /** Reusable batch buffers (filled by readRowRange / readColumnRange). */
  batch: Batch = {
    numIds: new Float64Array(0),
    strIds: [],
    days: new Int32Array(0),
    ms: new Float64Array(0),
    amounts: new Float64Array(0),
    currencies: new Int32Array(0),
    customer: new Int32Array(0),
    sortedCustomer: new Int32Array(0),
    sortedDays: new Int32Array(0),
    sortedMs: new Float64Array(0),
    sortedAmounts: new Float64Array(0),
  };
  private counts = new Int32Array(0);

  /** Words of the day-block pool handed out so far (free blocks included): what the day sets cost. */
  get poolWords(): number {
    return this.poolUsed;
  }

  /**
   * @param config - Resolved options.
   * @param dayOf - Day reader for `config.timeZone`.
   */
  constructor(config: SummaryConfig, dayOf: CivilDayReader) {
    this.config = config;
    this.dayOf = dayOf;
  }

  /**
   * Validates a batch (rows or columns) and adds it; throws listing every bad row (and, when configured,
   * every row after the observation end).
   *
   * @param fnName - Public function name for errors.
   * @param input - Rows or {@link TransactionColumns}.
   * @param root - First path segment of issues (`"transactions"`, `"chunk"`).
   * @param atomic - Whether a failing call must leave the state unchanged (else the input is read and
   *   applied block by block, and the state is unusable after an error).
   * @param blockRows - Rows per block when not atomic.
   */
  ingest(fnName: string, input: unknown, root: string, atomic = true, blockRows = BLOCK_ROWS): void {
    const rows = Array.isArray(input) ? (input as readonly unknown[]) : undefined;
    const columns = rows === undefined ? checkTransactionColumns(fnName, input, root) : undefined;
    const n = rows !== undefined ? rows.length : columns!.customerId.length;
    // Atomic: read and check the whole batch, then apply it. Otherwise (one-shot calls, whose state is
    // thrown away on error) stream through blocks, so the buffers stay small.
    const block = atomic ? n : Math.min(n, blockRows);
    // Both lists are capped before they are built (a million bad rows keep maxIssues issues and count all).
    const cap = this.config.maxIssues;
    const problems: Problems = { issues: createIssueCollector(cap), bad: 0, late: createIssueCollector(cap) };
    for (let from = 0; from < n || from === 0; from += block) {
      const to = Math.min(n, from + block);
      this.reserveBatch(to - from);
      if (rows !== undefined) readRowRange(rows, from, to, root, this, problems);
      else readColumnRange(columns!, from, to, root, this, problems);
      if (!atomic && problems.bad === 0 && problems.late.count === 0) this.apply(to - from);
      if (n === 0) break;
    }
    if (problems.bad > 0) {
      throw new ClienteleInputError(
        `${fnName}: invalid input in ${problems.bad} of ${n} row${n === 1 ? "" : "s"} of ${root}`,
        { issues: problems.issues.list, issueCount: problems.issues.count },
      );
    }
    if (problems.late.count > 0) {
      const k = problems.late.count;
      const end = formatCivilDate(civilFromDays(this.config.observationEndDay));
      throw new ClienteleDomainError(
        "domain_error",
        `${fnName}: ${k} transaction${k === 1 ? " is" : "s are"} dated after observationEnd (${end})`,
        { issues: problems.late.list, issueCount: problems.late.count },
      );
    }
    if (atomic) this.apply(n);
  }

  /** Applies the first `n` rows of the batch (validated and checked). */
  private apply(n: number): void {
    const { numIds, strIds, days, ms, amounts, currencies, customer } = this.batch;
    const { observationEndDay: obsEnd, returns } = this.config;
    this.transactions += n;
    let kept = 0;
    for (let i = 0; i < n; i++) {
      if (days[i]! > obsEnd) {
        this.late++;
        customer[i] = -1;
        continue;
      }
      const isReturn = amounts[i]! < 0;
      if (isReturn) {
        this.returnRows++;
        if (returns === "drop") {
          customer[i] = -1;
          continue;
        }
      }
      const num = numIds[i]!;
      const known = this.ids.length;
      const c = !Number.isNaN(num) ? this.indexOfNumber(num) : this.indexOfString(strIds[i]!);
      const code = currencies[i]!;
      if (code !== this.uniformCode) this.noteCurrency(c, code, known);
      if (returns === "net") {
        // Netting: rows go to their (customer, day) total; the records are built in finish().
        this.netting.add(c, days[i]!, amounts[i]!, 0, 1, isReturn);
        customer[i] = -1;
        continue;
      }
      customer[i] = c;
      kept++;
    }
    const size = this.ids.length;
    if (kept < size / 8) {
      for (let i = 0; i < n; i++) {
        const c = customer[i]!;
        if (c >= 0) this.addRow(c * STRIDE, days[i]!, ms[i]!, amounts[i]!);
      }
      return;
    }
    // Many rows per customer record touched: group the rows by customer first (a counting sort), so each
    // record and bitset is visited once per batch, in memory order, instead of once per row at random.
    // Only the order of the (order-free) folds changes, never the result.
    const { sortedCustomer, sortedDays, sortedMs, sortedAmounts } = this.batch;
    const starts = this.reserveCounts(size + 1);
    starts.fill(0, 0, size + 1);
    for (let i = 0; i < n; i++) {
      const c = customer[i]!;
      if (c >= 0) starts[c + 1]!++;
    }
    for (let c = 0; c < size; c++) starts[c + 1]! += starts[c]!;
    for (let i = 0; i < n; i++) {
      const c = customer[i]!;
      if (c < 0) continue;
      const at = starts[c]!++;
      sortedCustomer[at] = c;
      sortedDays[at] = days[i]!;
      sortedMs[at] = ms[i]!;
      sortedAmounts[at] = amounts[i]!;
    }
    for (let k = 0; k < kept; k++) {
      this.addRow(sortedCustomer[k]! * STRIDE, sortedDays[k]!, sortedMs[k]!, sortedAmounts[k]!);
    }
  }

  /**
   * Makes sure the batch buffers hold `n` rows.
   *
   * @param n - Rows in the batch.
   */
  reserveBatch(n: number): void {
    if (this.batch.days.length >= n) return;
    const size = Math.max(n, 2 * this.batch.days.length);
    this.batch = {
      numIds: new Float64Array(size),
      strIds: this.batch.strIds,
      days: new Int32Array(size),
      ms: new Float64Array(size),
      amounts: new Float64Array(size),
      currencies: new Int32Array(size),
      customer: new Int32Array(size),
      sortedCustomer: new Int32Array(size),
      sortedDays: new Int32Array(size),
      sortedMs: new Float64Array(size),
      sortedAmounts: new Float64Array(size),
    };
  }

  /**
   * The code of a row's currency (1 for none), registering a new one. Rows of one log mostly repeat
   * the same string, so the last one is remembered.
   *
   * @param currency - The row's currency or `undefined`.
   * @returns Its code.
   */
  currencyCode(currency: string | undefined): number {
    if (currency === this.lastCurrency) return this.lastCode;
    let code = 1;
    if (currency !== undefined) {
      const known = this.currencyCodes.get(currency);
      if (known === undefined) {
        code = this.currencyNames.length + 2;
        this.currencyNames.push(currency);
        this.currencyCodes.set(currency, code);
      } else {
        code = known;
      }
    }
    this.lastCurrency = currency;
    this.lastCode = code;
    return code;
  }

  /**
   * Records a row of customer `c` in currency `code` when it differs from the uniform code (see `cur`).
   *
   * @param c - Customer index.
   * @param code - The row's currency code.
   * @param known - Customers registered before this row (`c` is new when `c ≥ known`).
   */
  private noteCurrency(c: number, code: number, known: number): void {
    if (this.uniformCode === 0) {
      this.uniformCode = code;
      return;
    }
    if (this.uniformCode > 0) {
      this.cur.fill(this.uniformCode, 0, known);
      this.uniformCode = -1;
    }
    const seen = this.cur[c]!;
    if (seen === code) return;
    if (seen === 0) this.cur[c] = code;
    else this.markMixed(c, seen, code);
  }

  /** Fills `cur` for every customer (leaving the uniform mode); the currencies recorded do not change. */
  private materializeCurrencies(): void {
    if (this.uniformCode > 0) {
      this.cur.fill(this.uniformCode, 0, this.ids.length);
      this.uniformCode = -1;
    }
  }

  /** Records that customer `c` has rows in currency codes `a` and `b`. */
  private markMixed(c: number, a: number, b: number): void {
    let codes = this.mixed.get(c);
    if (codes === undefined) {
      codes = new Set([a]);
      this.mixed.set(c, codes);
    }
    codes.add(b);
  }

  /** Name of a currency code, for messages and metadata. */
  private currencyName(code: number): string {
    return code === 1 ? "no currency" : this.currencyNames[code - 2]!;
  }

  /** A reusable counts array of at least `n` entries. */
  private reserveCounts(n: number): Int32Array {
    if (this.counts.length < n) this.counts = new Int32Array(Math.max(n, 2 * this.counts.length));
    return this.counts;
  }

  /**
   * Folds another state with an equal config into this one; `other` is not changed.
   *
   * @param other - Another state (not this one).
   */
  mergeFrom(other: SummaryState): void {
    const merge = this.config.mergeSameDay;
    this.transactions += other.transactions;
    this.late += other.late;
    this.returnRows += other.returnRows;
    this.materializeCurrencies();
    other.materializeCurrencies();
    this.uniformCode = -1; // per-customer codes from here on: the merged customers' codes are in `cur`
    const o = other.s;
    const index = new Int32Array(other.ids.length);
    const codeHere = (code: number) => (code <= 1 ? code : this.currencyCode(other.currencyNames[code - 2]!));
    for (let j = 0; j < other.ids.length; j++) {
      const q = j * STRIDE;
      const c = this.indexOfString(other.ids[j]!);
      index[j] = c;
      const p = c * STRIDE;
      const theirs = other.cur[j]!;
      const codes = other.mixed.get(j);
      for (const code of codes ?? (theirs === 0 ? [] : [theirs])) {
        const mine = codeHere(code);
        const seen = this.cur[c]!;
        if (seen === 0) this.cur[c] = mine;
        else if (seen !== mine) this.markMixed(c, seen, mine);
      }
      const s = this.s;
      const od = o[q + FIRST_DAY]!;
      if (merge) {
        if (od < s[p + FIRST_DAY]!) {
          s[p + FIRST_DAY] = od;
          s[p + FIRST_HI] = o[q + FIRST_HI]!;
          s[p + FIRST_HI + 1] = o[q + FIRST_HI + 1]!;
        } else if (od === s[p + FIRST_DAY]) {
          addTo(s, p + FIRST_HI, o[q + FIRST_HI]!);
          s[p + FIRST_HI + 1]! += o[q + FIRST_HI + 1]!;
        }
        const start = o[q + BLOCK_START]!;
        const shape = o[q + BLOCK_SHAPE]!;
        if (start >= 0 && shape >= 0) {
          const { base, cap } = other.shapeOf(q);
          for (let w = 0; w < cap; w++) {
            const bits = other.pool[start + w]!;
            if (bits !== 0) this.orWord(p, base + w, bits);
          }
        } else if (start >= 0) {
          // Sparse: its days (possibly repeated, which the union ignores), read without changing `other`.
          const count = Math.floor(-shape / CAP_SCALE);
          for (let k = 0; k < count; k++) {
            const day = other.pool[start + k]! - DAY_BIAS;
            this.orWord(p, day >> 5, 1 << (day & 31));
          }
        }
      } else {
        const e = this.extra;
        const oe = other.extra;
        const pe = (p / STRIDE) * EXTRA_STRIDE;
        const qe = j * EXTRA_STRIDE;
        if (this.isBefore(od, oe[qe + FIRST_MS]!, o[q + FIRST_HI]!, p)) {
          s[p + FIRST_DAY] = od;
          e[pe + FIRST_MS] = oe[qe + FIRST_MS]!;
          s[p + FIRST_HI] = o[q + FIRST_HI]!;
        }
        e[pe + CAL_COUNT]! += oe[qe + CAL_COUNT]!;
        e[pe + HOLD_COUNT]! += oe[qe + HOLD_COUNT]!;
      }
      if (o[q + LAST_CAL_DAY]! > s[p + LAST_CAL_DAY]!) s[p + LAST_CAL_DAY] = o[q + LAST_CAL_DAY]!;
      addTo(s, p + CAL_HI, o[q + CAL_HI]!);
      s[p + CAL_HI + 1]! += o[q + CAL_HI + 1]!;
      const ph = (p / STRIDE) * HOLD_STRIDE;
      const qh = j * HOLD_STRIDE;
      addTo(this.hold, ph, other.hold[qh]!);
      this.hold[ph + 1]! += other.hold[qh + 1]!;
    }
    other.netting.forEach((j, day, hi, lo, rows, hasReturn) => {
      this.netting.add(index[j]!, day, hi, lo, rows, hasReturn);
    });
  }

  /**
   * Builds the summary rows and metadata from the current state (the state is not changed).
   *
   * @param fnName - Public function name for errors.
   * @returns The summary.
   * @throws {@link ClienteleDomainError} `insufficient_data` when no customer is left in calibration;
   *   `domain_error` when a customer's amounts sum beyond the largest finite number, or when a
   *   customer's rows state more than one currency (without `convertCurrency`).
   */
  finish(fnName: string): TransactionSummary {
    this.checkCurrencies(fnName);
    if (this.config.returns === "net") return this.finishNetted(fnName);
    return this.summarize(fnName, 0, 0);
  }

  /** Throws `domain_error` naming the customers whose rows state more than one currency. */
  private checkCurrencies(fnName: string): void {
    if (this.mixed.size === 0) return;
    const collector = createIssueCollector(this.config.maxIssues);
    const order = [...this.mixed.keys()];
    sortByCustomerId(order, this.ids);
    for (const c of order) {
      collectIssue(collector, () => {
        const names = [...this.mixed.get(c)!].map((code) => this.currencyName(code)).sort();
        const id = this.ids[c]!;
        return {
          code: "domain_error",
          path: [],
          message: `customer ${JSON.stringify(id)} has amounts in ${names.join(" and ")}`,
          expected: "one currency per customer",
          received: names.join(", "),
        };
      });
    }
    const k = collector.count;
    throw new ClienteleDomainError(
      "domain_error",
      `${fnName}: ${k} customer${k === 1 ? " has" : "s have"} amounts in more than one currency; convert them with options.convertCurrency or summarise each currency separately`,
      { issues: collector.list, issueCount: collector.count },
    );
  }

  /**
   * `returns: "net"`: builds the records from the (customer, day) totals (a day with a return and a
   * net value ≤ 0 is no purchase), summarises them, and reports the log's own counts.
   */
  private finishNetted(fnName: string): TransactionSummary {
    // The inner state only receives whole days through addRow (never rows through ingest).
    const inner = new SummaryState(this.config, this.dayOf);
    this.materializeCurrencies();
    inner.uniformCode = -1;
    let cancelledDays = 0;
    let cancelledRows = 0;
    const index = new Int32Array(this.ids.length).fill(-1);
    this.netting.forEach((c, day, hi, lo, rows, hasReturn) => {
      const net = hi + lo;
      if (hasReturn && net <= 0) {
        cancelledDays++;
        cancelledRows += rows;
        return;
      }
      if (index[c] === -1) {
        index[c] = inner.indexOfString(this.ids[c]!);
        inner.cur[index[c]!] = this.cur[c]!;
      }
      inner.addRow(index[c]! * STRIDE, day, 0, net);
    });
    inner.currencyNames.push(...this.currencyNames);
    inner.transactions = this.transactions;
    inner.late = this.late;
    inner.returnRows = this.returnRows;
    return inner.summarize(fnName, cancelledDays, cancelledRows);
  }

  /**
   * The rows and metadata of the records.
   *
   * @param fnName - Public function name for errors.
   * @param cancelledDays - Days cancelled by netting.
   * @param cancelledRows - Rows on those days (in no purchase).
   */
  private summarize(fnName: string, cancelledDays: number, cancelledRows: number): TransactionSummary {
    const { unit, calibrationEndDay: calEnd, observationEndDay: obsEnd, hasCalibrationEnd, mergeSameDay } = this.config;
    const s = this.s;
    const span = createSpan(unit);
    const keep: number[] = [];
    let afterCalibration = 0;
    let purchaseDays = 0;
    const dayCounts = new Float64Array(mergeSameDay ? 2 * this.ids.length : 0);
    for (let c = 0; c < this.ids.length; c++) {
      const p = c * STRIDE;
      if (s[p + FIRST_DAY]! > calEnd) afterCalibration++;
      else keep.push(c);
      if (mergeSameDay) {
        // Purchase days in calibration and in holdout, counted once and kept for the rows.
        const cal = this.countDays(p, s[p + FIRST_DAY]!, calEnd);
        const hold = this.countDays(p, Math.max(calEnd + 1, s[p + FIRST_DAY]!), obsEnd);
        dayCounts[2 * c] = cal;
        dayCounts[2 * c + 1] = hold;
        purchaseDays += cal + hold;
      }
    }
    const metadata: SummaryMetadata = {
      unit,
      timeZone: this.config.timeZone,
      observationEnd: formatCivilDate(civilFromDays(obsEnd)),
      calibrationEnd: hasCalibrationEnd ? formatCivilDate(civilFromDays(calEnd)) : undefined,
      holdoutDuration: hasCalibrationEnd ? span(calEnd, obsEnd) : undefined,
      mergeSameDay,
      transactions: this.transactions,
      transactionsAfterObservationEnd: this.late,
      sameDayMerged: mergeSameDay
        ? this.transactions - this.late - this.droppedRows() - cancelledRows - purchaseDays
        : 0,
      customers: this.ids.length,
      customersAfterCalibrationEnd: afterCalibration,
      returns: this.config.returns,
      returnRows: this.returnRows,
      cancelledDays,
      currencies: this.currencyList(),
    };
    if (keep.length === 0) {
      const what =
        this.transactions === 0
          ? "no transactions"
          : `no customer made a first purchase on or before ${hasCalibrationEnd ? "calibrationEnd" : "observationEnd"} (${metadata.calibrationEnd ?? metadata.observationEnd}); ${this.transactions} rows read, ${this.late} after observationEnd, ${afterCalibration} customers first bought after calibrationEnd`;
      throw new ClienteleDomainError("insufficient_data", `${fnName}: ${what}`);
    }
    sortByCustomerId(keep, this.ids);
    const rows: CustomerSummary[] = new Array(keep.length);
    const holdoutDuration = metadata.holdoutDuration ?? 0;
    for (let k = 0; k < keep.length; k++) {
      const c = keep[k]!;
      const p = c * STRIDE;
      const first = s[p + FIRST_DAY]!;
      const calPurchases = mergeSameDay ? dayCounts[2 * c]! : this.extra[c * EXTRA_STRIDE + CAL_COUNT]!;
      const frequency = calPurchases - 1;
      const repeatValue = difference(s[p + CAL_HI]!, s[p + CAL_HI + 1]!, s[p + FIRST_HI]!, s[p + FIRST_HI + 1]!);
      const monetaryValue = frequency > 0 ? Math.max(0, repeatValue) / frequency : 0;
      const customerId = this.ids[c]!;
      const holdValue = this.hold[c * HOLD_STRIDE]! + this.hold[c * HOLD_STRIDE + 1]!;
      if (!Number.isFinite(monetaryValue) || !Number.isFinite(holdValue)) {
        throw new ClienteleDomainError(
          "domain_error",
          `${fnName}: the amounts of customer ${JSON.stringify(customerId)} sum beyond the largest finite number`,
        );
      }
      const recency = frequency > 0 ? span(first, s[p + LAST_CAL_DAY]!) : 0;
      const T = span(first, calEnd);
      if (!hasCalibrationEnd) {
        rows[k] = { customerId, frequency, recency, T, monetaryValue };
        continue;
      }
      const holdoutFrequency = mergeSameDay ? dayCounts[2 * c + 1]! : this.extra[c * EXTRA_STRIDE + HOLD_COUNT]!;
      rows[k] = {
        customerId,
        frequency,
        recency,
        T,
        monetaryValue,
        holdoutFrequency,
        holdoutMonetaryValue: holdoutFrequency > 0 ? Math.max(0, holdValue) / holdoutFrequency : 0,
        holdoutDuration,
      };
    }
    return { rows, metadata };
  }

  /** Rows left out by `returns: "drop"`. */
  private droppedRows(): number {
    return this.config.returns === "drop" ? this.returnRows : 0;
  }

  /** The currencies of the summary's values (see `SummaryMetadata.currencies`). */
  private currencyList(): string[] {
    if (this.config.convertTo !== undefined) return [this.config.convertTo];
    this.materializeCurrencies();
    const seen = new Set<string>();
    const cur = this.cur;
    for (let c = 0; c < this.ids.length; c++) if (cur[c]! >= 2) seen.add(this.currencyNames[cur[c]! - 2]!);
    return [...seen].sort();
  }

  /** Index of a customer given by a safe non-negative integer id, registering it on first sight. */
  private indexOfNumber(id: number): number {
    if (id < DENSE_LIMIT) {
      if (id >= this.dense.length) {
        const dense = new Int32Array(Math.min(DENSE_LIMIT, Math.max(1024, 2 * id + 2)));
        dense.set(this.dense);
        this.dense = dense;
      }
      const known = this.dense[id]!;
      if (known > 0) return known - 1;
      const c = this.indexOfString(String(id));
      this.dense[id] = c + 1;
      return c;
    }
    let c = this.byNumber.get(id);
    if (c === undefined) {
      c = this.indexOfString(String(id));
      this.byNumber.set(id, c);
    }
    return c;
  }

  /** Index of a customer, registering it on first sight. */
  private indexOfString(id: string): number {
    const c = this.byString.get(id);
    return c === undefined ? this.register(id) : c;
  }

  private register(id: string): number {
    const c = this.ids.length;
    const p = c * STRIDE;
    if (p === this.s.length) {
      const capacity = Math.max(64, 2 * c);
      const grow = (a: Float64Array, stride: number) => {
        const b = new Float64Array(capacity * stride);
        b.set(a);
        return b;
      };
      this.s = grow(this.s, STRIDE);
      this.hold = grow(this.hold, HOLD_STRIDE);
      const cur = new Int32Array(capacity);
      cur.set(this.cur);
      this.cur = cur;
      if (!this.config.mergeSameDay) this.extra = grow(this.extra, EXTRA_STRIDE);
    }
    this.ids.push(id);
    this.byString.set(id, c);
    this.s[p + FIRST_DAY] = NO_FIRST;
    this.s[p + LAST_CAL_DAY] = NO_LAST;
    this.s[p + BLOCK_START] = -1;
    return c;
  }

  /** Adds one purchase to the customer whose record starts at `p`. */
  private addRow(p: number, day: number, ms: number, amount: number): void {
    const s = this.s;
    const inCalibration = day <= this.config.calibrationEndDay;
    if (this.config.mergeSameDay) {
      const first = s[p + FIRST_DAY]!;
      if (day < first) {
        s[p + FIRST_DAY] = day;
        s[p + FIRST_HI] = amount;
        s[p + FIRST_HI + 1] = 0;
      } else if (day === first) {
        addTo(s, p + FIRST_HI, amount);
      }
      this.orWord(p, day >> 5, 1 << (day & 31));
    } else {
      const pe = (p / STRIDE) * EXTRA_STRIDE;
      if (this.isBefore(day, ms, amount, p)) {
        s[p + FIRST_DAY] = day;
        this.extra[pe + FIRST_MS] = ms;
        s[p + FIRST_HI] = amount;
      }
      this.extra[pe + (inCalibration ? CAL_COUNT : HOLD_COUNT)]! += 1;
    }
    if (inCalibration) {
      addTo(s, p + CAL_HI, amount);
      if (day > s[p + LAST_CAL_DAY]!) s[p + LAST_CAL_DAY] = day;
    } else {
      addTo(this.hold, (p / STRIDE) * HOLD_STRIDE, amount);
    }
  }

  /** Whether purchase (day, ms, amount) comes before the first purchase of the customer at `p` (merging off). */
  private isBefore(day: number, ms: number, amount: number, p: number): boolean {
    const s = this.s;
    const first = s[p + FIRST_DAY]!;
    if (day !== first) return day < first;
    const firstMs = this.extra[(p / STRIDE) * EXTRA_STRIDE + FIRST_MS]!;
    if (ms !== firstMs) return ms < firstMs;
    return amount < s[p + FIRST_HI]!;
  }

  /**
   * ORs `bits` into word number `word` (day >> 5) of the day set of the customer at `p`: into its bitset,
   * growing it as needed, or turning it into a sparse list when the grown bitset would be too large
   * for the customer's distinct days; or into its sparse list.
   */
  private orWord(p: number, word: number, bits: number): void {
    const s = this.s;
    const start = s[p + BLOCK_START]!;
    if (start < 0) {
      const fresh = this.allocate(1);
      s[p + BLOCK_START] = fresh;
      s[p + BLOCK_SHAPE] = (word + BASE_OFFSET) * CAP_SCALE + 1;
      this.pool[fresh] = bits;
      return;
    }
    const shape = s[p + BLOCK_SHAPE]!;
    if (shape < 0) {
      this.addSparse(p, word, bits);
      return;
    }
    const biased = Math.floor(shape / CAP_SCALE);
    const base = biased - BASE_OFFSET;
    const cap = shape - biased * CAP_SCALE;
    if (word >= base && word < base + cap) {
      this.pool[start + word - base]! |= bits;
      return;
    }
    this.growDense(p, start, base, cap, word, bits);
  }

  /**
   * Grows the bitset (block `start`, first word `base`, `cap` words) of the customer at `p` to cover
   * `word`, or turns it into a sparse list when the grown bitset would be too large for its days; then
   * adds `bits`. Kept out of {@link orWord} so that the common in-range path stays small.
   */
  private growDense(p: number, start: number, base: number, cap: number, word: number, bits: number): void {
    const s = this.s;
    // Grow to a power-of-two size covering `word`, at least double, with the slack on the growing side.
    const low = Math.min(base, word);
    const high = Math.max(base + cap - 1, word);
    let size = cap * 2;
    while (size < high - low + 1) size *= 2;
    if (size > DENSE_SLACK) {
      const distinct = this.countWords(start, cap);
      if (size > DENSE_SLACK + 2 * distinct) {
        this.toSparse(p, start, base, cap, distinct);
        this.addSparse(p, word, bits);
        return;
      }
    }
    const newBase = word < base ? high - size + 1 : low;
    const fresh = this.allocate(size);
    this.pool.copyWithin(fresh + (base - newBase), start, start + cap);
    this.release(start, cap);
    s[p + BLOCK_START] = fresh;
    s[p + BLOCK_SHAPE] = (newBase + BASE_OFFSET) * CAP_SCALE + size;
    this.pool[fresh + word - newBase]! |= bits;
  }

  /** Set bits in words [start, start + cap) of the pool. */
  private countWords(start: number, cap: number): number {
    let total = 0;
    for (let w = 0; w < cap; w++) total += popcount(this.pool[start + w]!);
    return total;
  }

  /** Replaces the bitset of the customer at `p` (`distinct` days) with a sorted sparse list. */
  private toSparse(p: number, start: number, base: number, cap: number, distinct: number): void {
    let size = 4;
    while (size < 2 * (distinct + 1)) size *= 2;
    const fresh = this.allocate(size);
    const pool = this.pool;
    let k = fresh;
    for (let w = 0; w < cap; w++) {
      let bits = pool[start + w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        pool[k++] = (base + w) * 32 + 31 - Math.clz32(low) + DAY_BIAS;
        bits ^= low;
      }
    }
    this.release(start, cap);
    this.s[p + BLOCK_START] = fresh;
    this.s[p + BLOCK_SHAPE] = -(distinct * CAP_SCALE + size);
  }

  /** Appends the days of `bits` in word `word` to the sparse list of the customer at `p`. */
  private addSparse(p: number, word: number, bits: number): void {
    while (bits !== 0) {
      const s = this.s;
      const shape = s[p + BLOCK_SHAPE]!;
      if (shape >= 0) {
        // Compacting turned the list back into a bitset: the remaining days go there.
        this.orWord(p, word, bits);
        return;
      }
      const start = s[p + BLOCK_START]!;
      const count = Math.floor(-shape / CAP_SCALE);
      const cap = -shape - count * CAP_SCALE;
      const low = bits & -bits;
      const value = word * 32 + 31 - Math.clz32(low) + DAY_BIAS;
      if (count > 0 && this.pool[start + count - 1] === value) {
        bits ^= low;
        continue;
      }
      if (count === cap) {
        // Full: compact (which leaves room, or a bitset), then place this day again.
        this.compactSparse(p);
        continue;
      }
      this.pool[start + count] = value;
      s[p + BLOCK_SHAPE] = -((count + 1) * CAP_SCALE + cap);
      bits ^= low;
    }
  }

  /**
   * Sorts and deduplicates the full sparse list of the customer at `p`; then turns it into a bitset if
   * that is now small enough, or doubles it if it is more than half full.
   */
  private compactSparse(p: number): void {
    const s = this.s;
    const start = s[p + BLOCK_START]!;
    const cap = -s[p + BLOCK_SHAPE]! % CAP_SCALE;
    const n = this.normaliseSparse(p);
    const pool = this.pool;
    const lowWord = (pool[start]! - DAY_BIAS) >> 5;
    const highWord = (pool[start + n - 1]! - DAY_BIAS) >> 5;
    let dense = 1;
    while (dense < highWord - lowWord + 1) dense *= 2;
    if (dense <= DENSE_SLACK + 2 * n) {
      const fresh = this.allocate(dense);
      const words = this.pool;
      for (let k = 0; k < n; k++) {
        const day = words[start + k]! - DAY_BIAS;
        words[fresh + (day >> 5) - lowWord]! |= 1 << (day & 31);
      }
      this.release(start, cap);
      s[p + BLOCK_START] = fresh;
      s[p + BLOCK_SHAPE] = (lowWord + BASE_OFFSET) * CAP_SCALE + dense;
    } else if (2 * n > cap) {
      const fresh = this.allocate(2 * cap);
      this.pool.copyWithin(fresh, start, start + n);
      this.release(start, cap);
      s[p + BLOCK_START] = fresh;
      s[p + BLOCK_SHAPE] = -(n * CAP_SCALE + 2 * cap);
    }
  }

  /**
   * Sorts and deduplicates the sparse list of the customer at `p` in place (the set it holds is the
   * same) and returns its length.
   */
  private normaliseSparse(p: number): number {
    const s = this.s;
    const start = s[p + BLOCK_START]!;
    const packed = -s[p + BLOCK_SHAPE]!;
    const count = Math.floor(packed / CAP_SCALE);
    const cap = packed - count * CAP_SCALE;
    const pool = this.pool;
    if (count <= INSERTION_SORT_MAX) {
      for (let i = start + 1; i < start + count; i++) {
        const v = pool[i]!;
        let j = i - 1;
        while (j >= start && pool[j]! > v) {
          pool[j + 1] = pool[j]!;
          j--;
        }
        pool[j + 1] = v;
      }
    } else {
      pool.subarray(start, start + count).sort();
    }
    let n = count > 0 ? 1 : 0;
    for (let i = 1; i < count; i++) {
      const v = pool[start + i]!;
      if (v !== pool[start + n - 1]) pool[start + n++] = v;
    }
    s[p + BLOCK_SHAPE] = -(n * CAP_SCALE + cap);
    return n;
  }

  /**
   * Reserves a zeroed block of `size` words (a power of two): from the free list of that size, or at
   * the end of the pool, which doubles when full.
   */
  private allocate(size: number): number {
    const k = Math.log2(size);
    const head = this.free[k]!;
    if (head > 0) {
      const start = head - 1;
      this.free[k] = this.pool[start]!;
      this.pool.fill(0, start, start + size);
      return start;
    }
    if (this.poolUsed + size > this.pool.length) {
      const pool = new Uint32Array(Math.max(1024, 2 * this.pool.length, this.poolUsed + size));
      pool.set(this.pool);
      this.pool = pool;
    }
    const start = this.poolUsed;
    this.poolUsed += size;
    return start;
  }

  /** Puts a block on the free list of its size (its first word links to the next free block, +1). */
  private release(start: number, size: number): void {
    const k = Math.log2(size);
    this.pool[start] = this.free[k]!;
    this.free[k] = start + 1;
  }

  /** The first word number and the size of the bitset block of the customer at `p`. */
  private shapeOf(p: number): { base: number; cap: number } {
    const shape = this.s[p + BLOCK_SHAPE]!;
    const biased = Math.floor(shape / CAP_SCALE);
    return { base: biased - BASE_OFFSET, cap: shape - biased * CAP_SCALE };
  }

  /**
   * Distinct purchase days in [from, to] of the customer at `p` (merging on). A sparse list is sorted
   * and deduplicated in place first, which leaves the set unchanged.
   */
  private countDays(p: number, from: number, to: number): number {
    const s = this.s;
    const start = s[p + BLOCK_START]!;
    if (start < 0 || from > to) return 0;
    if (s[p + BLOCK_SHAPE]! < 0) {
      const n = this.normaliseSparse(p);
      let total = 0;
      for (let k = start; k < start + n; k++) {
        const day = this.pool[k]! - DAY_BIAS;
        if (day >= from && day <= to) total++;
      }
      return total;
    }
    const { base, cap } = this.shapeOf(p);
    const fromWord = from >> 5;
    const toWord = to >> 5;
    const first = Math.max(fromWord, base);
    const last = Math.min(toWord, base + cap - 1);
    let total = 0;
    for (let w = first; w <= last; w++) {
      let bits = this.pool[start + w - base]!;
      if (w === fromWord) bits &= -1 << (from & 31);
      if (w === toWord && (to & 31) !== 31) bits &= (1 << ((to & 31) + 1)) - 1;
      total += popcount(bits);
    }
    return total;
  }
}

/**
 * Whether two configs are equal (states with equal configs may merge).
 *
 * @param a - A config.
 * @param b - Another config.
 * @returns Whether every field is equal.
 * @internal
 */
export function sameSummaryConfig(a: SummaryConfig, b: SummaryConfig): boolean {
  return (
    a.unit === b.unit &&
    a.timeZone === b.timeZone &&
    a.observationEndDay === b.observationEndDay &&
    a.calibrationEndDay === b.calibrationEndDay &&
    a.hasCalibrationEnd === b.hasCalibrationEnd &&
    a.mergeSameDay === b.mergeSameDay &&
    a.rejectLateRows === b.rejectLateRows &&
    a.returns === b.returns &&
    a.convertTo === b.convertTo &&
    sameRates(a.rates, b.rates)
  );
}

function sameRates(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/**
 * Reusable buffers holding one validated batch: numeric ids (NaN for string ids, which go to `strIds`),
 * civil days, instants and amounts.
 *
 * @internal
 */
export interface Batch {
  /** Integer customer ids, NaN where the id is a string. */
  readonly numIds: Float64Array;
  /** String customer ids (read only where `numIds` is NaN). */
  readonly strIds: string[];
  /** Civil day of each row. */
  readonly days: Int32Array;
  /** Instant of each row (epoch ms). */
  readonly ms: Float64Array;
  /** Amount of each row. */
  readonly amounts: Float64Array;
  /** Currency code of each row (see `SummaryState.currencyCode`). */
  readonly currencies: Int32Array;
  /** Customer index of each row (-1 for rows after the observation end). */
  readonly customer: Int32Array;
  /** The kept rows grouped by customer (counting sort): customer index, day, instant, amount. */
  readonly sortedCustomer: Int32Array;
  /** Days of the grouped rows. */
  readonly sortedDays: Int32Array;
  /** Instants of the grouped rows. */
  readonly sortedMs: Float64Array;
  /** Amounts of the grouped rows. */
  readonly sortedAmounts: Float64Array;
}

/** Problems found while reading a batch: schema issues (and the number of bad rows), and late rows. */
interface Problems {
  readonly issues: IssueCollector;
  bad: number;
  readonly late: IssueCollector;
}

/** Rows per block when a one-shot call streams through its input (bounds the buffers to ~56 MB). */
const BLOCK_ROWS = 1 << 20;

/** Validates rows [from, to) (fast path, schema fallback) into the state's batch; records problems. */
function readRowRange(
  rows: readonly unknown[],
  from: number,
  to: number,
  root: string,
  state: SummaryState,
  problems: Problems,
): void {
  const batch = state.batch;
  const out: FastTransactionFields = { id: "", ms: 0, amount: 0, currency: undefined };
  const allowReturns = state.config.returns !== "reject";
  const minAmount = allowReturns ? -Number.MAX_VALUE : 0;
  const converting = state.config.convertTo !== undefined;
  const rowIssues: ClienteleIssue[] = [];
  for (let i = from; i < to; i++) {
    const row: unknown = rows[i];
    if (!readTransactionFast(row, out, minAmount)) {
      rowIssues.length = 0;
      // Past the cap only the count grows: the row's issues are not built.
      const full = problems.issues.list.length >= problems.issues.cap;
      const found = readTransactionSlow(row, [root, i], out, full ? undefined : rowIssues, allowReturns);
      if (found > 0) {
        problems.bad++;
        if (full) problems.issues.count += found;
        else collectIssues(problems.issues, rowIssues);
        continue;
      }
    }
    if (converting && !convert(out, state.config, problems, () => [root, i, "currency"])) {
      continue;
    }
    store(batch, i - from, out, state);
    checkLate(batch, i - from, state.config, problems, () => [root, i, "timestamp"]);
  }
}

/** Validates elements [from, to) of a columnar log into the state's batch; records problems. */
function readColumnRange(
  columns: TransactionColumnsShape,
  from: number,
  to: number,
  root: string,
  state: SummaryState,
  problems: Problems,
): void {
  const { customerId, timestamp, amount, currency } = columns;
  const batch = state.batch;
  const out: FastTransactionFields = { id: "", ms: 0, amount: 0, currency: undefined };
  const allowReturns = state.config.returns !== "reject";
  const minAmount = allowReturns ? -Number.MAX_VALUE : 0;
  const converting = state.config.convertTo !== undefined;
  for (let i = from; i < to; i++) {
    const rowCurrency = currency === undefined ? undefined : currency[i];
    if (
      !readFields(customerId[i], timestamp[i], amount[i], out, minAmount) ||
      (rowCurrency !== undefined && !isCurrency(rowCurrency))
    ) {
      const row: Record<string, unknown> = { customerId: customerId[i], timestamp: timestamp[i], amount: amount[i] };
      if (rowCurrency !== undefined) row.currency = rowCurrency;
      const rowIssues: ClienteleIssue[] = [];
      if (readTransactionSlow(row, [], out, rowIssues, allowReturns) > 0) {
        problems.bad++;
        // Issue paths `amount` → `<root>.amount[i]`.
        for (const issue of rowIssues) {
          const [field, ...rest] = issue.path;
          collectIssue(problems.issues, () => ({ ...issue, path: [root, field ?? "", i, ...rest] }));
        }
        continue;
      }
    }
    out.currency = rowCurrency as string | undefined;
    if (converting && !convert(out, state.config, problems, () => [root, "currency", i])) {
      continue;
    }
    store(batch, i - from, out, state);
    checkLate(batch, i - from, state.config, problems, () => [root, "timestamp", i]);
  }
}

/** With `rowsAfterObservationEnd: "throw"`, records a row dated after the observation end. */
function checkLate(
  batch: Batch,
  k: number,
  config: SummaryConfig,
  problems: Problems,
  path: () => (string | number)[],
): void {
  const day = batch.days[k]!;
  if (!config.rejectLateRows || day <= config.observationEndDay) return;
  const end = formatCivilDate(civilFromDays(config.observationEndDay));
  const date = formatCivilDate(civilFromDays(day));
  collectIssue(problems.late, () => ({
    code: "domain_error",
    path: path(),
    message: `dated ${date}, after observationEnd ${end}`,
    expected: `a date on or before ${end}`,
    received: date,
  }));
}

/**
 * With `convertCurrency`, converts `out.amount` into the target currency, or records an issue at the
 * row's currency (none stated, or no rate for it) and returns false.
 */
function convert(
  out: FastTransactionFields,
  config: SummaryConfig,
  problems: Problems,
  path: () => (string | number)[],
): boolean {
  const to = config.convertTo!;
  const currency = out.currency;
  if (currency === to) return true;
  const rate = currency === undefined ? undefined : config.rates[currency];
  if (rate !== undefined && Object.hasOwn(config.rates, currency!)) {
    out.amount *= rate;
    out.currency = to;
    return true;
  }
  problems.bad++;
  const known = [to, ...Object.keys(config.rates).filter((c) => c !== to)].join(", ");
  collectIssue(problems.issues, () =>
    currency === undefined
      ? {
          code: "invalid_type",
          path: path(),
          message: `expected a currency to convert into ${to} (convertCurrency is given), received undefined`,
          expected: known,
          received: "undefined",
        }
      : {
          code: "invalid_value",
          path: path(),
          message: `expected a currency with a rate in convertCurrency.rates (${known}), received ${JSON.stringify(currency)}`,
          expected: known,
          received: currency,
        },
  );
  return false;
}

function store(batch: Batch, i: number, out: FastTransactionFields, state: SummaryState): void {
  const id = out.id;
  if (typeof id === "number") {
    batch.numIds[i] = id;
  } else {
    batch.numIds[i] = Number.NaN;
    batch.strIds[i] = id;
  }
  batch.ms[i] = out.ms;
  batch.amounts[i] = out.amount;
  batch.currencies[i] = state.currencyCode(out.currency);
  batch.days[i] = state.dayOf(out.ms);
}

/** Adds x to the double-double (a[i], a[i + 1]) with Knuth's TwoSum (the rounding error goes to the low part). */
function addTo(a: Float64Array, i: number, x: number): void {
  const hi = a[i]!;
  const sum = hi + x;
  const bv = sum - hi;
  a[i] = sum;
  a[i + 1]! += hi - (sum - bv) + (x - bv);
}

/** (ah + al) − (bh + bl), rounded once. */
function difference(ah: number, al: number, bh: number, bl: number): number {
  const s = ah - bh;
  const bv = s - ah;
  const err = ah - (s - bv) + (-bh - bv);
  return s + (al - bl + err);
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Time from civil day `from` to civil day `to` in `unit`: days, days / 7, or calendar months as `elapsed`. */
function createSpan(unit: TimeUnit): (from: number, to: number) => number {
  if (unit === "day") return (from, to) => to - from;
  if (unit === "week") return (from, to) => (to - from) / 7;
  const cache = new Map<number, number>();
  return (from, to) => {
    const cacheable = Math.abs(from) < 2 ** 25 && to - from >= 0 && to - from < 2 ** 27;
    const key = from * 2 ** 27 + (to - from);
    let value = cacheable ? cache.get(key) : undefined;
    if (value === undefined) {
      value = elapsedCivilTime(from, to, unit);
      if (cacheable) cache.set(key, value);
    }
    return value;
  };
}

/**
 * Sorts customer indexes by id: ids made only of ASCII digits first, in numeric order (leading zeros
 * ignored, then the shorter string first), then the others by UTF-16 code units.
 */
function sortByCustomerId(indexes: number[], ids: readonly string[]): void {
  const digitLength = new Float64Array(ids.length);
  const stripped: string[] = new Array(ids.length);
  for (const c of indexes) {
    const id = ids[c]!;
    let lead = 0;
    let digits = true;
    for (let k = 0; k < id.length; k++) {
      const code = id.charCodeAt(k);
      if (code < 48 || code > 57) {
        digits = false;
        break;
      }
      if (code === 48 && lead === k) lead++;
    }
    digitLength[c] = digits ? id.length - lead : -1;
    stripped[c] = digits ? id.slice(lead) : id;
  }
  indexes.sort((a, b) => {
    const la = digitLength[a]!;
    const lb = digitLength[b]!;
    if (la < 0 !== lb < 0) return la < 0 ? 1 : -1;
    if (la !== lb && la >= 0) return la - lb;
    const sa = stripped[a]!;
    const sb = stripped[b]!;
    if (sa !== sb) return sa < sb ? -1 : 1;
    const ia = ids[a]!;
    const ib = ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
}
