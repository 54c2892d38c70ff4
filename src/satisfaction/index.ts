/**
 * `clientele/satisfaction`: the satisfaction chain (Spreng, MacKenzie & Olshavsky 1996), disconfirmation,
 * SERVQUAL gaps and satisfaction indices (NPS, CSAT, CES, an ACSI-style index).
 *
 * @module satisfaction
 */

export type { AnswerColumn } from "./AnswerColumn.ts";
export {
  type AcsiIndexInput,
  type AcsiIndexResult,
  acsiIndex,
} from "./acsiIndex.ts";
export {
  type AggregateSatisfactionOptions,
  type AggregateSatisfactionResult,
  aggregateSatisfaction,
  type RecordsAcsiResult,
  type SatisfactionCell,
  type SatisfactionFigures,
  type SatisfactionPeriod,
} from "./aggregateSatisfaction.ts";
export {
  type ChainResponseFromRecord,
  type ChainSurveyMapping,
  ChainSurveyMappingSchema,
  chainResponsesFromRecords,
} from "./chainResponsesFromRecords.ts";
export {
  type CustomerEffortScoreOptions,
  type CustomerEffortScoreResult,
  customerEffortScore,
  type EffortDirection,
} from "./customerEffortScore.ts";
export {
  type CustomerSatisfactionScoreOptions,
  type CustomerSatisfactionScoreResult,
  customerSatisfactionScore,
} from "./customerSatisfactionScore.ts";
export type { DisconfirmationForm, DisconfirmationResponse, DisconfirmationResult } from "./DisconfirmationResult.ts";
export { type DisconfirmationOptions, disconfirmation } from "./disconfirmation.ts";
export { type DisconfirmationSummary, disconfirmations } from "./disconfirmations.ts";
export { type FitSatisfactionChainOptions, fitSatisfactionChain } from "./fitSatisfactionChain.ts";
export { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "./MissingAnswerPolicySchema.ts";
export type { IndexInterval, NetPromoterScoreResult } from "./NetPromoterScoreResult.ts";
export { type NetPromoterScoreOptions, netPromoterScore } from "./netPromoterScore.ts";
export { type ResponseScale, ResponseScaleSchema } from "./ResponseScaleSchema.ts";
export type {
  SatisfactionChainCoefficient,
  SatisfactionChainEquationFit,
  SatisfactionChainFit,
} from "./SatisfactionChainFit.ts";
export {
  defaultSatisfactionChainModel,
  type SatisfactionChainModel,
  SatisfactionChainModelSchema,
  type SatisfactionConstruct,
  satisfactionChainPaths,
} from "./SatisfactionChainModel.ts";
export type { SatisfactionChainAttribute, SatisfactionChainResponse } from "./SatisfactionChainResponse.ts";
export type {
  SatisfactionChainAttributeGap,
  SatisfactionChainConstructs,
  SatisfactionChainConstructValue,
  SatisfactionChainContribution,
  SatisfactionChainResult,
} from "./SatisfactionChainResult.ts";
export {
  type ServiceQualityGap,
  type ServiceQualityGapDefinition,
  serviceQualityGaps,
} from "./ServiceQualityGap.ts";
export {
  type AcsiMapping,
  type CesMapping,
  type CsatMapping,
  type NpsMapping,
  type ServqualMapping,
  type SurveyMapping,
  SurveyMappingSchema,
} from "./SurveyMappingSchema.ts";
export { type SatisfactionChainOptions, satisfactionChain } from "./satisfactionChain.ts";
export { type SatisfactionFromRecordsOptions, satisfactionFromRecords } from "./satisfactionFromRecords.ts";
export {
  type ServqualColumns,
  type ServqualGapsOptions,
  type ServqualGapsResult,
  type ServqualImportance,
  type ServqualItemGap,
  type ServqualResponse,
  type ServqualWeightedGaps,
  servqualGaps,
} from "./servqualGaps.ts";
export { type ServqualDimension, type ServqualItem, servqualDimensions, servqualItems } from "./servqualItems.ts";
export {
  type SimulatedPerformanceEquation,
  type SimulatedSatisfactionSurvey,
  type SimulateSatisfactionSurveyOptions,
  simulateSatisfactionSurvey,
} from "./simulateSatisfactionSurvey.ts";
