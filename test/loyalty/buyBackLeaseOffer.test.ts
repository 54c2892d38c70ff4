import { describe, expect, it } from "vitest";
import { buyBackLeaseOffer } from "../../src/loyalty/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const lease = {
  price: 30000,
  upfrontShare: 0.6,
  term: 3,
  residualValue: 14000,
  unit: "year",
  discountRate: 0.08,
} as const;

describe("buyBackLeaseOffer", () => {
  it("pays 60% now and returns after 3 years (the TSDoc example, by hand)", () => {
    const v = buyBackLeaseOffer(lease);
    // Upfront 18,000. Owning costs 30,000 − 14,000 / 1.08³ = 18,886.35; the lease saves 886.35, which is
    // exactly the firm's cost 12,000 − 14,000 / 1.08³ when both value the returned car alike.
    expect(v.upfrontPayment).toBe(18000);
    expectClose(v.costOfOwning, 30000 - 14000 / 1.08 ** 3, { rel: 1e-13 });
    expectClose(v.costToFirm, 12000 - 14000 / 1.08 ** 3, { rel: 1e-12 });
    expect(v.costToFirm.toFixed(2)).toBe("886.35");
    expectClose(v.presentValueToCustomer, v.costToFirm, { rel: 1e-12 });
  });

  it("pays the firm when the customer values the returned product less than the firm resells it", () => {
    const v = buyBackLeaseOffer({ ...lease, customerResidualValue: 12000 });
    expectClose(v.presentValueToCustomer, 12000 - 12000 / 1.08 ** 3, { rel: 1e-12 });
    expect(v.presentValueToCustomer).toBeGreaterThan(v.costToFirm);
  });

  it("rejects bad fields with paths", () => {
    expect(
      issuePaths(
        expectClienteleError(() => buyBackLeaseOffer({ ...lease, upfrontShare: 1.5, term: 0 }), "invalid_input"),
      ),
    ).toEqual(["offer.upfrontShare", "offer.term"]);
  });
});
