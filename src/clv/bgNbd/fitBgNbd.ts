import type { CountData } from "../_internal/buildCountData.ts";
import { countDataTotals } from "../_internal/countDataTotals.ts";
import {
  type CountModelSpec,
  fitCountModel,
  purchaseScaleBoundary,
  purchaseShapeBoundary,
} from "../_internal/fitCountModel.ts";
import type { CountModelData } from "../CountModelData.ts";
import type { CountModelFitOptions } from "../FitOptions.ts";
import { bgNbdFamilyHessian } from "./_internal/bgNbdFamilyHessian.ts";
import { bgNbdLogLikelihood } from "./_internal/bgNbdLogLikelihood.ts";
import type { BgNbdFit } from "./BgNbdFit.ts";
import type { BgNbdParams } from "./BgNbdParams.ts";

/**
 * Options of {@link fitBgNbd}: the time unit (unless the data is a `TransactionSummary`), start values,
 * tolerance, iteration limit, penalty, standard errors and non-convergence; see
 * {@link CountModelFitOptions} and {@link defaultFitOptions}.
 *
 * @example
 * ```ts
 * import type { FitBgNbdOptions } from "clientele/clv";
 * const options: FitBgNbdOptions = { unit: "week", start: { r: 0.3, alpha: 5 } };
 * ```
 * @category BG/NBD
 */
export type FitBgNbdOptions = CountModelFitOptions<BgNbdParams>;

const NAMES = ["r", "alpha", "a", "b"] as const;

/**
 * Default start values: r = 1 and α = ΣT/Σx (the rate at which an average customer would have made the
 * observed repeat purchases), a = 1, b = 3 (dropout probability 1/4 per purchase).
 */
function defaultStart(data: CountData): readonly number[] {
  const { purchases, time } = countDataTotals(data);
  return [1, Math.max(time / purchases, 1e-6), 1, 3];
}

const BG_NBD: CountModelSpec<"bg-nbd", BgNbdParams> = {
  model: "bg-nbd",
  names: NAMES,
  defaultStart,
  logLikelihood: bgNbdLogLikelihood,
  hessian: (data) => bgNbdFamilyHessian(data, false),
  boundaries: [
    purchaseShapeBoundary,
    purchaseScaleBoundary,
    {
      high: "dropout probabilities do not vary across customers if b runs to ∞ with a (one common dropout probability a/(a + b) fits as well); otherwise customers drop out right after a purchase",
      low: "the dropout probability a/(a + b) → 0: the data show no sign of dropout (a model without dropout fits as well)",
    },
    {
      high: "dropout probabilities do not vary across customers if a runs to ∞ with b (one common dropout probability a/(a + b) fits as well); otherwise the dropout probability → 0: the data show no sign of dropout",
      low: "the dropout probability a/(a + b) → 1: customers drop out right after a purchase",
    },
  ],
};

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005) to customer summaries by maximum likelihood: the
 * parameters, their standard errors and covariance, the log-likelihood and information criteria, as a
 * plain {@link BgNbdFit} that the prediction functions take and `JSON.stringify` saves.
 *
 * @remarks
 * The model: while alive, a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each
 * purchase they drop out for good with probability p ~ Beta(a, b). The likelihood is FHL 2005 eq. 6,
 * summed over customers (computed once per distinct (x, t_x, T) on the compressed data), maximised with
 * BFGS in the log-parameters with the analytic gradient (see {@link FitOptions} for the method, the
 * penalty and the standard errors, and docs/models/bg-nbd.md for the equations).
 *
 * Default start values: r = 1, α = ΣT / Σx, a = 1, b = 3; they converge on CDNOW and on the simulated
 * data of the tests. The input is validated at the edge: `frequency` an integer ≥ 0, `recency` and `T`
 * finite and ≥ 0, `recency ≤ T`, and `recency = 0` when `frequency = 0`.
 *
 * Accuracy (test/clv/bgNbd/fitBgNbd.test.ts): on CDNOW (2,357 customers, weeks) the estimates match
 * Fader, Hardie & Lee (2005) — r 0.243, α 4.414, a 0.793, b 2.426, ln L −9582.4 — to the published
 * digits, and lifetimes 0.11.3's reference values to 1e-4 relative.
 *
 * Every customer with no repeat purchase gets P(alive) = 1 under this model (a property of the BG/NBD,
 * which lets customers drop out only just after a purchase); MBG/NBD does not have it.
 *
 * @param data - Summaries: a `TransactionSummary`, rows, columns or compressed form ({@link CountModelData}).
 * @param options - Unit (required unless `data` is a `TransactionSummary`), start values, tolerance,
 *   iterations, penalty, standard errors, non-convergence ({@link FitBgNbdOptions}).
 * @returns The fit.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad value with its path (`rows[12].recency`,
 *   `columns.T[3]`, `compressed.count[0]`), a bad option, a missing unit or one that contradicts the
 *   summary's metadata.
 * @throws {@link ClienteleDomainError} `domain_error` for impossible rows (recency > T, or recency > 0 with
 *   frequency 0) or a log-likelihood that is not finite at the start values; `insufficient_data` for fewer
 *   than 4 distinct repeat-buyer histories (one per parameter; the message says how many there are).
 * @throws {@link ClienteleConvergenceError} `not_converged` when BFGS stops before its tolerance (the
 *   message says which option to change), unless `allowNonConvergence` is set.
 * @example
 * ```ts
 * import { fitBgNbd } from "clientele/clv";
 * const fit = fitBgNbd(
 *   {
 *     customerId: [1, 2, 3, 4, 5, 6],
 *     frequency: [0, 2, 5, 1, 0, 3],
 *     recency: [0, 20.3, 35.1, 3.2, 0, 12.6],
 *     T: [38.9, 38.9, 38.6, 37.1, 36.4, 36.4],
 *   },
 *   { unit: "week" },
 * );
 * fit.converged; // => true
 * Object.keys(fit.params); // => ["r", "alpha", "a", "b"]
 * ```
 * @see {@link probabilityAlive}, {@link conditionalExpectedPurchases}, {@link parseAnyFit}
 * @category BG/NBD
 */
export function fitBgNbd(data: CountModelData, options?: FitBgNbdOptions | undefined): BgNbdFit {
  return fitCountModel("fitBgNbd", BG_NBD, data, options);
}
