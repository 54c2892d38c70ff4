import type { CountData } from "../_internal/buildCountData.ts";
import { countDataTotals } from "../_internal/countDataTotals.ts";
import {
  type CountModelSpec,
  fitCountModel,
  purchaseScaleBoundary,
  purchaseShapeBoundary,
} from "../_internal/fitCountModel.ts";
import { bgNbdFamilyHessian } from "../bgNbd/_internal/bgNbdFamilyHessian.ts";
import type { CountModelData } from "../CountModelData.ts";
import type { CountModelFitOptions } from "../FitOptions.ts";
import { mbgNbdLogLikelihood } from "./_internal/mbgNbdLogLikelihood.ts";
import type { MbgNbdFit } from "./MbgNbdFit.ts";
import type { MbgNbdParams } from "./MbgNbdParams.ts";

/**
 * Options of {@link fitMbgNbd}: the time unit (unless the data is a `TransactionSummary`), start
 * values, tolerance, iteration limit, penalty, standard errors and non-convergence; see
 * {@link CountModelFitOptions} and {@link defaultFitOptions}.
 *
 * @example
 * ```ts
 * import type { FitMbgNbdOptions } from "clientele/clv";
 * const options: FitMbgNbdOptions = { unit: "week", start: { r: 0.3, alpha: 5 } };
 * ```
 * @category MBG/NBD
 */
export type FitMbgNbdOptions = CountModelFitOptions<MbgNbdParams>;

const NAMES = ["r", "alpha", "a", "b"] as const;

/** Default start values: r = 1, α = ΣT/Σx, a = 1, b = 3. */
function defaultStart(data: CountData): readonly number[] {
  const { purchases, time } = countDataTotals(data);
  return [1, Math.max(time / purchases, 1e-6), 1, 3];
}

const MBG_NBD: CountModelSpec<"mbg-nbd", MbgNbdParams> = {
  model: "mbg-nbd",
  names: NAMES,
  defaultStart,
  logLikelihood: mbgNbdLogLikelihood,
  hessian: (data) => bgNbdFamilyHessian(data, true),
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
 * Fits the MBG/NBD model (Batislam, Denizel & Filiztekin 2007) to customer summaries by maximum likelihood:
 * parameters, standard errors and covariance, log-likelihood and information criteria, as a plain
 * {@link MbgNbdFit}.
 *
 * @remarks
 * The model is the BG/NBD with one change: a customer may also drop out at time 0, just after their first
 * purchase, with the same probability p ~ Beta(a, b) as after every repeat purchase. So customers with no
 * repeat purchase get P(alive) < 1, decreasing with T. The likelihood (docs/models/mbg-nbd.md) is maximised
 * with BFGS in the log-parameters with the analytic gradient. Default start values: r = 1, α = ΣT/Σx,
 * a = 1, b = 3. Input validation and errors as {@link fitBgNbd}.
 *
 * Accuracy (test/clv/mbgNbd/fitMbgNbd.test.ts): on CDNOW (2,357 customers, weeks) the estimates
 * match lifetimes' ModifiedBetaGeoFitter (r 0.524838, α 6.182988, a 0.891356, b 1.614000, ln L −9582.13).
 *
 * @param data - Summaries: a `TransactionSummary`, rows, columns or compressed form ({@link CountModelData}).
 * @param options - Unit (required unless `data` is a `TransactionSummary`), start values, tolerance,
 *   iterations, penalty, standard errors, non-convergence ({@link FitMbgNbdOptions}).
 * @returns The fit.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad value with its path, a bad option, a
 *   missing unit or one that contradicts the summary's metadata.
 * @throws {@link ClienteleDomainError} `domain_error` for impossible rows or a log-likelihood that is not
 *   finite at the start values; `insufficient_data` for fewer than 4 distinct
 *   repeat-buyer histories (one per parameter; the message says how many there are).
 * @throws {@link ClienteleConvergenceError} `not_converged` when BFGS stops before its tolerance, unless
 *   `allowNonConvergence` is set.
 * @example
 * ```ts
 * import { fitMbgNbd } from "clientele/clv";
 * const fit = fitMbgNbd(
 *   { customerId: [1, 2, 3, 4, 5, 6], frequency: [0, 2, 5, 1, 0, 3], recency: [0, 20.3, 35.1, 3.2, 0, 12.6], T: [38.9, 38.9, 38.6, 37.1, 36.4, 36.4] },
 *   { unit: "week", allowNonConvergence: true },
 * );
 * Object.keys(fit.params); // => ["r", "alpha", "a", "b"]
 * ```
 * @see {@link probabilityAlive}, {@link conditionalExpectedPurchases}, {@link parseAnyFit}
 * @category MBG/NBD
 */
export function fitMbgNbd(data: CountModelData, options?: FitMbgNbdOptions | undefined): MbgNbdFit {
  return fitCountModel("fitMbgNbd", MBG_NBD, data, options);
}
