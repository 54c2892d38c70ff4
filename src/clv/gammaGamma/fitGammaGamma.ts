import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { type BoundaryMeaning, fitByMaximumLikelihood } from "../_internal/fitByMaximumLikelihood.ts";
import { resolveFitOptions } from "../_internal/resolveFitOptions.ts";
import type { FitOptions } from "../FitOptions.ts";
import { gammaGammaLogLikelihood } from "./_internal/gammaGammaLogLikelihood.ts";
import { readSpendData } from "./_internal/readSpendData.ts";
import type { GammaGammaData } from "./GammaGammaData.ts";
import { frequencyMonetaryCorrelationThreshold, type GammaGammaFit } from "./GammaGammaFit.ts";
import type { GammaGammaParams } from "./GammaGammaParams.ts";

/**
 * Options of {@link fitGammaGamma}: start values, tolerance, iteration limit, penalty, standard errors and
 * non-convergence ({@link FitOptions}; no time unit, since spend has none).
 *
 * @example
 * ```ts
 * import type { FitGammaGammaOptions } from "clientele/clv";
 * const options: FitGammaGammaOptions = { start: { p: 5, q: 3 }, standardErrors: false };
 * ```
 * @category Gamma-Gamma
 */
export type FitGammaGammaOptions = FitOptions<GammaGammaParams>;

const NAMES = ["p", "q", "gamma"] as const;

/** What p (transaction-value shape), q and γ (mixture of the customers' spend rates ν ~ Gamma(q, γ)) at a boundary mean. */
const BOUNDARIES: readonly BoundaryMeaning[] = [
  {
    high: "a customer's transactions do not vary in value (each spends the same every time)",
    low: "a customer's transaction values vary without bound",
  },
  {
    high: "average spend does not vary across customers if γ runs to ∞ with q (one common mean spend fits as well)",
    low: "average spend is extremely heterogeneous across customers (heavy-tailed: q ≤ 1 has no finite mean spend)",
  },
  {
    high: "average spend does not vary across customers if q runs to ∞ with γ (one common mean spend fits as well); otherwise mean spend → ∞",
    low: "mean spend → 0 (check the scale of monetaryValue)",
  },
];

/** Distinct (frequency, monetaryValue) pairs, counted up to `cap` (all that the requirement needs). */
function distinctSpendHistories(spend: { frequency: Float64Array; monetaryValue: Float64Array }, cap: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < spend.frequency.length && seen.size < cap; i++) {
    seen.add(`${spend.frequency[i]} ${spend.monetaryValue[i]}`);
  }
  return seen.size;
}

/** Pearson correlation of two equal-length columns (two-pass), or null when undefined. */
function pearson(a: Float64Array, b: Float64Array): number | null {
  const n = a.length;
  if (n < 2) return null;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (!(saa > 0 && sbb > 0)) return null;
  const rho = sab / Math.sqrt(saa * sbb);
  return Number.isFinite(rho) ? Math.min(1, Math.max(-1, rho)) : null;
}

