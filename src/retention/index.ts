/**
 * `clientele/retention`: switching prevention and retention measures — switching-risk rules, cohort
 * retention tables and survival curves.
 *
 * - Switching prevention: {@link switchingRiskRules} (a rule set of `clientele/rules`),
 *   {@link assessSwitchingRisk} for one record, {@link createSwitchingRiskAssessor} for a whole base.
 * - Retention measures: {@link cohortRetentionTable} (from a transaction log or subscriptions),
 *   {@link kaplanMeierSurvival} with {@link subscriptionLifetimes}, and {@link fitCohortRetention} (the
 *   cohort table and its sBG fit in one call).
 *
 * @module retention
 */

export {
  type CohortCell,
  type CohortRetentionTable,
  type CohortRetentionTableOptions,
  type CohortRow,
  type CohortSource,
  cohortRetentionTable,
  type OverallRetentionRow,
} from "./cohortRetentionTable.ts";
export {
  type AssessSwitchingRiskOptions,
  assessSwitchingRisk,
  createSwitchingRiskAssessor,
  type SwitchingRiskAssessment,
  type SwitchingRiskAssessor,
} from "./createSwitchingRiskAssessor.ts";
export {
  type CohortRetentionFit,
  type FitCohortRetentionOptions,
  fitCohortRetention,
} from "./fitCohortRetention.ts";
export { type KaplanMeierCurve, kaplanMeierSurvival, type LifetimeObservation } from "./kaplanMeierSurvival.ts";
export { type Subscription, type SubscriptionInput, SubscriptionSchema } from "./SubscriptionSchema.ts";
export type { SwitchingRiskFacts } from "./SwitchingRiskFacts.ts";
export {
  defaultSwitchingRiskLevels,
  type SwitchingRiskLevel,
  type SwitchingRiskLevels,
} from "./SwitchingRiskLevel.ts";
export { type SubscriptionLifetimesOptions, subscriptionLifetimes } from "./subscriptionLifetimes.ts";
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
