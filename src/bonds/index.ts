/**
 * `clientele/bonds`: the ties that keep a customer (Berry & Parasuraman's financial, social and structural
 * levels of relationship marketing), the costs of switching away from the firm (Burnham, Frels & Mahajan
 * 2003), and the retention levers for customers who are satisfied but seek variety.
 *
 * The bond instrument itself is a customer-level record type, defined in `clientele/customers` (so that
 * `groupByCustomer` can carry it) and re-exported here.
 *
 * @module bonds
 */

export {
  type BondInstrument,
  type BondInstrumentInput,
  BondInstrumentSchema,
  type BondLevel,
  BondLevelSchema,
  type BuiltInBondKind,
  builtInBondKinds,
  parseBondInstruments,
} from "../customers/index.ts";
export type { BondStrength } from "./BondStrength.ts";
export { type BondLevelTableRow, type BondLevelTableSource, bondLevelTable } from "./bondLevelTable.ts";
export { type BondProfile, type BondProfileOptions, bondProfile } from "./bondProfile.ts";
export { defaultBondWeights } from "./defaultBondWeights.ts";
export { type BondKindCatalog, type BondKindOf, defineBondKinds } from "./defineBondKinds.ts";
export type { BondWeights, PerBondLevel } from "./PerBondLevel.ts";
export {
  type RecommendRetentionLeversOptions,
  type RetentionLeverRecommendation,
  recommendRetentionLevers,
} from "./recommendRetentionLevers.ts";
export {
  type RetentionLever,
  type RetentionLeverFacts,
  type RetentionLeverRules,
  retentionLeverRules,
  type SatisfactionThreshold,
  type VarietySeekerThresholds,
} from "./retentionLeverRules.ts";
export type {
  SwitchingCostBreakdown,
  SwitchingCostComponent,
  SwitchingCostEvidence,
} from "./SwitchingCostBreakdown.ts";
export {
  type StatedSwitchingCost,
  type StatedSwitchingCosts,
  type SwitchingCostOptions,
  switchingCost,
} from "./switchingCost.ts";
export {
  type SwitchingCostFacet,
  type SwitchingCostFacetDefinition,
  type SwitchingCostType,
  switchingCostFacets,
} from "./switchingCostFacets.ts";
