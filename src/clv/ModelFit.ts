import type { TimeUnit } from "../time/TimeUnitSchema.ts";
import type { FitWarning } from "./FitWarning.ts";

/**
 * A fitted model as plain data: what every `fit…` function of `clientele/clv` returns, and what the
 * prediction functions take first. It holds only strings, finite numbers, booleans, arrays and `null`, so
 * saving and loading a model is `JSON.stringify` and {@link parseAnyFit}.
 *
 * @remarks
 * - `params` are on the natural scale; time-scale parameters (BG/NBD's α) are in `unit`, so every time
 *   `t`, `T` and recency given to a prediction must be in that unit too.
 * - `logLikelihood` is the **total over customers** of each customer's log-likelihood, with every
 *   constant term included (for BG/NBD, the log density of the observed purchase times, Fader, Hardie &
 *   Lee 2005 eq. 6). It depends on the time unit: in weeks it is comparable with the papers' values.
 * - `aic` = 2k − 2 ln L and `bic` = k ln n − 2 ln L, with k the number of parameters and n the number of
 *   customers.
 * - `covariance` is the asymptotic covariance of the estimates on the natural scale, rows and columns in
 *   the order of the keys of `params` (r, α, a, b for BG/NBD). It is the inverse observed information of
 *   the log-parameters (the Hessian of −ln L: analytic for the BG/NBD and MBG/NBD, else by forward
 *   differences of the analytic gradient), carried to
 *   the natural scale by the delta method: Cov(θ) = J Cov(ln θ) J with J = diag(θ), off-diagonal entries
 *   included. `standardErrors` are the square roots of its diagonal. Both are `null` when not requested or
 *   when the Hessian is not positive definite (a warning then says so).
 * - `warnings` lists what a user should know about this fit, each a {@link FitWarning} with a stable
 *   `code` (non-convergence allowed by option, a parameter running to a boundary, standard errors
 *   unavailable), the `parameter` concerned or `null`, and a message; empty when all is well.
 *
 * @typeParam Model - The model's name, the discriminant (`"bg-nbd"`, …).
 * @typeParam Params - The model's parameter record.
 * @example
 * ```ts
 * import type { BgNbdParams, ModelFit } from "clientele/clv";
 * const fit: ModelFit<"bg-nbd", BgNbdParams> = {
 *   model: "bg-nbd",
 *   params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   unit: "week",
 *   logLikelihood: -9582.4,
 *   standardErrors: null,
 *   covariance: null,
 *   converged: true,
 *   iterations: 25,
 *   aic: 19172.8,
 *   bic: 19195.9,
 *   n: 2357,
 *   penalty: 0,
 *   warnings: [],
 * };
 * ```
 * @category Fits
 */
export interface ModelFit<Model extends string, Params extends object> {
  /** Which model this is. */
  readonly model: Model;
  /** Estimated parameters, natural scale. */
  readonly params: Readonly<Params>;
  /** Time unit of the data the model was fitted on (and of every time given to its predictions). */
  readonly unit: TimeUnit;
  /** Total log-likelihood over customers at `params`, constants included (see the remarks). */
  readonly logLikelihood: number;
  /** Standard error of each parameter, or `null` (not requested, or Hessian not positive definite). */
  readonly standardErrors: Readonly<Params> | null;
  /** Covariance matrix of the estimates (natural scale, order of `params`' keys), or `null`. */
  readonly covariance: readonly (readonly number[])[] | null;
  /** Whether the optimiser met its tolerance. */
  readonly converged: boolean;
  /** BFGS iterations on the full data (after a first fit on a subsample when there are more than 20,000 distinct (x, t_x, T)). */
  readonly iterations: number;
  /** Akaike information criterion, 2k − 2 ln L. */
  readonly aic: number;
  /** Bayesian information criterion, k ln n − 2 ln L. */
  readonly bic: number;
  /** Number of customers fitted. */
  readonly n: number;
  /** The L2 penalty λ used (0 for a plain maximum-likelihood fit). */
  readonly penalty: number;
  /** Things to know about this fit ({@link FitWarning}: stable code, parameter, message); empty when all is well. */
  readonly warnings: readonly FitWarning[];
}
