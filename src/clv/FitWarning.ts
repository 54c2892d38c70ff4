/**
 * The stable codes of a {@link FitWarning}. Codes never change meaning between releases; new codes may be
 * added in minor versions.
 *
 * | code | when |
 * |---|---|
 * | `not_converged` | `allowNonConvergence: true` returned the last estimate of an optimiser that did not meet its tolerance |
 * | `parameter_at_boundary` | a parameter ran off towards 0 or ∞, or the likelihood is flat in its direction: the data do not determine it (the message says what that means for the model) |
 * | `standard_errors_unavailable` | the Hessian at the estimates is not positive definite or its inverse not finite: `standardErrors` and `covariance` are `null` |
 * | `frequency_spend_correlation` | Gamma-Gamma: frequency and average spend are correlated beyond {@link frequencyMonetaryCorrelationThreshold} |
 *
 * @example
 * ```ts
 * import type { FitWarningCode } from "clientele/clv";
 * const code: FitWarningCode = "parameter_at_boundary";
 * ```
 * @category Fits
 */
export type FitWarningCode =
  | "not_converged"
  | "parameter_at_boundary"
  | "standard_errors_unavailable"
  | "frequency_spend_correlation";

/**
 * Every {@link FitWarningCode}, in the order of its table.
 *
 * @example
 * ```ts
 * import { fitWarningCodes } from "clientele/clv";
 * fitWarningCodes.includes("parameter_at_boundary"); // => true
 * ```
 * @category Fits
 */
export const fitWarningCodes: readonly FitWarningCode[] = [
  "not_converged",
  "parameter_at_boundary",
  "standard_errors_unavailable",
  "frequency_spend_correlation",
];

/**
 * Something a user should know about a fit that is not an error: one entry of a fit's `warnings`. Test
 * the `code` (stable) and `parameter`; the `message` is for people and may be reworded.
 *
 * @example
 * ```ts
 * import type { FitWarning } from "clientele/clv";
 * const w: FitWarning = {
 *   code: "parameter_at_boundary",
 *   parameter: "alpha",
 *   message: "alpha ran to 9.57e+6 …: no heterogeneity in churn, a constant-rate (geometric) model fits as well",
 * };
 * ```
 * @category Fits
 */
export interface FitWarning {
  /** Stable machine-readable code. */
  readonly code: FitWarningCode;
  /** The parameter concerned (a key of the fit's `params`), or `null` for a warning about the whole fit. */
  readonly parameter: string | null;
  /** What happened and what it means, in words. */
  readonly message: string;
}
