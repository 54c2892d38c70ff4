import { describe, expect, it } from "vitest";
import { groupByCustomer } from "../../src/customers/index.ts";
import {
  ChainSurveyMappingSchema,
  chainResponsesFromRecords,
  satisfactionChain,
} from "../../src/satisfaction/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { simulateCustomerRecords, simulatedChainSurveyMapping } from "../../src/simulation/index.ts";

describe("simulatedChainSurveyMapping", () => {
  it("is a valid ChainSurveyMapping", () => {
    expect(parseInput("test", ChainSurveyMappingSchema, simulatedChainSurveyMapping)).toEqual(
      simulatedChainSurveyMapping,
    );
  });

  it("reads every simulated survey response as a complete satisfaction-chain response that satisfactionChain scores", () => {
    const transactions = Array.from({ length: 50 }, (_, i) =>
      Array.from({ length: 4 }, (_, k) => ({ customerId: `c${i}`, timestamp: `2023-0${k + 1}-10`, amount: 10 })),
    ).flat();
    const records = simulateCustomerRecords(groupByCustomer({ transactions }), {
      seed: 8,
      from: "2023-01-01",
      asOf: "2024-01-01",
      rates: { surveyPerPurchase: 1 },
    });
    const chain = chainResponsesFromRecords(records, simulatedChainSurveyMapping);
    expect(chain).toHaveLength(200);
    for (const { response } of chain) {
      expect(response.attributes.map((a) => a.name)).toEqual(["product", "service"]);
      expect(response.information).toHaveLength(3);
      expect(response.overall).not.toBeNull();
    }
    const scored = satisfactionChain(chain[0]!.response);
    expect(scored.attributes).toHaveLength(2);
  });
});
