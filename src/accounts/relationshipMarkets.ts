/**
 * The six markets of relationship marketing (Christopher, Payne & Ballantyne 1991, *Relationship Marketing:
 * Bringing Quality, Customer Service and Marketing Together*, Butterworth-Heinemann; extended by Payne 1995
 * and Peck, Payne, Christopher & Clark 1999, where supplier markets became "supplier & alliance" markets).
 * The ids follow the source's names.
 *
 * @example
 * ```ts
 * import { relationshipMarkets } from "clientele/accounts";
 * relationshipMarkets; // => ["customer", "referral", "supplier-alliance", "recruitment", "influence", "internal"]
 * ```
 * @category Six markets
 */
export const relationshipMarkets = [
  "customer",
  "referral",
  "supplier-alliance",
  "recruitment",
  "influence",
  "internal",
] as const;

/**
 * One of the six {@link relationshipMarkets}.
 *
 * @example
 * ```ts
 * import type { RelationshipMarket } from "clientele/accounts";
 * const m: RelationshipMarket = "influence";
 * ```
 * @category Six markets
 */
export type RelationshipMarket = (typeof relationshipMarkets)[number];

/**
 * What one of the six markets covers, in {@link relationshipMarketScope}.
 *
 * @example
 * ```ts
 * import type { RelationshipMarketScope } from "clientele/accounts";
 * const s: RelationshipMarketScope = { name: "Internal markets", members: "employees", aim: "deliver the promise" };
 * ```
 * @category Six markets
 */
export interface RelationshipMarketScope {
  /** The market's name in the source. */
  readonly name: string;
  /** Who belongs to it. */
  readonly members: string;
  /** What the firm seeks there. */
  readonly aim: string;
}

/**
 * What each of the six markets covers, in the source's terms (who is in it and what the firm seeks there).
 * Distributors and other intermediaries are buyers in the customer market, or referral sources when they
 * recommend the firm; competitors the firm cooperates with are alliance partners; the "influencer"
 * is the influence market.
 *
 * @example
 * ```ts
 * import { relationshipMarketScope } from "clientele/accounts";
 * relationshipMarketScope["supplier-alliance"].name; // => "Supplier and alliance markets"
 * ```
 * @category Six markets
 */
export const relationshipMarketScope: Readonly<Record<RelationshipMarket, RelationshipMarketScope>> = {
  customer: {
    name: "Customer markets",
    members: "buyers, intermediaries (distributors, retailers) and final customers",
    aim: "win, keep and grow profitable customers",
  },
  referral: {
    name: "Referral markets",
    members:
      "existing customers who advocate the firm, and non-customer sources: intermediaries, professional advisers, third-party introducers",
    aim: "generate recommendations and new business",
  },
  "supplier-alliance": {
    name: "Supplier and alliance markets",
    members: "suppliers of materials and services, and partners (including competitors) in alliances",
    aim: "long-term cooperation that lowers cost and raises quality",
  },
  recruitment: {
    name: "Recruitment markets",
    members: "the people the firm wants to hire, and the sources that supply them",
    aim: "attract staff who share the firm's values",
  },
  influence: {
    name: "Influence markets",
    members:
      "regulators, standards bodies, government, analysts, investors, the press, consumer and environmental groups",
    aim: "a favourable environment for the firm",
  },
  internal: {
    name: "Internal markets",
    members: "the firm's own employees and departments (internal customers and suppliers)",
    aim: "staff and departments that deliver the value promised to the other markets",
  },
};
