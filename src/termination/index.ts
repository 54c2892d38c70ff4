/**
 * `clientele/termination`: when a firm should correct a customer relationship (price, service level,
 * conduct) and when it should end it — economically excessive, emotionally excessive, violating the
 * firm's core values — with the policy that a correction is tried before a relationship ends and that
 * a customer's word of mouth raises the bar.
 *
 * @module termination
 */

export {
  type CorrectionInput,
  collectTerminationFacts,
  type TerminationFactsOptions,
  type TerminationSummary,
} from "./collectTerminationFacts.ts";
export {
  type CoreTerminationRules,
  type CorrectBeforeTerminateOptions,
  coreTerminationRules,
  type EmotionallyDrainingOptions,
  type ProposedAction,
  type TooCostlyOptions,
  type ViolatesCoreValuesOptions,
} from "./coreTerminationRules.ts";
export {
  type DecideTerminationOptions,
  decideTermination,
  type TerminationAction,
  type TerminationDecision,
} from "./decideTermination.ts";
export { type DecideTerminationsOptions, decideTerminations } from "./decideTerminations.ts";
export type { CorrectionAttempt, TerminationEconomics, TerminationFacts } from "./TerminationFacts.ts";
