import type { ResponseScale } from "./ResponseScaleSchema.ts";

/**
 * The form of disconfirmation (Oliver 1980): `"subtractive"`, performance − expectation (0 = confirmed,
 * positive = better than expected), or `"ratio"`, performance / expectation (1 = confirmed; needs a scale
 * whose min is above 0).
 *
 * @example
 * ```ts
 * import type { DisconfirmationForm } from "clientele/satisfaction";
 * const form: DisconfirmationForm = "ratio";
 * ```
 * @category Disconfirmation
 */
export type DisconfirmationForm = "subtractive" | "ratio";

/**
 * The answers {@link disconfirmation} reads: an expectation and a perceived performance per attribute on a
 * declared scale. A {@link SatisfactionChainResponse} is one.
 *
 * @example
 * ```ts
 * import type { DisconfirmationResponse } from "clientele/satisfaction";
 * const response: DisconfirmationResponse = {
 *   scale: { min: 1, max: 7, integer: true },
 *   attributes: [{ name: "delivery speed", expectation: 5, performance: 3 }],
 * };
 * ```
 * @category Disconfirmation
 */
export interface DisconfirmationResponse {
  /** The scale of every answer. */
  readonly scale: ResponseScale;
  /** At least one attribute. */
  readonly attributes: readonly {
    /** The attribute's name. */
    readonly name: string;
    /** The expectation answer (`null`/`undefined`: missing). */
    readonly expectation: number | null | undefined;
    /** The perceived-performance answer (`null`/`undefined`: missing). */
    readonly performance: number | null | undefined;
  }[];
}

/**
 * Disconfirmation per attribute of one respondent.
 *
 * @example
 * ```ts
 * import type { DisconfirmationResult } from "clientele/satisfaction";
 * const result: DisconfirmationResult = {
 *   form: "subtractive",
 *   attributes: [{ name: "delivery speed", expectation: 5, performance: 3, disconfirmation: -2 }],
 *   mean: -2, imputed: 0, skipped: 0,
 * };
 * ```
 * @category Disconfirmation
 */
export interface DisconfirmationResult {
  /** The form computed. */
  readonly form: DisconfirmationForm;
  /** Per attribute, in the response's order (skipped ones left out). */
  readonly attributes: readonly {
    /** The attribute's name. */
    readonly name: string;
    /** The expectation used (imputed when the policy imputed it). */
    readonly expectation: number;
    /** The performance used. */
    readonly performance: number;
    /** performance − expectation (scale points) or performance / expectation. */
    readonly disconfirmation: number;
  }[];
  /** The mean over the attributes, or `undefined` when `"skip"` left none. */
  readonly mean: number | undefined;
  /** Answers imputed. */
  readonly imputed: number;
  /** Missing answers skipped (their attribute is left out). */
  readonly skipped: number;
}
