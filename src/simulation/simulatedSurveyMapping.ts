import type { SurveyMapping } from "../satisfaction/SurveyMappingSchema.ts";

/**
 * Where the NPS and CSAT answers sit in the survey responses of {@link simulateRelationshipEvents}
 * (instrument `"relationship-survey"`: item `recommend`, 0–10, and item `satisfaction`, 1–5, top two
 * boxes satisfied), ready for `satisfactionFromRecords` or `aggregateSatisfaction` of
 * `clientele/satisfaction`.
 *
 * @example
 * ```ts
 * import { simulatedSurveyMapping } from "clientele/simulation";
 * simulatedSurveyMapping.nps?.item; // => "recommend"
 * ```
 * @category Simulation
 */
export const simulatedSurveyMapping: SurveyMapping = {
  nps: { instrument: "relationship-survey", item: "recommend" },
  csat: {
    instrument: "relationship-survey",
    item: "satisfaction",
    scale: { min: 1, max: 5, integer: true },
    topBoxes: 2,
  },
};
