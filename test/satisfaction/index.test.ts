import { describe, expect, it } from "vitest";
import * as root from "../../src/index.ts";
import * as facade from "../../src/satisfaction/index.ts";

describe("clientele/satisfaction facade", () => {
  it("exports the satisfaction API, also from the root", () => {
    expect(root.ResponseScaleSchema).toBe(facade.ResponseScaleSchema);
    expect(root.MissingAnswerPolicySchema).toBe(facade.MissingAnswerPolicySchema);
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
