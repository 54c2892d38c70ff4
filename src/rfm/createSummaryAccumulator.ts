import type { TransactionInput } from "../customers/TransactionSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { CalendarBound } from "../time/CalendarBoundSchema.ts";
import { createSummaryState, type SummaryState, sameSummaryConfig } from "./_internal/summaryState.ts";
import type { CustomerSummary, HoldoutCustomerSummary } from "./CustomerSummary.ts";
import type { SummarizeTransactionsOptions } from "./SummarizeTransactionsOptions.ts";
import type { TransactionColumns } from "./TransactionColumns.ts";
import type { TransactionSummary } from "./TransactionSummary.ts";

/** Registry symbol under which an accumulator keeps its state (shared by the ESM and CJS copies). */
const STATE = Symbol.for("clientele.rfm.summaryAccumulatorState");

/**
 * A mergeable, streaming form of {@link summarizeTransactions}, made by {@link createSummaryAccumulator}.
 *
 * @typeParam Row - The row type of `finish()`: {@link HoldoutCustomerSummary} when the options name a
 *   `calibrationEnd`, {@link CustomerSummary} otherwise.
 *
 * @example
 * ```ts
 * import { createSummaryAccumulator, type SummaryAccumulator } from "clientele/rfm";
 * const acc: SummaryAccumulator = createSummaryAccumulator({ unit: "day", observationEnd: "1997-12-31" });
 * ```
 * @category RFM
 */
export interface SummaryAccumulator<Row extends CustomerSummary = CustomerSummary> {
  /**
   * Validates a chunk (rows or {@link TransactionColumns}) and folds it in. A chunk with a bad row
   * throws and is not added at all (issue paths `chunk[i].field`, or `chunk.field[i]` for columns).
   *
   * @param chunk - Transaction rows or columns.
   * @returns This accumulator, for chaining.
   */
  add(chunk: readonly TransactionInput[] | TransactionColumns): SummaryAccumulator<Row>;
  /**
   * Folds in everything another accumulator has seen (created with the same options); `other` is not
   * changed. Use it to combine accumulators filled in parallel (workers, partitions).
   *
   * @param other - Another accumulator with equal options (not this one).
   * @returns This accumulator, for chaining.
   */
  merge(other: SummaryAccumulator<CustomerSummary>): SummaryAccumulator<Row>;
  /**
   * The summary of everything added so far: exactly what {@link summarizeTransactions} returns for all
   * those rows in one array. Does not change the accumulator (add more and finish again).
   *
   * @returns Rows and metadata.
   */
  finish(): TransactionSummary<Row>;
}

/**
 * Creates a {@link SummaryAccumulator}: the same summary as {@link summarizeTransactions}, for logs that do
 * not fit in memory or arrive in chunks. `finish()` returns exactly the same rows and metadata as the
 * one-shot function over all rows added, whatever the chunking and whatever the order of the chunks
 * and of the merges.
 *
 * @remarks
 * Memory grows with customers, not rows: per customer about 80 bytes of typed arrays plus its id and
 * (with same-day merging on) the set of the customer's distinct purchase days: a bitset over the span
 * from its earliest to its latest purchase day (one 32-bit word per 32 days, rounded up to a power of
 * two) while that is compact, which it always is for spans up to 5.5 years, otherwise a list of the
 * days (4 bytes each, with room to double), so it never grows with the span alone: two purchases a
 * century apart cost 16 bytes; plus reusable buffers for the largest chunk (about 56 bytes per row of
 * that chunk), and, for integer ids below 2^22, an index of 4 bytes per id value up to the largest id
 * (at most 16 MB). Distinct-day counts are exact and mergeable because sets of days merge by union.
 * Amounts are summed as double-double pairs (Knuth's TwoSum), which are exact for money amounts
 * (multiples of 0.01 with per-customer totals below about 10^13), so floating-point rounding cannot make
 * the result depend on the order of rows or chunks. Options are validated once, here.
 *
 * @param options - As for {@link summarizeTransactions}.
 * @returns An empty accumulator.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad option (here), a bad row (in `add`), or
 *   an accumulator with other options or the accumulator itself (in `merge`).
 * @throws {@link ClienteleDomainError} from `add` (`rowsAfterObservationEnd: "throw"`) and `finish`
 *   (`insufficient_data`), as {@link summarizeTransactions}.
 * @example
 * ```ts
 * import { createSummaryAccumulator } from "clientele/rfm";
 * const options = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30" } as const;
 * const a = createSummaryAccumulator(options).add([{ customerId: "0001", timestamp: "1997-01-01", amount: 11.77 }]);
 * const b = createSummaryAccumulator(options).add([{ customerId: "0001", timestamp: "1997-01-13", amount: 29.33 }]);
 * const { rows } = a.merge(b).finish();
 * rows[0]?.frequency; // => 1
 * rows[0]?.recency; // => 1.7142857142857142 (12 days / 7)
 * ```
 * @see {@link summarizeTransactions}
 * @category RFM
 */
export function createSummaryAccumulator(
  options: SummarizeTransactionsOptions & { readonly calibrationEnd: CalendarBound },
): SummaryAccumulator<HoldoutCustomerSummary>;
/**
 * Creates a {@link SummaryAccumulator} whose options have no `calibrationEnd` (or one not known to be
 * set): `finish()` gives {@link CustomerSummary} rows. See the first form.
 *
 * @param options - As for {@link summarizeTransactions}.
 * @returns An empty accumulator.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad option, row or accumulator.
 * @throws {@link ClienteleDomainError} from `add` and `finish`, as {@link summarizeTransactions}.
 * @example
 * ```ts
 * import { createSummaryAccumulator } from "clientele/rfm";
 * const acc = createSummaryAccumulator({ unit: "day", observationEnd: "1997-12-31" });
 * acc.add([{ customerId: "a", timestamp: "1997-01-01", amount: 10 }]).finish().rows[0]?.T; // => 364
 * ```
 * @category RFM
 */
export function createSummaryAccumulator(options: SummarizeTransactionsOptions): SummaryAccumulator;
export function createSummaryAccumulator(options: SummarizeTransactionsOptions): SummaryAccumulator {
  const fn = "createSummaryAccumulator";
  const state = createSummaryState(fn, options);
  const accumulator: SummaryAccumulator = {
    add(chunk) {
      state.ingest(`${fn}: add`, chunk, "chunk");
      return accumulator;
    },
    merge(other) {
      const otherState = stateOf(other);
      if (otherState === undefined || otherState === state || !sameSummaryConfig(state.config, otherState.config)) {
        const expected = "another accumulator created with the same options";
        throw new ClienteleInputError(`${fn}: merge: invalid input`, {
          issues: [
            {
              code: "invalid_value",
              path: ["other"],
              message:
                otherState === state
                  ? `expected ${expected}, received this accumulator`
                  : `expected ${expected}, received ${otherState === undefined ? "something else" : "one with other options"}`,
              expected,
            },
          ],
        });
      }
      state.mergeFrom(otherState);
      return accumulator;
    },
    finish() {
      return state.finish(`${fn}: finish`);
    },
  };
  Object.defineProperty(accumulator, STATE, { value: state, enumerable: false });
  return accumulator;
}

function stateOf(value: unknown): SummaryState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const state = (value as Record<symbol, unknown>)[STATE];
  return typeof state === "object" && state !== null && "mergeFrom" in state ? (state as SummaryState) : undefined;
}
