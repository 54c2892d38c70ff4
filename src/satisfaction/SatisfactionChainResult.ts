import type { SatisfactionChainModel, SatisfactionConstruct } from "./SatisfactionChainModel.ts";

/**
 * One term of a construct's equation: the predecessor, its coefficient, its value, and their product
 * (what it added to the construct).
 *
 * @example
 * ```ts
 * import type { SatisfactionChainContribution } from "clientele/satisfaction";
 * const term: SatisfactionChainContribution = {
 *   from: "attributeSatisfaction", coefficient: 0.5, value: 0.4, contribution: 0.2,
 * };
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainContribution {
  /** The predecessor construct. */
  readonly from: SatisfactionConstruct;
  /** Its path coefficient (±1 for the definitions of the congruencies). */
  readonly coefficient: number;
  /** Its value for this respondent. */
  readonly value: number;
  /** coefficient × value. */
  readonly contribution: number;
}

/**
 * A construct's value for one respondent and what made it.
 *
 * - `source: "measured"`: read from the respondent's answers (desires, expectations, performance always;
 *   a satisfaction construct when the response has its items). A measured satisfaction construct still
 *   carries `implied` and `contributions`: what the model predicts from its predecessors.
 * - `source: "defined"`: a congruency, performance − desire or performance − expectation.
 * - `source: "model"`: a satisfaction construct the response does not measure: `implied`.
 *
 * @example
 * ```ts
 * import type { SatisfactionChainConstructValue } from "clientele/satisfaction";
 * const congruency: SatisfactionChainConstructValue = {
 *   construct: "desiresCongruency", value: -0.25, source: "defined", intercept: 0,
 *   implied: -0.25,
 *   contributions: [
 *     { from: "perceivedPerformance", coefficient: 1, value: 0.5, contribution: 0.5 },
 *     { from: "desires", coefficient: -1, value: 0.75, contribution: -0.75 },
 *   ],
 * };
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainConstructValue {
  /** Which construct. */
  readonly construct: SatisfactionConstruct;
  /** Its value, in the construct's range (see {@link SatisfactionConstruct}). */
  readonly value: number;
  /** Where the value comes from. */
  readonly source: "measured" | "defined" | "model";
  /** The equation's intercept (0 for measured inputs and definitions). */
  readonly intercept: number;
  /** intercept + Σ contributions (for desires, expectations and performance: the measured value). */
  readonly implied: number;
  /** The terms of its equation, in path order (empty for desires, expectations and performance). */
  readonly contributions: readonly SatisfactionChainContribution[];
}

/**
 * Every construct of one respondent's chain, keyed by name (see {@link SatisfactionConstruct} for ranges).
 *
 * @example
 * ```ts
 * import { satisfactionChain, type SatisfactionChainConstructs } from "clientele/satisfaction";
 * const constructs: SatisfactionChainConstructs = satisfactionChain({
 *   scale: { min: 1, max: 5 },
 *   attributes: [{ name: "price", desire: 4, expectation: 3, performance: 3 }],
 * }).constructs;
 * constructs.desiresCongruency.value; // => -0.25
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainConstructs {
  /** What the customer wanted (0…1). */
  readonly desires: SatisfactionChainConstructValue;
  /** What the customer expected (0…1). */
  readonly expectations: SatisfactionChainConstructValue;
  /** What the customer says they got (0…1). */
  readonly perceivedPerformance: SatisfactionChainConstructValue;
  /** Performance − desires (−1…1). */
  readonly desiresCongruency: SatisfactionChainConstructValue;
  /** Performance − expectations (−1…1). */
  readonly expectationsCongruency: SatisfactionChainConstructValue;
  /** Satisfaction with the attributes (−1…1). */
  readonly attributeSatisfaction: SatisfactionChainConstructValue;
  /** Satisfaction with the information the choice was based on (−1…1). */
  readonly informationSatisfaction: SatisfactionChainConstructValue;
  /** Overall satisfaction (−1…1). */
  readonly overallSatisfaction: SatisfactionChainConstructValue;
}

/**
 * One attribute of a respondent, in the response's scale points and in the chain's units.
 *
 * @example
 * ```ts
 * import type { SatisfactionChainAttributeGap } from "clientele/satisfaction";
 * const gap: SatisfactionChainAttributeGap = {
 *   name: "delivery speed", desire: 6, expectation: 5, performance: 4, satisfaction: undefined,
 *   desireGap: -2, expectationGap: -1, desiresCongruency: -1 / 3, expectationsCongruency: -1 / 6,
 * };
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainAttributeGap {
  /** The attribute's name. */
  readonly name: string;
  /** The desire answer (scale points; imputed when the policy imputed it). */
  readonly desire: number;
  /** The expectation answer. */
  readonly expectation: number;
  /** The perceived-performance answer. */
  readonly performance: number;
  /** The attribute-satisfaction answer, or `undefined` when not asked (or skipped). */
  readonly satisfaction: number | undefined;
  /** performance − desire, in scale points (negative: performance fell short of what was wanted). */
  readonly desireGap: number;
  /** performance − expectation, in scale points (Oliver's subtractive disconfirmation). */
  readonly expectationGap: number;
  /** desireGap / (max − min): this attribute's desires congruency, −1…1. */
  readonly desiresCongruency: number;
  /** expectationGap / (max − min): this attribute's expectations congruency, −1…1. */
  readonly expectationsCongruency: number;
}

/**
 * What {@link satisfactionChain} returns: every construct with its value and contributions, the
 * attributes behind the congruencies, the largest shortfall against desires, and a one-line explanation.
 *
 * @example
 * ```ts
 * import { satisfactionChain, type SatisfactionChainResult } from "clientele/satisfaction";
 * const result: SatisfactionChainResult = satisfactionChain({
 *   scale: { min: 1, max: 7 },
 *   attributes: [{ name: "price", desire: 4, expectation: 4, performance: 5 }],
 * });
 * result.constructs.overallSatisfaction.source; // => "model"
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainResult {
  /** Every construct, keyed by name. */
  readonly constructs: SatisfactionChainConstructs;
  /** The attributes that entered the chain, in the response's order. */
  readonly attributes: readonly SatisfactionChainAttributeGap[];
  /** The attribute whose performance fell furthest short of desires, or `undefined` when none fell short. */
  readonly largestShortfall: SatisfactionChainAttributeGap | undefined;
  /** A sentence an app can show: the overall value, what contributed, and the largest shortfall. */
  readonly explanation: string;
  /** The path coefficients used. */
  readonly model: SatisfactionChainModel;
  /** Answers imputed under the missing-answer policy. */
  readonly imputed: number;
  /** Missing answers left out under the `"skip"` policy (an attribute missing one of its three is left out). */
  readonly skipped: number;
}
