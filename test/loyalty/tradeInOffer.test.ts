import { describe, expect, it } from "vitest";
import { tradeInOffer } from "../../src/loyalty/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("tradeInOffer", () => {
  it("values the premium over market to the customer and the allowance beyond resale to the firm (by hand)", () => {
    const now = tradeInOffer({
      allowance: 9000,
      marketValue: 7500,
      resaleValue: 8000,
      at: 0,
      unit: "year",
      discountRate: 0.08,
    });
    expect(now).toEqual({ discountFactor: 1, presentValueToCustomer: 1500, costToFirm: 1000 });
    const later = tradeInOffer({
      allowance: 9000,
      marketValue: 7500,
      resaleValue: 8000,
      at: 2,
      unit: "year",
      discountRate: 0.08,
    });
    expectClose(later.presentValueToCustomer, 1500 / 1.08 ** 2, { rel: 1e-13 });
    expect(later.presentValueToCustomer.toFixed(2)).toBe("1286.01");
    expect(later.costToFirm.toFixed(2)).toBe("857.34");
  });

  it("converts a yearly rate for quarters exactly and rejects bad fields", () => {
    const q = tradeInOffer({
      allowance: 100,
      marketValue: 0,
      resaleValue: 0,
      at: 8,
      unit: "quarter",
      discountRate: { rate: 0.08, per: "year" },
    });
    expectClose(q.discountFactor, 1 / 1.08 ** 2, { rel: 1e-13 });
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            tradeInOffer({ allowance: -1, marketValue: 0, resaleValue: 0, at: 0, unit: "year", discountRate: -0.1 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["offer.allowance"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => tradeInOffer({ allowance: 1, marketValue: 0, resaleValue: 0, at: 0, unit: "year", discountRate: -0.1 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["offer.discountRate"]);
  });
});
