import type { BondInstrument } from "../customers/BondInstrumentSchema.ts";
import type { Complaint } from "../customers/ComplaintSchema.ts";
import type { Incident } from "../customers/IncidentSchema.ts";
import type { Interaction } from "../customers/InteractionSchema.ts";
import type { ServiceFailure } from "../customers/ServiceFailureSchema.ts";
import type { SurveyResponse } from "../customers/SurveyResponseSchema.ts";

/**
 * One customer's simulated events, in the shapes of `CustomerRecord`'s lists (validated form: `Date`
 * times, string ids), each list in time order (complaints by `openedAt`, bonds by `start`). Pass them to
 * {@link mergeSimulatedEvents} to add them to records, or spread them into flat logs for `groupByCustomer`.
 *
 * @example
 * ```ts
 * import type { SimulatedRelationshipEvents } from "clientele/simulation";
 * const none: SimulatedRelationshipEvents = {
 *   customerId: "0001", serviceFailures: [], complaints: [], incidents: [], interactions: [], surveyResponses: [], bonds: [],
 * };
 * ```
 * @category Simulation
 */
export interface SimulatedRelationshipEvents {
  /** The customer's id (as a string, as records hold it). */
  readonly customerId: string;
  /** Service failures, each 0 to 3 days after a purchase. */
  readonly serviceFailures: readonly ServiceFailure[];
  /** Complaints about some failures, with outcome and (when resolved by `asOf`) `resolvedAt`. */
  readonly complaints: readonly Complaint[];
  /** Incidents (abuse, fraud, policy and core-value violations) with staff hours. */
  readonly incidents: readonly Incident[];
  /** Touchpoints (`"call"`, `"newsletter"`, `"visit"`) and noted competitor offers (`"competitor-offer"`). */
  readonly interactions: readonly Interaction[];
  /** Survey responses of instrument `"relationship-survey"` (see {@link simulatedSurveyMapping} and {@link simulatedChainSurveyMapping}). */
  readonly surveyResponses: readonly SurveyResponse[];
  /** Bond instruments: points program, trade-in offer, club or membership, personal contact, integrated system. */
  readonly bonds: readonly BondInstrument[];
}