/**
 * Fits the Gamma-Gamma spend model (Colombo & Jiang 1999; Fader, Hardie & Lee 2005, "RFM and CLV") to the
 * repeat customers' mean transaction values by maximum likelihood, as a plain {@link GammaGammaFit} that
 * {@link expectedAverageSpend} takes and `JSON.stringify` saves ({@link parseAnyFit} loads it).
 *
 * @remarks
 * The model: a customer's transaction values are i.i.d. Gamma(p, ν), and ν ~ Gamma(q, γ) across
 * customers; **spend is assumed independent of the purchase process** (frequency, recency). The likelihood
 * of a customer's mean repeat value z̄ over x repeat purchases is FHL 2005's (constants included), summed
 * over the customers with x > 0 and maximised with BFGS in (ln p, ln q, ln γ) with the analytic gradient
 * (see {@link FitOptions} and docs/models/gamma-gamma.md).
 *
 * Data policy: customers with `frequency` 0 have no repeat purchase to average and are **excluded from
 * the fit and counted** in `excludedNonRepeaters` (`n` counts the fitted customers). A repeat customer
 * must have a `monetaryValue` (`invalid_input` otherwise), and it must be > 0: zero-value repeat
 * customers are a `domain_error` listing their paths, because the model's spend is positive; decide what
 * they mean (returns, free items) and remove or replace them yourself.
 *
 * The fit reports `frequencyMonetaryCorrelation`, the Pearson correlation of x and z̄ over the fitted
 * customers, and warns when |ρ| > 0.3 ({@link frequencyMonetaryCorrelationThreshold}): then the
 * independence assumption is doubtful and CLV = E[purchases] × E[spend] is biased.
 *
 * Default start values: p = 1, q = 2, γ = mean z̄ (so that the start's mean spend pγ/(q − 1) equals the
 * data's). Accuracy (test/clv/gammaGamma/fitGammaGamma.test.ts): on the 946 CDNOW repeat buyers it gives
 * p 6.2488, q 3.7446, γ 15.4477, ln L −4055.92, matching FHL 2005 (6.25, 3.74, 15.44) to the published
 * digits and lifetimes' reference fit to 1e-4 relative.
 *
 * @param data - A `TransactionSummary`, rows or columns with `frequency` and `monetaryValue` ({@link GammaGammaData}).
 * @param options - Start values, tolerance, iterations, penalty, standard errors, non-convergence.
 * @returns The fit.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad value with its path (`rows[3].monetaryValue`,
 *   `columns.frequency[2]`), a missing monetary value of a repeat customer, or a bad option.
 * @throws {@link ClienteleDomainError} `domain_error` for repeat customers with monetary value 0 (every path
 *   listed) or a log-likelihood that is not finite at the start; `insufficient_data` when there are fewer
 *   than 3 distinct (frequency, monetaryValue) among repeat buyers (one per parameter).
 * @throws {@link ClienteleConvergenceError} `not_converged` when BFGS stops before its tolerance, unless
 *   `allowNonConvergence` is set.
 * @example
 * ```ts
 * import { fitGammaGamma } from "clientele/clv";
 * const fit = fitGammaGamma({
 *   frequency: [2, 1, 0, 4, 1, 3, 2, 6],
 *   monetaryValue: [22.35, 11.77, 0, 35.1, 18.2, 26, 14.5, 41.3],
 * });
 * fit.n; // => 7
 * fit.excludedNonRepeaters; // => 1
 * Object.keys(fit.params); // => ["p", "q", "gamma"]
 * ```
 * @see {@link expectedAverageSpend}, {@link customerLifetimeValue}
 * @category Gamma-Gamma
 */
export function fitGammaGamma(data: GammaGammaData, options?: FitGammaGammaOptions | undefined): GammaGammaFit {
  const fn = "fitGammaGamma";
  if (typeof options === "object" && options !== null && "unit" in options) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "unrecognized_keys",
          path: ["options", "unit"],
          message: 'unknown key "unit" (spend has no time unit)',
          expected: "no unit",
        },
      ],
    });
  }
  const resolved = resolveFitOptions(fn, options, NAMES);
  const spend = readSpendData(fn, data);
  const n = spend.frequency.length;
  if (n === 0) {
    throw new ClienteleDomainError(
      "insufficient_data",
      `${fn}: no customer has a repeat purchase (every frequency is 0, ${spend.excludedNonRepeaters} customers), so there is no repeat spend to fit`,
    );
  }
  let mean = 0;
  for (let i = 0; i < n; i++) mean += spend.monetaryValue[i]!;
  mean /= n;
  const estimate = fitByMaximumLikelihood<GammaGammaParams>(
    {
      fnName: fn,
      names: NAMES,
      observations: n,
      observationNoun: ["repeat buyer", "repeat buyers"],
      defaultStart: [1, 2, mean],
      logLikelihood: gammaGammaLogLikelihood(spend),
      requirements: [
        {
          have: distinctSpendHistories(spend, NAMES.length),
          need: NAMES.length,
          counted: ["distinct repeat-buyer spend history", "distinct repeat-buyer spend histories"],
          context: ` (distinct (frequency, monetaryValue)) among ${n} repeat buyers`,
          why: "p, q and γ are told apart by how average spend varies across repeat buyers and with the number of transactions behind it, and identical histories repeat one equation, so 3 parameters need 3 distinct ones",
        },
      ],
      boundaries: BOUNDARIES,
    },
    resolved,
  );
  const rho = pearson(spend.frequency, spend.monetaryValue);
  const warnings = [...estimate.warnings];
  if (rho !== null && Math.abs(rho) > frequencyMonetaryCorrelationThreshold) {
    warnings.push({
      code: "frequency_spend_correlation",
      parameter: null,
      message: `frequency and monetary value are correlated (Pearson ρ = ${rho.toFixed(3)}, |ρ| > ${frequencyMonetaryCorrelationThreshold}): the Gamma-Gamma model assumes spend is independent of purchase frequency, so its spend predictions and CLV = purchases × spend may be biased`,
    });
  }
  return {
    model: "gamma-gamma",
    ...estimate,
    warnings,
    excludedNonRepeaters: spend.excludedNonRepeaters,
    frequencyMonetaryCorrelation: rho,
  };
}
