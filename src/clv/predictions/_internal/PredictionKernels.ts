// The plug-in point of the predictions: one record per model, each in its model's _internal/
// (bgNbdKernels, paretoNbdKernels, mbgNbdKernels, bgBbKernels), chosen by `fit.model` in one place
// (readPredictionModel). Everything that depends on the model — its formulas, the shape of a customer
// ({ frequency, recency, T } or BG/BB's { frequency, recency, opportunities }), what a horizon is (a time in
// the fit's unit, or a whole number of opportunities), how purchase times and checking data are read — is a
// field of the record, so the public functions, the intervals and the checking functions never ask which
// model they hold. A new model adds its record and one line in readPredictionModel.

import type { CustomerKernel, CustomerPath } from "../../_internal/mapCustomers.ts";

/**
 * Customers read for a model-checking function, one entry per input row: x, t_x, the observation length
 * (T in the fit's unit, or n opportunities for BG/BB), the holdout purchases x* and holdout length (t* or
 * n*; NaN where not read), and the customers per row (BG/BB's `count`; `undefined` when every row is one
 * customer).
 *
 * @internal
 */
export interface CheckingTable {
  /** Number of rows. */
  readonly length: number;
  /** x of each row. */
  readonly frequency: ArrayLike<number>;
  /** t_x of each row. */
  readonly recency: ArrayLike<number>;
  /** T (or n) of each row. */
  readonly age: ArrayLike<number>;
  /** x* of each row (NaN where not read). */
  readonly holdoutFrequency: ArrayLike<number>;
  /** t* (or n*) of each row (NaN where not read). */
  readonly holdoutLength: ArrayLike<number>;
  /** Customers per row, or `undefined` for one each. */
  readonly weight: ArrayLike<number> | undefined;
}

/**
 * A customer's summary as it was known at each evaluation time of {@link probabilityAliveHistory}: x, t_x
 * and the observation length (T, or n opportunities), aligned with the evaluation times.
 *
 * @internal
 */
export interface PurchaseHistory {
  /** x at each evaluation time. */
  readonly frequency: Float64Array;
  /** t_x at each evaluation time. */
  readonly recency: Float64Array;
  /** T (or n) at each evaluation time. */
  readonly age: Float64Array;
}

/**
 * The two time axes of clv's models.
 *
 * @internal
 */
export type TimeAxis = "fit-unit" | "opportunity";

/**
 * Everything the predictions need of one model, as a record of functions of its checked parameters. The
 * kernels trust their inputs (valid parameters, customers validated by `mapCustomers`, horizons read by
 * `readHorizon`); the readers validate untrusted input and name the public function and the path in their
 * errors.
 *
 * @typeParam Params - The model's parameter record.
 * @internal
 */
export interface PredictionKernels<Params extends object> {
  /** The `fit.model` this record serves. */
  readonly model: string;
  /** Parameter names, in the order of the fit's `params` and covariance; each must be a finite number > 0. */
  readonly parameters: readonly string[];
  /**
   * What a time is: a length in the fit's unit (`"fit-unit"`), or a whole number of opportunities. Data
   * whose shape follows from it (purchase histories, checking data) is read by the readers of that axis
   * (`timeAxisReaders`), kept out of this record so that a prediction does not bundle them.
   */
  readonly timeAxis: TimeAxis;
  /**
   * The fields of one customer, in kernel order: `["frequency", "recency", "T"]`, or for BG/BB
   * `["frequency", "recency", "opportunities"]` (what `readCustomers` takes out of rows and summaries).
   */
  readonly customerFields: readonly [string, string, string];
  /**
   * Reads a horizon or a time on the model's axis: a finite number ≥ 0, or a whole number of opportunities.
   * Throws `invalid_input` at `path` otherwise.
   */
  readHorizon(fnName: string, value: unknown, path: readonly (string | number)[]): number;
  /**
   * Validates one customer or columns of the model's shape and applies a kernel (a number, or a
   * Float64Array for columns; results checked, probabilities clamped to [0, 1]); `at` names customer i's
   * field in the caller's argument (default `customer.<field>[i]`).
   */
  mapCustomers(
    fnName: string,
    customer: unknown,
    kernel: CustomerKernel,
    probability: boolean,
    at?: CustomerPath,
  ): number | Float64Array;
  /** P(alive) given (x, t_x, T). */
  probabilityAlive(params: Params): CustomerKernel;
  /** Expected purchases in the next `t` (a horizon read by `readHorizon`) given (x, t_x, T); (0, 0, 0) is a new customer. */
  conditionalExpectedPurchases(params: Params, t: number): CustomerKernel;
  /** P(X(t) = n) of a new customer, for an integer n ≥ 0 (NaN if it cannot be evaluated). */
  purchaseCountProbability(params: Params, n: number, t: number): number;
  /**
   * Discounted expected residual purchases given (x, t_x, T), at a compound rate d > 0 per fit unit (per
   * opportunity): a purchase one unit away counts 1/(1 + d). Absent where the model has no closed form.
   */
  discountedResidualPurchases?(params: Params, d: number): CustomerKernel;
}
