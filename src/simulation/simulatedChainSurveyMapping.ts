import type { ChainSurveyMapping } from "../satisfaction/chainResponsesFromRecords.ts";

/**
 * Where the satisfaction chain's items sit in the survey responses of {@link simulateRelationshipEvents}
 * (instrument `"relationship-survey"`, every item on a 1–7 integer scale): attributes `product` and
 * `service` (desire, expectation, performance and satisfaction items), three information-satisfaction
 * items and an overall item, ready for `chainResponsesFromRecords` of `clientele/satisfaction`.
 *
 * @example
 * ```ts
 * import { simulatedChainSurveyMapping } from "clientele/simulation";
 * Object.keys(simulatedChainSurveyMapping.attributes); // => ["product", "service"]
 * ```
 * @category Simulation
 */
export const simulatedChainSurveyMapping: ChainSurveyMapping = {
  instrument: "relationship-survey",
  scale: { min: 1, max: 7, integer: true },
  attributes: {
    product: {
      desire: "productDesire",
      expectation: "productExpectation",
      performance: "productPerformance",
      satisfaction: "productSatisfaction",
    },
    service: {
      desire: "serviceDesire",
      expectation: "serviceExpectation",
      performance: "servicePerformance",
      satisfaction: "serviceSatisfaction",
    },
  },
  information: ["information1", "information2", "information3"],
  overall: "overall",
};
