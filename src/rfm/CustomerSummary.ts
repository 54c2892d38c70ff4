/**
 * One customer's purchase history reduced to what the customer-base models (BG/NBD, Pareto/NBD,
 * MBG/NBD, Gamma-Gamma) need: one row per customer, as made by {@link summarizeTransactions}.
 *
 * @remarks
 * Times are in the unit chosen when summarising (`"week"` = calendar days / 7 for CDNOW), counted
 * between calendar dates, never between times of day:
 *
 * - `frequency` (x): **repeat** purchases in the calibration period. The first purchase is not counted;
 *   purchases on the same calendar day count once (unless same-day merging was turned off).
 * - `recency` (t_x): time **from the first purchase to the last** calibration purchase; 0 when
 *   `frequency` is 0. This is the models' recency, *not* the "days since last purchase" of RFM scoring,
 *   which is `T - recency` (see {@link scoreRfm}, which names it `timeSinceLastPurchase`).
 * - `T`: time from the first purchase to the end of calibration (the customer's "age").
 * - `monetaryValue`: mean value of the repeat purchases in calibration (same-day purchases summed
 *   first, the first purchase left out), 0 when `frequency` is 0: the convention of the Gamma-Gamma
 *   literature (Fader, Hardie & Lee 2005, `zbar`).
 * - Holdout fields (only when a calibration end was given): purchases in (calibrationEnd,
 *   observationEnd], their mean value, and the holdout length in the same unit.
 *
 * @example
 * ```ts
 * import type { CustomerSummary } from "clientele/rfm";
 * const row: CustomerSummary = { customerId: "0001", frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.1 };
 * ```
 * @category RFM
 */
export interface CustomerSummary {
  /** The customer's id (a string, as in `TransactionSchema` output). */
  readonly customerId: string;
  /** x: repeat purchases in the calibration period (an integer ≥ 0). */
  readonly frequency: number;
  /** t_x: time from the first purchase to the last calibration purchase (0 when `frequency` is 0). */
  readonly recency: number;
  /** Time from the first purchase to the end of calibration; `recency ≤ T`. */
  readonly T: number;
  /** Mean value of the repeat calibration purchases (0 when `frequency` is 0). */
  readonly monetaryValue: number;
  /** x*: purchases in the holdout period (calibrationEnd, observationEnd]; present when a calibration end was given. */
  readonly holdoutFrequency?: number;
  /** Mean value of the holdout purchases (0 when there are none); present with `holdoutFrequency`. */
  readonly holdoutMonetaryValue?: number;
  /** Length of the holdout period in the summary's unit (the same for every customer). */
  readonly holdoutDuration?: number;
}

/**
 * A {@link CustomerSummary} made with a calibration end: its holdout fields are always there. The row
 * type of {@link summarizeTransactions} (and of an accumulator's `finish()`) when the options name a
 * `calibrationEnd`.
 *
 * @example
 * ```ts
 * import { type HoldoutCustomerSummary, summarizeTransactions } from "clientele/rfm";
 * const { rows } = summarizeTransactions([{ customerId: "a", timestamp: "1997-01-01", amount: 10 }], {
 *   unit: "week",
 *   calibrationEnd: "1997-01-29",
 *   observationEnd: "1997-02-26",
 * });
 * const row: HoldoutCustomerSummary | undefined = rows[0];
 * row?.holdoutFrequency; // => 0 (a number, not number | undefined)
 * ```
 * @category RFM
 */
export interface HoldoutCustomerSummary extends CustomerSummary {
  /** x*: purchases in the holdout period (calibrationEnd, observationEnd]. */
  readonly holdoutFrequency: number;
  /** Mean value of the holdout purchases (0 when there are none). */
  readonly holdoutMonetaryValue: number;
  /** Length of the holdout period in the summary's unit (the same for every customer). */
  readonly holdoutDuration: number;
}
