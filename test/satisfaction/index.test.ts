import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/satisfaction/index.ts";

describe("clientele/satisfaction facade", () => {
  it("exports the satisfaction API, also from the root", () => {
    expect(root.ResponseScaleSchema).toBe(facade.ResponseScaleSchema);
    expect(root.MissingAnswerPolicySchema).toBe(facade.MissingAnswerPolicySchema);
  });
  it("exports the satisfaction chain and disconfirmation, also from the root", () => {
    expect(root.satisfactionChain).toBe(facade.satisfactionChain);
    expect(root.fitSatisfactionChain).toBe(facade.fitSatisfactionChain);
    expect(root.simulateSatisfactionSurvey).toBe(facade.simulateSatisfactionSurvey);
    expect(root.defaultSatisfactionChainModel).toBe(facade.defaultSatisfactionChainModel);
    expect(root.SatisfactionChainModelSchema).toBe(facade.SatisfactionChainModelSchema);
    expect(root.satisfactionChainPaths).toBe(facade.satisfactionChainPaths);
    expect(root.disconfirmation).toBe(facade.disconfirmation);
    expect(root.disconfirmations).toBe(facade.disconfirmations);
    expect(typeof facade.satisfactionChain).toBe("function");
  });
  it("exports the service-quality and index API, also from the root", () => {
    expect(root.netPromoterScore).toBe(facade.netPromoterScore);
    expect(root.customerSatisfactionScore).toBe(facade.customerSatisfactionScore);
    expect(root.customerEffortScore).toBe(facade.customerEffortScore);
    expect(root.acsiIndex).toBe(facade.acsiIndex);
    expect(root.servqualGaps).toBe(facade.servqualGaps);
    expect(root.servqualItems).toBe(facade.servqualItems);
    expect(root.servqualDimensions).toBe(facade.servqualDimensions);
    expect(root.serviceQualityGaps).toBe(facade.serviceQualityGaps);
    expect(root.SurveyMappingSchema).toBe(facade.SurveyMappingSchema);
    expect(root.satisfactionFromRecords).toBe(facade.satisfactionFromRecords);
    expect(root.aggregateSatisfaction).toBe(facade.aggregateSatisfaction);
  });
});
