import { describe, expect, it } from "vitest";
import { readCountCheckingData } from "../../../src/clv/_internal/readCountCheckingData.ts";
import { readPurchaseHistory } from "../../../src/clv/_internal/readPurchaseHistory.ts";
import { checkingDataReaders, purchaseHistoryReaders } from "../../../src/clv/_internal/timeAxisReaders.ts";
import { readBgBbCheckingData } from "../../../src/clv/bgBb/_internal/readBgBbCheckingData.ts";
import { readOpportunityHistory } from "../../../src/clv/bgBb/_internal/readOpportunityHistory.ts";

describe("time-axis readers", () => {
  it("read (x, t_x, T) in the fit's unit for count models and (x, t_x, n) in opportunities for BG/BB", () => {
    expect(purchaseHistoryReaders["fit-unit"]).toBe(readPurchaseHistory);
    expect(purchaseHistoryReaders.opportunity).toBe(readOpportunityHistory);
    expect(checkingDataReaders["fit-unit"]).toBe(readCountCheckingData);
    expect(checkingDataReaders.opportunity).toBe(readBgBbCheckingData);
  });
});
