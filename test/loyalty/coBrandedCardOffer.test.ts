import { describe, expect, it } from "vitest";
import { coBrandedCardOffer } from "../../src/loyalty/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const carCard = {
  spendPerPeriod: 1500,
  periods: 36,
  bankedShare: 0.05,
  cap: 3500,
  unit: "month",
  discountRate: { rate: 0.06, per: "year" },
} as const;

describe("coBrandedCardOffer", () => {
  it("banks 5% of 36 months of spend and discounts it from the purchase (the TSDoc example, by hand)", () => {
    const v = coBrandedCardOffer(carCard);
    // 0.05 × 1500 × 36 = 2700 (under the 3500 cap); 6% a year over 36 months is 1.06³ exactly.
    expect(v.banked).toBe(2700);
    expectClose(v.discountFactor, 1 / 1.06 ** 3, { rel: 1e-13 });
    expectClose(v.presentValueToCustomer, 2700 / 1.06 ** 3, { rel: 1e-13 });
    expect(v.presentValueToCustomer.toFixed(2)).toBe("2266.97");
    expect(v.costToFirm).toBe(v.presentValueToCustomer);
    expectClose(v.rebateShareOfSpend, 0.05, { rel: 1e-15 });
  });

  it("caps the banked amount (e.g. at 20% of a car's price), weights the firm's cost by use and funding", () => {
    const v = coBrandedCardOffer({
      ...carCard,
      bankedShare: 0.2,
      cap: 0.2 * 25000,
      purchaseAt: 48,
      redemptionProbability: 0.6,
      firmShare: 0.5,
    });
    // 0.2 × 54,000 = 10,800 capped at 5,000, spent at month 48: 5000 / 1.06⁴; firm: × 0.6 × 0.5.
    expect(v.banked).toBe(5000);
    expectClose(v.presentValueToCustomer, 5000 / 1.06 ** 4, { rel: 1e-13 });
    expectClose(v.costToFirm, (0.3 * 5000) / 1.06 ** 4, { rel: 1e-13 });
  });

  it("rejects a purchase before the banking ends and a rate with no exact conversion", () => {
    expect(
      issuePaths(expectClienteleError(() => coBrandedCardOffer({ ...carCard, purchaseAt: 12 }), "invalid_input")),
    ).toEqual(["offer.purchaseAt"]);
    const e = expectClienteleError(() => coBrandedCardOffer({ ...carCard, unit: "week" }), "invalid_input");
    expect(issuePaths(e)).toEqual(["offer.discountRate.per"]);
    expect(e.message).toContain("(the offer's unit)");
    expect(
      issuePaths(expectClienteleError(() => coBrandedCardOffer({ ...carCard, bankedShare: 0 }), "invalid_input")),
    ).toEqual(["offer.bankedShare"]);
  });
});
