/**
 * `clientele/accounts`: key-account management — screening, relationship managers, account plans, account
 * health over time, the six markets and complementary products.
 *
 * @module accounts
 */

export {
  type AccountPlan,
  AccountPlanSchema,
  type LongTermGoal,
  type PlanAction,
  type PlanManager,
  type PlanMilestone,
  type PlanObjective,
} from "./AccountPlanSchema.ts";
export {
  type AccountTeam,
  AccountTeamSchema,
  defineAccountTeam,
  type EvaluationCriterion,
  type GeneralManager,
  type ManagerResources,
  type RelationshipManager,
} from "./AccountTeam.ts";
export {
  type AssignmentBook,
  type AssignmentChange,
  createAssignmentBook,
  type KeyAccountAssignment,
} from "./AssignmentBook.ts";
export {
  type AccountHealth,
  type AccountHealthSeriesOptions,
  accountHealthSeries,
  type HealthPoint,
  type HealthSeries,
} from "./accountHealthSeries.ts";
export {
  type AssignKeyAccountChange,
  assignKeyAccount,
  type UnassignKeyAccountChange,
  unassignKeyAccount,
} from "./assignKeyAccount.ts";
export { assignmentsAsOf } from "./assignmentsAsOf.ts";
export {
  type BasketAffinities,
  type BasketAffinitiesOptions,
  type BasketKey,
  basketAffinities,
  type ItemSupport,
  type ProductPair,
} from "./basketAffinities.ts";
export {
  type DetectHealthChangesOptions,
  defaultHealthThresholds,
  detectHealthChanges,
  type HealthAlert,
  type HealthThreshold,
} from "./detectHealthChanges.ts";
export {
  type HealthMetric,
  type HealthObservation,
  type HealthObservationInput,
  HealthObservationSchema,
  healthMetrics,
} from "./HealthObservationSchema.ts";
export {
  type HealthObservationsFromRecordOptions,
  healthObservationsFromRecord,
} from "./healthObservationsFromRecord.ts";
export {
  type KeyAccountCandidate,
  type KeyAccountCandidateInput,
  KeyAccountCandidateSchema,
} from "./KeyAccountCandidateSchema.ts";
export { type ManagerLoad, managerWorkload } from "./managerWorkload.ts";
export {
  type ComplementaryOffer,
  type ComplementaryProductOptions,
  complementaryProducts,
  nextComplementaryProduct,
} from "./nextComplementaryProduct.ts";
export { parseAccountPlan } from "./parseAccountPlan.ts";
export {
  type MilestoneCounts,
  type MilestoneProgress,
  type MilestoneStatus,
  type ObjectiveProgress,
  type PlanEvent,
  type PlanProgress,
  type PlanProgressOptions,
  planProgress,
} from "./planProgress.ts";
export {
  type RelationshipMarket,
  type RelationshipMarketScope,
  relationshipMarketScope,
  relationshipMarkets,
} from "./relationshipMarkets.ts";
export {
  defaultScreeningWeights,
  type ScreeningFactor,
  type ScreeningWeights,
  ScreeningWeightsSchema,
  screeningFactors,
} from "./ScreeningWeights.ts";
export { parseStakeholderMap, type Stakeholder, type StakeholderObjective, StakeholderSchema } from "./Stakeholder.ts";
export {
  type KeyAccountScreening,
  type ScreenedAccount,
  type ScreeningFactorScore,
  type ScreenKeyAccountsOptions,
  screenKeyAccounts,
} from "./screenKeyAccounts.ts";
export { type MarketCoverage, type StakeholderCoverage, stakeholderCoverage } from "./stakeholderCoverage.ts";
