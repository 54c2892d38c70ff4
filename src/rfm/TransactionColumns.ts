/**
 * A transaction log in columnar form, for speed: element `i` of each column is one purchase. The
 * columns follow the names of `TransactionSchema` (`customerId`, `timestamp`, `amount`, and optionally
 * `currency`) and every element is validated as that schema validates the field. Any array-like works (arrays, typed arrays for
 * `amount`, Arrow-style vectors with `length` and indexes). All columns must have the same length;
 * other keys are rejected.
 *
 * @example
 * ```ts
 * import type { TransactionColumns } from "clientele/rfm";
 * const log: TransactionColumns = {
 *   customerId: ["a", "a", "b"],
 *   timestamp: ["1997-01-01", "1997-02-11", "1997-01-03"],
 *   amount: Float64Array.of(10, 5, 7),
 * };
 * ```
 * @category RFM
 */
export interface TransactionColumns {
  /** Customer ids: non-empty strings or safe non-negative integers. */
  readonly customerId: ArrayLike<string | number>;
  /** Purchase instants: `Date`s or strict ISO-8601 strings (see `TimestampSchema`). */
  readonly timestamp: ArrayLike<string | Date>;
  /** Purchase values: finite numbers ≥ 0 (negative for returns when the summary's `returns` option allows them). */
  readonly amount: ArrayLike<number>;
  /** ISO 4217 currency of each amount (optional column; an element may be `undefined`). */
  readonly currency?: ArrayLike<string | undefined> | undefined;
}
