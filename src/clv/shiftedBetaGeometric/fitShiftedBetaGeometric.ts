import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { TimeUnit } from "../../time/TimeUnitSchema.ts";
import { type BoundaryMeaning, fitByMaximumLikelihood } from "../_internal/fitByMaximumLikelihood.ts";
import { resolveFitOptions, throwMissingUnit } from "../_internal/resolveFitOptions.ts";
import type { FitOptions } from "../FitOptions.ts";
import { type RetentionTally, readShiftedBetaGeometricData } from "./_internal/readShiftedBetaGeometricData.ts";
import { shiftedBetaGeometricLogLikelihood } from "./_internal/shiftedBetaGeometricLogLikelihood.ts";
import type { ShiftedBetaGeometricData } from "./ShiftedBetaGeometricData.ts";
import type { ShiftedBetaGeometricFit } from "./ShiftedBetaGeometricFit.ts";
import type { ShiftedBetaGeometricParams } from "./ShiftedBetaGeometricParams.ts";

/**
 * Options of {@link fitShiftedBetaGeometric}: the length of one contract period (`unit`, required) and
 * the options every fit has ({@link FitOptions}: start values, tolerance, iteration limit, penalty,
 * standard errors, non-convergence; defaults in {@link defaultFitOptions}).
 *
 * @example
 * ```ts
 * import type { FitShiftedBetaGeometricOptions } from "clientele/clv";
 * const options: FitShiftedBetaGeometricOptions = { unit: "year", start: { alpha: 1, beta: 1 } };
 * ```
 * @category sBG
 */
export interface FitShiftedBetaGeometricOptions extends FitOptions<ShiftedBetaGeometricParams> {
  /**
   * Length of one period (one renewal decision), recorded in the fit: `"month"` for monthly contracts,
   * `"year"` for annual ones. Required: clientele never assumes it.
   */
  readonly unit: TimeUnit;
}

const NAMES = ["alpha", "beta"] as const;

/**
 * Start values matching the first two observed retention rates r₁ = β/(α + β) and r₂ = (β + 1)/(α + β + 1)
 * (so α + β = (1 − r₂)/(r₂ − r₁)), or α + β = 2 with the first retention rate when r₂ ≤ r₁.
 */
function defaultStart(tally: RetentionTally): readonly number[] {
  let censored0 = 0;
  let censored1 = 0;
  let lost1 = 0;
  let lost2 = 0;
  for (let k = 0; k < tally.points.length; k++) {
    const p = tally.points[k]!;
    if (p === 0) {
      censored0 = tally.censored[k]!;
      lost1 = tally.lostNext[k]!;
    } else if (p === 1) {
      censored1 = tally.censored[k]!;
      lost2 = tally.lostNext[k]!;
    }
  }
  const atRisk1 = tally.customers - censored0;
  const atRisk2 = atRisk1 - lost1 - censored1;
  const r1 = Math.min(Math.max(1 - lost1 / atRisk1, 0.01), 0.99);
  const r2 = 1 - lost2 / atRisk2;
  const total = r2 > r1 && r2 < 1 ? Math.min(Math.max((1 - r2) / (r2 - r1), 0.05), 1e4) : 2;
  return [Math.max((1 - r1) * total, 1e-3), Math.max(r1 * total, 1e-3)];
}

/**
 * Periods in which some customer made an observed renewal decision: period t counts if a customer
 * churned in period t or later, or was still active after t periods or more.
 */
function periodsObserved(tally: RetentionTally): number {
  let periods = 0;
  for (let k = 0; k < tally.points.length; k++) {
    const p = tally.points[k]!;
    if (tally.lostNext[k]! > 0) periods = Math.max(periods, p + 1);
    if (tally.censored[k]! > 0) periods = Math.max(periods, p);
  }
  return periods;
}

/** What α and β of the beta mixture of churn probabilities θ ~ Beta(α, β) at a boundary mean. */
const BOUNDARIES: readonly BoundaryMeaning[] = [
  {
    high: "no heterogeneity in churn if β runs to ∞ with α: a constant-rate (geometric) model with churn probability α/(α + β) fits as well; otherwise the churn probability → 1",
    low: "the churn probability α/(α + β) → 0",
  },
  {
    high: "no heterogeneity in churn if α runs to ∞ with β: a constant-rate (geometric) model with churn probability α/(α + β) fits as well; otherwise the churn probability → 0",
    low: "the churn probability α/(α + β) → 1: customers churn at the first renewal",
  },
];

