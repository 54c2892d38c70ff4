/**
 * `clientele/relationship`: the whole relationship in one call: assess a customer and a portfolio, and
 * route each customer to the CRM job that fits.
 *
 * - {@link assessRelationship}: one customer's lifecycle stage, bonds and switching cost, satisfaction,
 *   P(alive), expected purchases and lifetime value, profitability, switching risk, the termination
 *   decision, and the CRM job with its next actions — each part computed by its area, or stated missing.
 * - The CRM jobs as rule sets ({@link crmJobRules}: {@link newCustomerRules}, {@link retentionRules},
 *   {@link complaintManagementRules}, {@link switchingPreventionRules}, {@link terminationJobRules},
 *   {@link winBackRules}), routed by {@link routeCrmJob}.
 * - The configuration: {@link parseRelationshipConfig}, {@link defaultRelationshipConfig}.
 *
 * @module relationship
 */

export { assessPortfolio } from "./assessPortfolio.ts";
export { assessRelationship } from "./assessRelationship.ts";
export type { CrmComplaint, CrmJob, CrmJobFacts } from "./CrmJobFacts.ts";
export {
  type ComplaintRecoveryOfferOptions,
  type ComplaintResolutionOptions,
  complaintManagementRules,
} from "./complaintManagementRules.ts";
export { createPortfolioAccumulator, type PortfolioAccumulator } from "./createPortfolioAccumulator.ts";
export { type CrmJobRules, crmJobRules } from "./crmJobRules.ts";
export {
  type FirstPurchaseFollowUpOptions,
  newCustomerRules,
  type WelcomeContactOptions,
} from "./newCustomerRules.ts";
export type { PortfolioCell, PortfolioEntry, PortfolioSegmentRow, PortfolioSummary } from "./PortfolioSummary.ts";
export { parseRelationshipConfig } from "./parseRelationshipConfig.ts";
export type {
  AssessmentPart,
  BondsPart,
  CrmJobPart,
  ExpectedPurchasesPart,
  LifetimeValuePart,
  ModelHistory,
  NextAction,
  ProbabilityAlivePart,
  ProfitabilityPart,
  RelationshipAssessment,
  SatisfactionChainPart,
} from "./RelationshipAssessment.ts";
export {
  defaultRelationshipConfig,
  type RelationshipConfig,
  type RelationshipConfigInput,
  RelationshipConfigSchema,
} from "./RelationshipConfigSchema.ts";
export type { RelationshipContext } from "./RelationshipContext.ts";
export {
  type CommunicationStep,
  type PostPurchaseCommunicationOptions,
  type PreferentialTreatmentOptions,
  retentionRules,
  type ServiceOffer,
  type ServiceTier,
} from "./retentionRules.ts";
export { type CrmJobRoute, crmJobPrecedence, routeCrmJob } from "./routeCrmJob.ts";
export { type SwitchingRiskResponseOptions, switchingPreventionRules } from "./switchingPreventionRules.ts";
export {
  type TerminationCorrectOptions,
  type TerminationEndOptions,
  terminationJobRules,
} from "./terminationJobRules.ts";
export { type LapseReason, type WinBackOptions, winBackRules } from "./winBackRules.ts";
