import type { ResponseScale } from "./ResponseScaleSchema.ts";

/**
 * One attribute of a {@link SatisfactionChainResponse}: the respondent's answers about it, each on the
 * response's `scale`. `null` or `undefined` is a missing answer, handled by the caller's missing-answer
 * policy.
 *
 * @example
 * ```ts
 * import type { SatisfactionChainAttribute } from "clientele/satisfaction";
 * const delivery: SatisfactionChainAttribute = {
 *   name: "delivery speed", desire: 6, expectation: 5, performance: 4, satisfaction: 3,
 * };
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainAttribute {
  /** The attribute's name (non-empty, unique within the response). */
  readonly name: string;
  /** How much of the attribute the respondent wanted (the desire item). */
  readonly desire: number | null | undefined;
  /** How much they expected to get (the expectation item). */
  readonly expectation: number | null | undefined;
  /** How much they say they got (the perceived-performance item). */
  readonly performance: number | null | undefined;
  /**
   * Their satisfaction with the attribute, when the survey asked (absent: not asked, so attribute
   * satisfaction is model-implied; `null`: asked and unanswered, a missing answer).
   */
  readonly satisfaction?: number | null | undefined;
}

/**
 * One respondent's answers for the satisfaction chain (Spreng, MacKenzie & Olshavsky 1996): desire,
 * expectation and perceived performance per attribute, the items measuring satisfaction with the
 * information the choice was based on, and the overall satisfaction item, all on one declared `scale`.
 *
 * @remarks
 * The measured satisfaction items are optional for {@link satisfactionChain} (a construct that is not
 * measured takes its model-implied value) and required by {@link fitSatisfactionChain} (they are the
 * outcomes it regresses).
 *
 * @example
 * ```ts
 * import type { SatisfactionChainResponse } from "clientele/satisfaction";
 * const response: SatisfactionChainResponse = {
 *   scale: { min: 1, max: 7, integer: true },
 *   attributes: [
 *     { name: "delivery speed", desire: 6, expectation: 5, performance: 4 },
 *     { name: "price", desire: 4, expectation: 4, performance: 5 },
 *   ],
 *   information: [5, 6],
 *   overall: 5,
 * };
 * ```
 * @category Satisfaction chain
 */
export interface SatisfactionChainResponse {
  /** The scale of every item of this response. */
  readonly scale: ResponseScale;
  /** At least one attribute. */
  readonly attributes: readonly SatisfactionChainAttribute[];
  /**
   * Items measuring information satisfaction ("the information I based my choice on was …"), when the
   * survey asked them (absent or empty: not asked; a `null` entry: an unanswered item).
   */
  readonly information?: readonly (number | null | undefined)[] | undefined;
  /** The overall satisfaction item, when asked (absent: not asked; `null`: unanswered). */
  readonly overall?: number | null | undefined;
}
