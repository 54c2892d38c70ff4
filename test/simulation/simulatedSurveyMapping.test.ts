import { describe, expect, it } from "vitest";
import { groupByCustomer } from "../../src/customers/index.ts";
import {
  customerSatisfactionScore,
  netPromoterScore,
  SurveyMappingSchema,
  satisfactionFromRecords,
} from "../../src/satisfaction/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { simulateCustomerRecords, simulatedSurveyMapping } from "../../src/simulation/index.ts";

describe("simulatedSurveyMapping", () => {
  it("is a valid SurveyMapping", () => {
    expect(parseInput("test", SurveyMappingSchema, simulatedSurveyMapping)).toEqual(simulatedSurveyMapping);
  });

  it("reads the simulated NPS and CSAT answers through satisfactionFromRecords, as the direct functions compute them", () => {
    const transactions = Array.from({ length: 200 }, (_, i) =>
      Array.from({ length: 6 }, (_, k) => ({ customerId: `c${i}`, timestamp: `2023-0${k + 1}-10`, amount: 10 })),
    ).flat();
    const records = simulateCustomerRecords(groupByCustomer({ transactions }), {
      seed: 4,
      from: "2023-01-01",
      asOf: "2024-01-01",
      rates: { surveyPerPurchase: 0.5 },
    });
    const responses = records.flatMap((r) => r.surveyResponses);
    expect(responses.length).toBeGreaterThan(300);
    const figures = satisfactionFromRecords(records, simulatedSurveyMapping);
    expect(figures.responses).toBe(responses.length);
    expect(figures.nps?.score).toBe(netPromoterScore(responses.map((r) => r.scores.recommend!)).score);
    expect(figures.csat?.score).toBe(
      customerSatisfactionScore(
        responses.map((r) => r.scores.satisfaction!),
        { scale: { min: 1, max: 5, integer: true }, topBoxes: 2 },
      ).score,
    );
  });
});
