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
import { paretoNbdLogLikelihood } from "./_internal/paretoNbdLogLikelihood.ts";
import type { ParetoNbdFit } from "./ParetoNbdFit.ts";
import type { ParetoNbdParams } from "./ParetoNbdParams.ts";

/**
 * Options of {@link fitParetoNbd}: the time unit (unless the data is a `TransactionSummary`), start values,
 * tolerance, iteration limit, penalty, standard errors and non-convergence; see
 * {@link CountModelFitOptions} and {@link defaultFitOptions}.
 *
 * @example
 * ```ts
 * import type { FitParetoNbdOptions } from "clientele/clv";
 * const options: FitParetoNbdOptions = { unit: "week", start: { s: 0.5, beta: 10 } };
 * ```
 * @category Pareto/NBD
 */
export type FitParetoNbdOptions = CountModelFitOptions<ParetoNbdParams>;

const NAMES = ["r", "alpha", "s", "beta"] as const;

/** Default start values: r = 1, α = ΣT/Σx, s = 1, β = mean T. */
function defaultStart(data: CountData): readonly number[] {
  const { purchases, time } = countDataTotals(data);
  return [1, Math.max(time / purchases, 1e-6), 1, Math.max(time / data.customers, 1e-6)];
}

const PARETO_NBD: CountModelSpec<"pareto-nbd", ParetoNbdParams> = {
  model: "pareto-nbd",
  names: NAMES,
  defaultStart,
  logLikelihood: paretoNbdLogLikelihood,
  boundaries: [
    purchaseShapeBoundary,
    purchaseScaleBoundary,
    {
      high: "dropout rates do not vary across customers if β runs to ∞ with s (one common dropout rate s/β fits as well); otherwise customers drop out at once",
      low: "the dropout rate s/β → 0: the data show no sign of dropout (a model without dropout fits as well)",
    },
    {
      high: "dropout rates do not vary across customers if s runs to ∞ with β (one common dropout rate s/β fits as well); otherwise the dropout rate → 0: the data show no sign of dropout",
      low: "the dropout rate s/β → ∞: customers drop out right after their first purchase",
    },
  ],
};

/**
 * Fits the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) to customer summaries by maximum
 * likelihood: parameters, standard errors and covariance, log-likelihood and information criteria, as a
 * plain {@link ParetoNbdFit}.
 *
 * @remarks
 * The model: while alive, a customer buys as a Poisson process with rate λ ~ Gamma(r, α); they stay alive
 * for an exponential time with rate μ ~ Gamma(s, β), independent of λ. The likelihood is Fader & Hardie's
 * (2005, note 009) eq. 22 with ₂F₁ in log space, the branch α ≥ β or α < β chosen so that the argument is
 * in [0, 1) (docs/models/pareto-nbd.md). BFGS runs in the log-parameters with an **analytic** gradient:
 * ₂F₁ here has c = a + 1; after Euler's transformation its power series has positive terms whatever the
 * number of purchases, and one pass gives its value and its derivatives in a, b and z together (where
 * that series converges slowly, z within about 2% of 1, that customer's term is differentiated
 * numerically instead). Work that depends only on x, on T or on (x, T) is done once per distinct value.
 *
 * Default start values: r = 1, α = ΣT/Σx, s = 1, β = mean T. Input validation and errors as
 * {@link fitBgNbd}.
 *
 * Accuracy (test/clv/paretoNbd/fitParetoNbd.test.ts): on CDNOW (2,357 customers, weeks) r, α, s and the
 * log-likelihood match Fader, Hardie & Lee (2005) (r 0.553, α 10.578, s 0.606, β 11.669, ln L −9595.0) and
 * lifetimes' reference fit; β is poorly identified (its standard error is about a third of its value and
 * the likelihood is flat along it), so it is checked more loosely.
 *
 * @param data - Summaries: a `TransactionSummary`, rows, columns or compressed form ({@link CountModelData}).
 * @param options - Unit (required unless `data` is a `TransactionSummary`), start values, tolerance,
 *   iterations, penalty, standard errors, non-convergence ({@link FitParetoNbdOptions}).
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
 * import { fitParetoNbd } from "clientele/clv";
 * const fit = fitParetoNbd(
 *   { customerId: [1, 2, 3, 4, 5, 6], frequency: [0, 2, 5, 1, 0, 3], recency: [0, 20.3, 35.1, 3.2, 0, 12.6], T: [38.9, 38.9, 38.6, 37.1, 36.4, 36.4] },
 *   { unit: "week", allowNonConvergence: true },
 * );
 * Object.keys(fit.params); // => ["r", "alpha", "s", "beta"]
 * ```
 * @see {@link probabilityAlive}, {@link conditionalExpectedPurchases}, {@link parseAnyFit}
 * @category Pareto/NBD
 */
export function fitParetoNbd(data: CountModelData, options?: FitParetoNbdOptions | undefined): ParetoNbdFit {
  return fitCountModel("fitParetoNbd", PARETO_NBD, data, options);
}