/**
 * Fits the shifted-beta-geometric (sBG) retention model (Fader & Hardie 2007) by maximum likelihood to
 * survivor counts of one cohort, of several cohorts jointly, or to right-censored individual durations:
 * α and β, their standard errors and covariance, the log-likelihood and information criteria, as a
 * plain {@link ShiftedBetaGeometricFit} that the retention predictions take and `JSON.stringify` saves.
 *
 * @remarks
 * The model, for a contractual setting with discrete periods (monthly or annual contracts): at the end of
 * each period a customer renews with probability 1 − θ, the same every period; θ ~ Beta(α, β) across
 * customers. So the lifetime T (the period in which the customer churns) has
 * P(T = t) = B(α + 1, β + t − 1)/B(α, β) and S(t) = P(T > t) = B(α, β + t)/B(α, β), and the
 * log-likelihood is Σ_t lost(t) ln P(T = t) + Σ censored ln S(n) (FH 2007, appendix B), summed over
 * cohorts or customers, with no constant added or dropped. It is maximised with BFGS in (ln α, ln β)
 * with the analytic gradient (see {@link FitOptions} for the method, the penalty and the standard errors,
 * and docs/models/shifted-beta-geometric.md for the equations). `n` is the number of customers.
 *
 * Default start values match the first two observed retention rates (see the model page). The data are
 * validated at the edge ({@link ShiftedBetaGeometricDataSchema}): counts are integers ≥ 0, survivors
 * never increase (reported at the survivor that increased), a churned customer was active at least one
 * period.
 *
 * Accuracy (test/clv/shiftedBetaGeometric/fitShiftedBetaGeometric.test.ts): on the two cohorts of Fader &
 * Hardie (2007) Table 1, years 1–7, the estimates match the published α 0.704, β 1.182 ("regular") and
 * α 0.668, β 3.806 ("high end") to the published digits, and scipy's fits (α 0.7041, β 1.1820, ln L
 * −1680.27; α 0.6681, β 3.8061, ln L −1611.16) to 1e-4 and 1e-2 absolute.
 *
 * @param data - Survivor counts, cohorts or durations ({@link ShiftedBetaGeometricData}).
 * @param options - The period `unit` (required), start values, tolerance, iterations, penalty, standard
 *   errors, non-convergence ({@link FitShiftedBetaGeometricOptions}).
 * @returns The fit.
 * @throws {@link ClienteleInputError} `invalid_input` for bad data with its path (`survivors[3]` when it
 *   exceeds `survivors[2]`, `cohorts[1].survivors[0]`, `durations[4].periods`), a bad option, or a missing
 *   `unit`.
 * @throws {@link ClienteleDomainError} `insufficient_data` when there are fewer than 2 customers, no
 *   customer churned, or no customer was observed beyond the first period (one retention rate cannot
 *   identify two parameters); `domain_error` if the log-likelihood is not finite at the start values.
 * @throws {@link ClienteleConvergenceError} `not_converged` when BFGS stops before its tolerance (the
 *   message says which option to change), unless `allowNonConvergence` is set.
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric } from "clientele/clv";
 * // Fader & Hardie (2007), Table 1: "regular" customers active at the start of years 0–7
 * const regular = fitShiftedBetaGeometric({ survivors: [1000, 631, 468, 382, 326, 289, 262, 241] }, { unit: "year" });
 * regular.params.alpha.toFixed(3); // => "0.704"
 * regular.params.beta.toFixed(3); // => "1.182"
 * regular.logLikelihood.toFixed(2); // => "-1680.27"
 * ```
 * @see {@link survivalCurve}, {@link retentionRate}, {@link discountedExpectedResidualLifetime}, {@link parseAnyFit}
 * @category sBG
 */
export function fitShiftedBetaGeometric(
  data: ShiftedBetaGeometricData,
  options: FitShiftedBetaGeometricOptions,
): ShiftedBetaGeometricFit {
  const fnName = "fitShiftedBetaGeometric";
  const resolved = resolveFitOptions(fnName, options, NAMES);
  const tally = readShiftedBetaGeometricData(fnName, data);
  const unit = resolved.unit;
  if (unit === undefined) throwMissingUnit(fnName, "the length of one period");
  const estimate = fitByMaximumLikelihood<ShiftedBetaGeometricParams>(
    {
      fnName,
      names: NAMES,
      observations: tally.customers,
      observationNoun: ["customer", "customers"],
      defaultStart: defaultStart(tally),
      logLikelihood: shiftedBetaGeometricLogLikelihood(tally),
      requirements: [
        {
          have: tally.churned,
          need: 1,
          counted: ["customer churned", "customers churned"],
          context: ` of ${tally.customers}`,
          why: "without churn the churn probabilities cannot be estimated (the likelihood keeps growing as α → 0)",
        },
        {
          have: periodsObserved(tally),
          need: NAMES.length,
          counted: ["period with an observed renewal decision", "periods with an observed renewal decision"],
          context: "",
          why: "each period gives one retention rate, and one retention rate cannot identify both α and β (give at least two periods)",
        },
      ],
      boundaries: BOUNDARIES,
    },
    resolved,
  );
  return { model: "shifted-beta-geometric", unit, ...estimate };
}
