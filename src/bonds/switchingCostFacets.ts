/**
 * The three types of switching cost of Burnham, Frels & Mahajan (2003).
 *
 * @example
 * ```ts
 * import type { SwitchingCostType } from "clientele/bonds";
 * const type: SwitchingCostType = "relational";
 * ```
 * @category Switching costs
 */
export type SwitchingCostType = "procedural" | "financial" | "relational";

/**
 * The eight facets of switching cost of Burnham, Frels & Mahajan (2003), each belonging to one
 * {@link SwitchingCostType} (see {@link switchingCostFacets}).
 *
 * @example
 * ```ts
 * import type { SwitchingCostFacet } from "clientele/bonds";
 * const facet: SwitchingCostFacet = "benefitLoss";
 * ```
 * @category Switching costs
 */
export type SwitchingCostFacet =
  | "economicRisk"
  | "evaluation"
  | "learning"
  | "setup"
  | "benefitLoss"
  | "monetaryLoss"
  | "personalRelationshipLoss"
  | "brandRelationshipLoss";

/**
 * One facet of the switching-cost typology: its type and what it covers.
 *
 * @example
 * ```ts
 * import { switchingCostFacets, type SwitchingCostFacetDefinition } from "clientele/bonds";
 * const setup: SwitchingCostFacetDefinition = switchingCostFacets.setup;
 * setup.type; // => "procedural"
 * ```
 * @category Switching costs
 */
export interface SwitchingCostFacetDefinition {
  /** Procedural, financial or relational. */
  readonly type: SwitchingCostType;
  /** What the facet covers, paraphrased from the source. */
  readonly covers: string;
}

/**
 * The switching-cost typology of Burnham, Frels & Mahajan (2003) as data: three types and eight facets.
 *
 * | type | facets | what is lost |
 * |---|---|---|
 * | procedural | economic risk, evaluation, learning, setup | mainly time and effort |
 * | financial | benefit loss, monetary loss | financially quantifiable resources |
 * | relational | personal relationship loss, brand relationship loss | identity and bonds (psychological or emotional discomfort) |
 *
 * @remarks
 * Burnham, T. A., Frels, J. K. & Mahajan, V. (2003), "Consumer Switching Costs: A Typology, Antecedents,
 * and Consequences", *Journal of the Academy of Marketing Science* 31(2), 109–126,
 * doi:10.1177/0092070302250897. The `covers` texts paraphrase the paper's facet definitions. Keys are in
 * the typology's order. The value is frozen.
 *
 * @example
 * ```ts
 * import { switchingCostFacets } from "clientele/bonds";
 * Object.keys(switchingCostFacets).filter((f) => switchingCostFacets[f as keyof typeof switchingCostFacets].type === "financial");
 * // => ["benefitLoss", "monetaryLoss"]
 * ```
 * @category Switching costs
 */
export const switchingCostFacets: { readonly [F in SwitchingCostFacet]: SwitchingCostFacetDefinition } =
  /* @__PURE__ */ Object.freeze({
    economicRisk: {
      type: "procedural",
      covers: "accepting uncertainty, with a possible bad outcome, when adopting a provider one knows too little about",
    },
    evaluation: {
      type: "procedural",
      covers: "the time and effort of searching for and analysing alternatives to decide to switch",
    },
    learning: {
      type: "procedural",
      covers: "the time and effort of acquiring the skills or know-how to use a new provider's product effectively",
    },
    setup: {
      type: "procedural",
      covers: "the time and effort of starting a relationship with a new provider or setting a new product up",
    },
    benefitLoss: {
      type: "financial",
      covers: "economic benefits for staying that switching forfeits (points, rewards, discounts, trade-in value)",
    },
    monetaryLoss: {
      type: "financial",
      covers: "one-time financial outlays of switching other than the new purchase itself (fees, penalties, deposits)",
    },
    personalRelationshipLoss: {
      type: "relational",
      covers: "the affective loss of breaking the bonds formed with the people the customer deals with",
    },
    brandRelationshipLoss: {
      type: "relational",
      covers: "the affective loss of breaking the bond of identification formed with the brand or company",
    },
  });
