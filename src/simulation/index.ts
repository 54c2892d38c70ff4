/**
 * `clientele/simulation`: seeded simulators of relationship data (service failures, complaints, incidents,
 * interactions, surveys, bond instruments) for notebooks, tests and demos. The figures they make are
 * illustrations, not data.
 *
 * @module simulation
 */

export { defaultRelationshipEventRates } from "./defaultRelationshipEventRates.ts";
export { mergeSimulatedEvents } from "./mergeSimulatedEvents.ts";
export type { RelationshipEventRates } from "./RelationshipEventRates.ts";
export type { SimulatedRelationshipEvents } from "./SimulatedRelationshipEvents.ts";
export {
  type SimulateRelationshipEventsOptions,
  type SimulateRelationshipEventsOptionsInput,
  SimulateRelationshipEventsOptionsSchema,
} from "./SimulateRelationshipEventsOptions.ts";
export { simulateCustomerRecords } from "./simulateCustomerRecords.ts";
export { simulatedChainSurveyMapping } from "./simulatedChainSurveyMapping.ts";
export { simulatedSurveyMapping } from "./simulatedSurveyMapping.ts";
export { type SimulationCustomer, simulateRelationshipEvents } from "./simulateRelationshipEvents.ts";
