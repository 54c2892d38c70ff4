import { type RelationshipMarket, relationshipMarkets } from "./relationshipMarkets.ts";
import { parseStakeholderMap, type Stakeholder } from "./Stakeholder.ts";

/**
 * One market's row in {@link stakeholderCoverage}.
 *
 * @example
 * ```ts
 * import type { MarketCoverage } from "clientele/accounts";
 * const row: MarketCoverage = { market: "internal", stakeholders: [], objectives: 0 };
 * ```
 * @category Six markets
 */
export interface MarketCoverage {
  /** The market. */
  readonly market: RelationshipMarket;
  /** Ids of its stakeholders, in map order. */
  readonly stakeholders: readonly string[];
  /** How many objectives the map sets in it. */
  readonly objectives: number;
}

/**
 * What {@link stakeholderCoverage} returns.
 *
 * @example
 * ```ts
 * import { stakeholderCoverage, type StakeholderCoverage } from "clientele/accounts";
 * const c: StakeholderCoverage = stakeholderCoverage([]);
 * c.uncovered.length; // => 6
 * ```
 * @category Six markets
 */
export interface StakeholderCoverage {
  /** One row per market, in the order of {@link relationshipMarkets}. */
  readonly markets: readonly MarketCoverage[];
  /** Markets with no stakeholder that has an objective: where the plan says nothing. */
  readonly uncovered: readonly RelationshipMarket[];
}

/**
 * How a stakeholder map covers the six markets: its stakeholders and objectives per market, and the markets
 * where it sets no objective — so that a plan is seen to cover more than customers.
 *
 * @param stakeholders - A stakeholder map (validated by {@link parseStakeholderMap}).
 * @returns The coverage per market and the uncovered markets.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link parseStakeholderMap}.
 * @example
 * ```ts
 * import { stakeholderCoverage } from "clientele/accounts";
 * const c = stakeholderCoverage([
 *   { stakeholderId: "buyer", market: "customer", objectives: [{ description: "renew the framework contract" }] },
 *   { stakeholderId: "service-team", market: "internal", objectives: [] },
 * ]);
 * c.uncovered; // => ["referral", "supplier-alliance", "recruitment", "influence", "internal"]
 * ```
 * @category Six markets
 */
export function stakeholderCoverage(stakeholders: readonly Stakeholder[]): StakeholderCoverage {
  const list = parseStakeholderMap(stakeholders);
  const markets = relationshipMarkets.map((market): MarketCoverage => {
    const inMarket = list.filter((s) => s.market === market);
    return {
      market,
      stakeholders: inMarket.map((s) => s.stakeholderId),
      objectives: inMarket.reduce((n, s) => n + s.objectives.length, 0),
    };
  });
  return { markets, uncovered: markets.filter((m) => m.objectives === 0).map((m) => m.market) };
}
