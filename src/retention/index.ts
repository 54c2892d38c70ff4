/**
 * `clientele/retention`: switching prevention and retention measures — switching-risk rules, cohort
 * retention tables and survival curves.
 *
 * - Switching prevention: {@link switchingRiskRules} (a rule set of `clientele/rules`),
 *   {@link assessSwitchingRisk} for one record, {@link createSwitchingRiskAssessor} for a whole base.
 *
 * @module retention
 */

export {
  type AssessSwitchingRiskOptions,
  assessSwitchingRisk,
  createSwitchingRiskAssessor,
  type SwitchingRiskAssessment,
  type SwitchingRiskAssessor,
} from "./createSwitchingRiskAssessor.ts";
export type { SwitchingRiskFacts } from "./SwitchingRiskFacts.ts";
export {
  defaultSwitchingRiskLevels,
  type SwitchingRiskLevel,
  type SwitchingRiskLevels,
} from "./SwitchingRiskLevel.ts";
export {
  type BondLapsedOptions,
  type CompetitorOfferOptions,
  type ComplaintUnresolvedOptions,
  type FallingActivityOptions,
  type ProbabilityAliveOptions,
  type PurchaseGapOptions,
  type SatisfactionFallingOptions,
  type SwitchingRiskRules,
  switchingRiskRules,
} from "./switchingRiskRules.ts";
