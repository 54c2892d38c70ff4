import type { CivilDate } from "../time/CivilDateSchema.ts";
import type { TimeUnit } from "../time/TimeUnitSchema.ts";
import type { CustomerSummary } from "./CustomerSummary.ts";
import type { ReturnsPolicy } from "./SummarizeTransactionsOptions.ts";

/**
 * What a summary was computed from and what it left out: nothing is dropped silently.
 *
 * @example
 * ```ts
 * import type { SummaryMetadata } from "clientele/rfm";
 * const m: Pick<SummaryMetadata, "transactions" | "sameDayMerged"> = { transactions: 6919, sameDayMerged: 223 };
 * ```
 * @category RFM
 */
export interface SummaryMetadata {
  /** Unit of `recency`, `T` and `holdoutDuration`. */
  readonly unit: TimeUnit;
  /** Zone whose calendar days were used (`"UTC"` unless given). */
  readonly timeZone: string;
  /** Last day of observation (inclusive), as a civil date in `timeZone`. */
  readonly observationEnd: CivilDate;
  /** Last day of calibration (inclusive), or `undefined` when calibration is the whole window. */
  readonly calibrationEnd: CivilDate | undefined;
  /** Length of the holdout period (calibrationEnd, observationEnd] in `unit`, or `undefined` without a calibration end. */
  readonly holdoutDuration: number | undefined;
  /** Whether same-day purchases were merged. */
  readonly mergeSameDay: boolean;
  /** Transaction rows read (all of them, including the excluded ones). */
  readonly transactions: number;
  /** Rows dated after `observationEnd`: excluded from every count. */
  readonly transactionsAfterObservationEnd: number;
  /** Rows folded into another purchase of the same customer on the same day (0 when merging is off). */
  readonly sameDayMerged: number;
  /** Customers with at least one purchase on or before `observationEnd`. */
  readonly customers: number;
  /** Customers whose first purchase falls after `calibrationEnd`: left out of the rows, counted here. */
  readonly customersAfterCalibrationEnd: number;
  /** How returns (negative amounts) were handled. */
  readonly returns: ReturnsPolicy;
  /** Returns dated on or before `observationEnd`: dropped (`"drop"`) or netted (`"net"`); 0 with `"reject"`. */
  readonly returnRows: number;
  /** With `returns: "net"`, customer-days with a return whose net value is ≤ 0: not purchases (0 otherwise). */
  readonly cancelledDays: number;
  /**
   * Currencies of the monetary values, sorted: `[convertCurrency.to]` when converting; otherwise those
   * the rows on or before `observationEnd` stated (empty when none did). Each customer's rows state at
   * most one (else the call fails), so with two or more here, each row's values are in its own
   * customer's currency: do not pool them (a Gamma-Gamma fit, a total) without converting.
   */
  readonly currencies: readonly string[];
}

/**
 * Result of {@link summarizeTransactions} and of a {@link SummaryAccumulator}'s `finish()`: one row per
 * calibration customer, in a fixed order (ids made only of digits first, in numeric order, then the
 * others by UTF-16 code units), and the metadata. With a `calibrationEnd` in the options the rows are
 * {@link HoldoutCustomerSummary} (holdout fields present): `TransactionSummary<HoldoutCustomerSummary>`.
 *
 * @typeParam Row - The row type: {@link CustomerSummary} (default), or {@link HoldoutCustomerSummary}
 *   for a summary with a holdout period.
 *
 * @example
 * ```ts
 * import type { TransactionSummary } from "clientele/rfm";
 * const empty: Pick<TransactionSummary, "rows"> = { rows: [] };
 * ```
 * @category RFM
 */
export interface TransactionSummary<Row extends CustomerSummary = CustomerSummary> {
  /** One row per customer whose first purchase is on or before the calibration end. */
  readonly rows: readonly Row[];
  /** Options used and rows / customers left out. */
  readonly metadata: SummaryMetadata;
}
