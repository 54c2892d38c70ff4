/**
 * Validated customer summaries as columns of typed arrays: what {@link parseSummaryTable} returns, and the
 * form in which the model fits and the RFM scoring read summaries. Element `i` of every column is
 * customer `i`, in input order. An optional field that a row left out is `NaN` in its column; a column
 * is `undefined` when no row has that field.
 *
 * @example
 * ```ts
 * import { parseSummaryTable, type SummaryTable } from "clientele/rfm";
 * const table: SummaryTable = parseSummaryTable([{ customerId: "a", frequency: 2, recency: 30, T: 38 }]);
 * table.frequency; // => Float64Array [2]
 * table.monetaryValue; // => undefined (no row has it)
 * ```
 * @category RFM
 */
export interface SummaryTable {
  /** Number of customers. */
  readonly length: number;
  /** Customer ids (numeric ids become strings). */
  readonly customerId: readonly string[];
  /** x: repeat purchases, integers ≥ 0. */
  readonly frequency: Float64Array;
  /** t_x: time from first to last purchase, in [0, T]. */
  readonly recency: Float64Array;
  /** T: time from first purchase to the end of calibration, ≥ 0. */
  readonly T: Float64Array;
  /** Mean repeat-purchase value, `NaN` where a row has none; `undefined` when no row has one. */
  readonly monetaryValue: Float64Array | undefined;
  /** Holdout purchases, `NaN` where absent; `undefined` when no row has them. */
  readonly holdoutFrequency: Float64Array | undefined;
  /** Mean holdout purchase value, `NaN` where absent; `undefined` when no row has it. */
  readonly holdoutMonetaryValue: Float64Array | undefined;
  /** Holdout length, `NaN` where absent; `undefined` when no row has it. */
  readonly holdoutDuration: Float64Array | undefined;
}
