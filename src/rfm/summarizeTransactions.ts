import type { TransactionInput } from "../customers/TransactionSchema.ts";
import type { CalendarBound } from "../time/CalendarBoundSchema.ts";
import { createSummaryState } from "./_internal/summaryState.ts";
import type { HoldoutCustomerSummary } from "./CustomerSummary.ts";
import type { SummarizeTransactionsOptions } from "./SummarizeTransactionsOptions.ts";
import type { TransactionColumns } from "./TransactionColumns.ts";
import type { TransactionSummary } from "./TransactionSummary.ts";

/**
 * Turns a transaction log into one {@link CustomerSummary} row per customer (frequency, recency, T,
 * monetary value, and holdout counts), the input of the BG/NBD, Pareto/NBD and Gamma-Gamma models.
 *
 * @remarks
 * Conventions (those of Fader, Hardie & Lee 2005 on CDNOW, reproduced exactly; see
 * `docs/concepts/customer-base-statistics.md`):
 *
 * - **Calendar days.** Each purchase is placed on its civil date in `timeZone` (default `"UTC"`; see
 *   `clientele/time`), so daylight-saving changes never matter. Times are whole days between those dates:
 *   `"day"`, `"week"` = days / 7 (fractional), or for `"month"`, `"quarter"`, `"year"` calendar months
 *   with a fraction, measured exactly as `elapsed` measures them.
 * - **Same-day purchases merge** into one purchase whose value is the sum of the rows
 *   (`mergeSameDay: false` counts every row; time is still in whole days, and the first purchase is the
 *   row with the earliest date, then instant, then smallest amount).
 * - **Calibration** is every day up to and including `calibrationEnd` (or `observationEnd` when no
 *   calibration end is given); the **holdout** is (calibrationEnd, observationEnd]. Both ends are
 *   inclusive calendar dates. `observationEnd` is required: never "today", never the last transaction.
 * - `frequency` counts **repeat** purchases (the first is left out); `recency` is the time from the first
 *   to the last calibration purchase, **not** the time since the last purchase (that is
 *   `T - recency`, the "R" of RFM scoring, see {@link scoreRfm}); `T` is the time from the first
 *   purchase to `calibrationEnd`; `monetaryValue` is the **mean value of the repeat purchases** (0 for
 *   one-time buyers), the Gamma-Gamma convention.
 * - **Nothing is dropped silently.** Rows dated after `observationEnd` are excluded and counted in
 *   `metadata.transactionsAfterObservationEnd` (or, with `rowsAfterObservationEnd: "throw"`, fail the
 *   call with `domain_error`); customers whose first purchase is after `calibrationEnd` are left out of
 *   the rows and counted in `metadata.customersAfterCalibrationEnd`; `metadata.sameDayMerged` counts
 *   rows folded into a same-day purchase.
 * - **Returns** (negative amounts) are rejected unless `returns` says otherwise: `"drop"` leaves them
 *   out (counted in `metadata.returnRows`), `"net"` nets them against the customer's same calendar day,
 *   and a day with a return whose net value is ≤ 0 is no purchase (`metadata.cancelledDays`); see
 *   {@link ReturnsPolicy}.
 * - **Currencies are never mixed or converted silently.** A customer whose rows state two currencies
 *   (or one and none) fails the call with `domain_error` naming the customer; `convertCurrency` converts
 *   every amount by an explicit rate table; `metadata.currencies` lists the currencies of the values.
 * - Rows are validated as {@link TransactionSchema} validates them (a hand-written fast path, with the
 *   schema deciding every row the fast path does not accept); one bad row fails the call with every
 *   bad row listed by path (`transactions[12].amount`, or `transactions.amount[12]` for columns).
 * - Rows come out sorted by customer id (digit-only ids numerically first), so the result does not
 *   depend on the order of the log. Money is summed exactly for money amounts (see
 *   {@link createSummaryAccumulator}), so it does not either.
 *
 * Runs in O(n + c log c) for n rows and c customers; validated against the CDNOW summary files of the
 * lifetimes project (see `test/rfm/summarizeTransactions.test.ts`).
 *
 * @param transactions - The log: transaction rows (inputs or parsed), or {@link TransactionColumns}.
 * @param options - `unit` and `observationEnd` (required), `calibrationEnd`, `timeZone`, `mergeSameDay`,
 *   `rowsAfterObservationEnd`, `returns`, `convertCurrency`.
 * @returns The rows and their {@link SummaryMetadata}; with a `calibrationEnd` the rows are
 *   {@link HoldoutCustomerSummary} (`holdoutFrequency`, `holdoutMonetaryValue` and `holdoutDuration` are
 *   numbers, never `undefined`).
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row, column or option, a calibration
 *   end after the observation end, or (with `convertCurrency`) a row without a currency or with one that
 *   has no rate.
 * @throws {@link ClienteleDomainError} `insufficient_data` when no customer made a first purchase by the
 *   calibration end (an empty log included); `domain_error` for rows after `observationEnd` with
 *   `rowsAfterObservationEnd: "throw"`, amounts summing beyond the largest finite number, or a customer
 *   with amounts in more than one currency.
 * @example
 * ```ts
 * import { summarizeTransactions } from "clientele/rfm";
 * const { rows, metadata } = summarizeTransactions(
 *   [
 *     { customerId: "a", timestamp: "1997-01-01", amount: 10 },
 *     { customerId: "a", timestamp: "1997-01-15", amount: 20 },
 *     { customerId: "a", timestamp: "1997-01-15", amount: 5 }, // same day: merged (25)
 *     { customerId: "a", timestamp: "1997-02-05", amount: 30 }, // holdout
 *     { customerId: "b", timestamp: "1997-01-29", amount: 7 },
 *     { customerId: "b", timestamp: "1997-03-01", amount: 9 }, // after observationEnd: excluded
 *   ],
 *   { unit: "week", calibrationEnd: "1997-01-29", observationEnd: "1997-02-26" },
 * );
 * rows[0];
 * // => { customerId: "a", frequency: 1, recency: 2, T: 4, monetaryValue: 25,
 * //      holdoutFrequency: 1, holdoutMonetaryValue: 30, holdoutDuration: 4 }
 * rows[1]?.T; // => 0
 * metadata.transactionsAfterObservationEnd; // => 1
 * metadata.sameDayMerged; // => 1
 * ```
 * @see {@link createSummaryAccumulator} for logs that arrive in chunks.
 * @category RFM
 */
