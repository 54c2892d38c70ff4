/**
 * `clientele/satisfaction`: the satisfaction chain (Spreng, MacKenzie & Olshavsky 1996), disconfirmation,
 * SERVQUAL gaps and satisfaction indices (NPS, CSAT, CES, an ACSI-style index).
 *
 * @module satisfaction
 */

export type { DisconfirmationForm, DisconfirmationResponse, DisconfirmationResult } from "./DisconfirmationResult.ts";
export { type DisconfirmationOptions, disconfirmation } from "./disconfirmation.ts";
export { type DisconfirmationSummary, disconfirmations } from "./disconfirmations.ts";
export { type FitSatisfactionChainOptions, fitSatisfactionChain } from "./fitSatisfactionChain.ts";
export { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "./MissingAnswerPolicySchema.ts";
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
export { type SatisfactionChainOptions, satisfactionChain } from "./satisfactionChain.ts";
export {
  type SimulatedPerformanceEquation,
  type SimulatedSatisfactionSurvey,
  type SimulateSatisfactionSurveyOptions,
  simulateSatisfactionSurvey,
} from "./simulateSatisfactionSurvey.ts";
