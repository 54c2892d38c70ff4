import type { ProgressOptions } from "../math/ProgressOptions.ts";
import type { TimeUnit } from "../time/TimeUnitSchema.ts";

/**
 * Options of every maximum-likelihood fit in `clientele/clv` (`fitBgNbd`, and the other models as they
 * come). Omitted fields take the values of {@link defaultFitOptions}.
 *
 * @remarks
 * Every model is fitted the same way: BFGS ({@link minimizeBfgs}) on the log-parameters (ln r, ln α, …,
 * so that positivity needs no constraint) of the mean negative log-likelihood per customer, with the
 * model's analytic gradient. On large data (more than 20,000 distinct (x, t_x, T)) a first fit on a
 * weighted subsample (a tenth of the repeat buyers' triples, 5,000 to 50,000) gives the start point and a
 * preconditioner (the subsample's Hessian) for the full fit, which then converges in a few iterations to
 * the same estimates.
 *
 * - `penalty` (λ ≥ 0) adds an L2 penalty on the log-parameters: the fit maximises
 *   ln L / n − λ Σᵢ (ln θᵢ)², i.e. ln L − n λ Σᵢ (ln θᵢ)², with n the number of customers, so a given λ has
 *   the same strength whatever the size of the data (like the `penalizer_coef` of Python's lifetimes, which
 *   however penalises Σ θᵢ², not Σ (ln θᵢ)²). It shrinks every parameter towards 1; use it to tame fits
 *   that run off to a boundary (say, b → ∞ when the data show no dropout). The reported `logLikelihood`,
 *   `aic` and `bic` are those of the unpenalised model at the penalised estimate, and the standard errors
 *   come from the Hessian of the penalised objective.
 * - `standardErrors: false` leaves out `standardErrors` and `covariance` (both `null`); the Hessian (about
 *   2k extra gradient evaluations for k parameters) is still taken once, to check the estimates for
 *   parameters that ran to a boundary (`parameter_at_boundary` warnings).
 * - `allowNonConvergence: true` returns the last estimate with `converged: false` (and a warning) instead
 *   of throwing `not_converged`.
 * - `onProgress` is called after every BFGS iteration with `{ done, total, phase }`: `phase` is `"fit"`
 *   (or `"prefit"` for the first fit on a subsample of large data), `total` the iteration limit
 *   (`maxIterations`) until the phase ends, when a last report has `done = total` = the iterations used.
 *   `signal` (an `AbortSignal`) cancels the fit: it throws a `ClienteleError` with code `aborted` before
 *   starting and at the next iteration once aborted ({@link ProgressOptions}).
 *
 * @typeParam P - The model's parameter record, e.g. {@link BgNbdParams}.
 * @example
 * ```ts
 * import type { BgNbdParams, FitOptions } from "clientele/clv";
 * const options: FitOptions<BgNbdParams> = { start: { r: 0.5 }, penalty: 0.001, standardErrors: false };
 * ```
 * @category Fits
 */
export interface FitOptions<P extends object> extends ProgressOptions {
  /** Start values on the natural scale for some or all parameters (each > 0); the rest use the model's defaults. */
  readonly start?: Partial<P> | undefined;
  /** Convergence tolerance of BFGS, in (0, 1); see {@link OptimiserOptions.tolerance}. */
  readonly tolerance?: number | undefined;
  /**
   * Largest number of BFGS iterations, an integer ≥ 1; it also bounds the likelihood evaluations of each
   * BFGS run to about 20 · maxIterations + 100 (see {@link OptimiserOptions.maxIterations}).
   */
  readonly maxIterations?: number | undefined;
  /** L2 penalty λ ≥ 0 on the log-parameters, per customer (see the remarks). */
  readonly penalty?: number | undefined;
  /** Whether to compute standard errors and the covariance matrix (default `true`). */
  readonly standardErrors?: boolean | undefined;
  /** Return a fit that did not converge (with `converged: false`) instead of throwing `not_converged`. */
  readonly allowNonConvergence?: boolean | undefined;
}

/**
 * Options of the count-model fits (BG/NBD and the other frequency/recency models): {@link FitOptions} plus
 * the time unit of the data.
 *
 * @typeParam P - The model's parameter record.
 * @example
 * ```ts
 * import type { BgNbdParams, CountModelFitOptions } from "clientele/clv";
 * const options: CountModelFitOptions<BgNbdParams> = { unit: "week", maxIterations: 200 };
 * ```
 * @category Fits
 */
export interface CountModelFitOptions<P extends object> extends FitOptions<P> {
  /**
   * Unit of `recency` and `T` in the data, recorded in the fit. Required for rows, columns and compressed
   * summaries; a `TransactionSummary` records its own unit (giving a different one is an error).
   */
  readonly unit?: TimeUnit | undefined;
  /**
   * What to do with keys (rows) or columns that are not summary fields: `"reject"` (default:
   * `invalid_input`, so that a misspelt field cannot pass unnoticed) or `"ignore"` (skip them, for tables
   * exported with extra columns, e.g. from Python's lifetimes). The summary fields are checked either way.
   */
  readonly unknownFields?: "reject" | "ignore" | undefined;
}

/**
 * The values {@link FitOptions} fields take when omitted: `tolerance` 1e-8, `maxIterations` 1000, `penalty`
 * 0, `standardErrors` true, `allowNonConvergence` false. (Start values are the model's own; see each fit
 * function.)
 *
 * @example
 * ```ts
 * import { defaultFitOptions } from "clientele/clv";
 * defaultFitOptions.tolerance; // => 1e-8
 * defaultFitOptions.maxIterations; // => 1000
 * ```
 * @category Fits
 */
export const defaultFitOptions: {
  /** BFGS tolerance. */
  readonly tolerance: number;
  /** BFGS iteration limit. */
  readonly maxIterations: number;
  /** No penalty. */
  readonly penalty: number;
  /** Standard errors on. */
  readonly standardErrors: boolean;
  /** Non-convergence throws. */
  readonly allowNonConvergence: boolean;
} = {
  tolerance: 1e-8,
  maxIterations: 1000,
  penalty: 0,
  standardErrors: true,
  allowNonConvergence: false,
};
