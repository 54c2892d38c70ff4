import type { SatisfactionChainModel, SatisfactionConstruct } from "./SatisfactionChainModel.ts";

/**
 * One estimated coefficient of a path equation.
 *
 * @example
 * ```ts
 * import type { SatisfactionChainCoefficient } from "clientele/satisfaction";
 * const c: SatisfactionChainCoefficient = { predictor: "desiresCongruency", estimate: 0.81, standardError: 0.02, t: 40.5 };
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainCoefficient {
  /** `"intercept"` or the predecessor construct. */
  readonly predictor: "intercept" | SatisfactionConstruct;
  /** The OLS estimate. */
  readonly estimate: number;
  /** Its standard error, √(σ̂² (XᵀX)⁻¹ⱼⱼ). */
  readonly standardError: number;
  /** estimate / standardError, or `null` when the standard error is 0 (a perfect fit). */
  readonly t: number | null;
}

/**
 * One equation of the path analysis: an endogenous construct regressed on its predecessors.
 *
 * @example
 * ```ts
 * import type { SatisfactionChainEquationFit } from "clientele/satisfaction";
 * const eq: SatisfactionChainEquationFit = {
 *   outcome: "attributeSatisfaction",
 *   coefficients: [
 *     { predictor: "intercept", estimate: 0.01, standardError: 0.004, t: 2.5 },
 *     { predictor: "desiresCongruency", estimate: 0.98, standardError: 0.02, t: 49 },
 *   ],
 *   rSquared: 0.9, residualStandardError: 0.05, n: 500, parameters: 2,
 * };
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainEquationFit {
  /** The construct regressed. */
  readonly outcome: SatisfactionConstruct;
  /** The intercept first, then one coefficient per predecessor in path order. */
  readonly coefficients: readonly SatisfactionChainCoefficient[];
  /** 1 − RSS / TSS, or `null` when the outcome is constant over the respondents. */
  readonly rSquared: number | null;
  /** σ̂ = √(RSS / (n − parameters)). */
  readonly residualStandardError: number;
  /** Respondents used. */
  readonly n: number;
  /** Parameters estimated (intercept included). */
  readonly parameters: number;
}

/**
 * What {@link fitSatisfactionChain} returns: the four estimated equations, the estimates as a
 * {@link SatisfactionChainModel} (for {@link satisfactionChain}), and the respondent counts.
 *
 * @example
 * ```ts
 * import { fitSatisfactionChain, simulateSatisfactionSurvey } from "clientele/satisfaction";
 * const { responses } = simulateSatisfactionSurvey({ respondents: 500, seed: 1 });
 * const fit = fitSatisfactionChain(responses);
 * fit.equations.overallSatisfaction.n; // => 500
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainFit {
  /** Per endogenous construct (the congruencies are definitions, not estimated). */
  readonly equations: {
    /** perceivedPerformance ~ expectations (assimilation). */
    readonly perceivedPerformance: SatisfactionChainEquationFit;
    /** attributeSatisfaction ~ desiresCongruency. */
    readonly attributeSatisfaction: SatisfactionChainEquationFit;
    /** informationSatisfaction ~ desiresCongruency + expectationsCongruency. */
    readonly informationSatisfaction: SatisfactionChainEquationFit;
    /** overallSatisfaction ~ attributeSatisfaction + informationSatisfaction. */
    readonly overallSatisfaction: SatisfactionChainEquationFit;
  };
  /** The estimates as path coefficients for {@link satisfactionChain}. */
  readonly model: SatisfactionChainModel;
  /** Respondents used (every equation uses the same ones). */
  readonly n: number;
  /** Respondents left out under the `"skip"` policy. */
  readonly skipped: number;
  /** Answers imputed under an impute policy. */
  readonly imputed: number;
}
