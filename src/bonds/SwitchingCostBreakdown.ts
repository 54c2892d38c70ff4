import type { SwitchingCostFacet, SwitchingCostType } from "./switchingCostFacets.ts";

/**
 * One piece of evidence behind a switching-cost component: where it came from, what it says, and the
 * cash amount or score it contributes.
 *
 * @example
 * ```ts
 * import type { SwitchingCostEvidence } from "clientele/bonds";
 * const points: SwitchingCostEvidence = {
 *   source: "option",
 *   path: "options.forfeitablePoints",
 *   description: "12000 points forfeited at 0.01 each",
 *   amount: 120,
 *   score: null,
 * };
 * ```
 * @category Switching costs
 */
export interface SwitchingCostEvidence {
  /**
   * `"option"`: stated by the caller; `"bond"`: read from an active bond instrument; `"ledger"`: the points
   * balance of the record's loyalty events (with `options.loyaltyProgram`).
   */
  readonly source: "option" | "bond" | "ledger";
  /** Where: an option path (`options.contractPenalties[0]`), the instrument's (`bonds[3]`) or `loyaltyEvents`. */
  readonly path: string;
  /** What the evidence says, in words. */
  readonly description: string;
  /** The cash amount it contributes, or `null` when it contributes a score. */
  readonly amount: number | null;
  /** The score in [0, 1] it contributes, or `null` when it contributes an amount. */
  readonly score: number | null;
}

/**
 * One facet of a customer's switching cost with the evidence used.
 *
 * @remarks
 * `assessment` says how the facet was valued: `"monetised"` (a cash `amount`, the sum of the monetary
 * evidence), `"scored"` (a `score` in [0, 1], for what cannot be priced from the evidence: never turned
 * into money), or `"unassessed"` (no evidence: neither is set; nothing is invented).
 *
 * @example
 * ```ts
 * import type { SwitchingCostComponent } from "clientele/bonds";
 * const unassessed: SwitchingCostComponent = {
 *   facet: "economicRisk", type: "procedural", assessment: "unassessed", amount: null, score: null, evidence: [],
 * };
 * ```
 * @category Switching costs
 */
export interface SwitchingCostComponent {
  /** The facet (Burnham, Frels & Mahajan 2003). */
  readonly facet: SwitchingCostFacet;
  /** Its type: procedural, financial or relational. */
  readonly type: SwitchingCostType;
  /** Monetised, scored or unassessed. */
  readonly assessment: "monetised" | "scored" | "unassessed";
  /** The cash amount (in `currency`) when monetised, else `null`. */
  readonly amount: number | null;
  /** The score in [0, 1] when scored, else `null`. */
  readonly score: number | null;
  /** The evidence used, in the order it was read. */
  readonly evidence: readonly SwitchingCostEvidence[];
}

/**
 * A customer's switching cost by facet (Burnham, Frels & Mahajan 2003) with the monetised total. Made by
 * {@link switchingCost}.
 *
 * @example
 * ```ts
 * import { switchingCost, type SwitchingCostBreakdown } from "clientele/bonds";
 * const none: SwitchingCostBreakdown = switchingCost([], { asOf: "2024-06-30" });
 * none.total; // => 0
 * ```
 * @category Switching costs
 */
export interface SwitchingCostBreakdown {
  /** The customer (the record's id, or the instruments' common one). */
  readonly customerId: string | undefined;
  /** The date the bonds were read at. */
  readonly asOf: Date;
  /** The currency of every amount: `options.currency`, else the instruments' one, else `undefined`. */
  readonly currency: string | undefined;
  /** The eight facets in the typology's order. */
  readonly components: readonly SwitchingCostComponent[];
  /** The monetised total: the sum of the monetised facets' amounts (scores are never added in). */
  readonly total: number;
  /** The monetised subtotal of each type. */
  readonly totalByType: {
    /** Economic risk, evaluation, learning and setup. */
    readonly procedural: number;
    /** Benefit loss and monetary loss. */
    readonly financial: number;
    /** Personal and brand relationship loss. */
    readonly relational: number;
  };
  /** The facets that are monetised, scored and unassessed. */
  readonly facets: {
    /** Facets with a cash amount. */
    readonly monetised: readonly SwitchingCostFacet[];
    /** Facets with a score only. */
    readonly scored: readonly SwitchingCostFacet[];
    /** Facets without evidence. */
    readonly unassessed: readonly SwitchingCostFacet[];
  };
  /** Remarks on evidence that was present but not used (e.g. loyalty events without a points value). */
  readonly notes: readonly string[];
}