export function summarizeTransactions(
  transactions: readonly TransactionInput[] | TransactionColumns,
  options: SummarizeTransactionsOptions & { readonly calibrationEnd: CalendarBound },
): TransactionSummary<HoldoutCustomerSummary>;
/**
 * Summarises a transaction log without a holdout period (no `calibrationEnd`: calibration is the
 * whole window up to `observationEnd`), or with options whose `calibrationEnd` is not known to be set.
 * The rows are {@link CustomerSummary}, their holdout fields present only when a `calibrationEnd` was
 * given. See the first form for the conventions.
 *
 * @param transactions - The log: transaction rows (inputs or parsed), or {@link TransactionColumns}.
 * @param options - `unit` and `observationEnd` (required), `calibrationEnd`, `timeZone`, `mergeSameDay`,
 *   `rowsAfterObservationEnd`.
 * @returns The rows and their {@link SummaryMetadata}.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row, column or option.
 * @throws {@link ClienteleDomainError} `insufficient_data` for an empty log; `domain_error` as in the first form.
 * @example
 * ```ts
 * import { summarizeTransactions } from "clientele/rfm";
 * const { rows } = summarizeTransactions(
 *   [
 *     { customerId: "a", timestamp: "1997-01-01", amount: 10 },
 *     { customerId: "a", timestamp: "1997-01-15", amount: 20 },
 *   ],
 *   { unit: "week", observationEnd: "1997-01-29" },
 * );
 * rows[0]?.frequency; // => 1
 * rows[0]?.holdoutFrequency; // => undefined (no calibrationEnd)
 * ```
 * @category RFM
 */
export function summarizeTransactions(
  transactions: readonly TransactionInput[] | TransactionColumns,
  options: SummarizeTransactionsOptions,
): TransactionSummary;
export function summarizeTransactions(
  transactions: readonly TransactionInput[] | TransactionColumns,
  options: SummarizeTransactionsOptions,
): TransactionSummary {
  const fn = "summarizeTransactions";
  const state = createSummaryState(fn, options);
  state.ingest(fn, transactions, "transactions", false);
  return state.finish(fn);
}
