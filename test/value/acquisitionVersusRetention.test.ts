import { describe, expect, it } from "vitest";
import { acquisitionVersusRetention } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("acquisitionVersusRetention", () => {
  it("compares retaining with replacing at the firm's cost ratio (worked example, by hand)", () => {
    const r = acquisitionVersusRetention({
      customers: 1000,
      retentionCostPerCustomer: 40,
      costRatio: 5,
      retentionSuccessRate: 0.5,
    });
    // acquisition 5 × 40 = 200; retention 1000 × 40 = 40,000 keeps 500; replacing 500 costs 100,000.
    expect(r).toEqual({
      acquisitionCostPerCustomer: 200,
      costRatio: 5,
      customersKept: 500,
      retentionCost: 40_000,
      retentionCostPerCustomerKept: 80,
      replacementCost: 100_000,
      saving: 60_000,
      breakEvenSuccessRate: 0.2,
      cheaper: "retention",
    });
  });

  it("says when acquisition is cheaper (a costly, weak retention effort)", () => {
    const r = acquisitionVersusRetention({
      customers: 1000,
      retentionCostPerCustomer: 100,
      acquisitionCostPerCustomer: 150,
      retentionSuccessRate: 0.5,
    });
    // 100,000 to keep 500; 75,000 to win 500.
    expect(r.cheaper).toBe("acquisition");
    expect(r.saving).toBe(-25_000);
    expect(r.costRatio).toBe(1.5);
  });

  it("needs exactly one of the acquisition cost and the ratio", () => {
    const base = { customers: 10, retentionCostPerCustomer: 1, retentionSuccessRate: 1 };
    expect(issuePaths(expectClienteleError(() => acquisitionVersusRetention(base), "invalid_input"))).toEqual([
      "input.costRatio",
    ]);
    expect(
      issuePaths(
        expectClienteleError(
          () => acquisitionVersusRetention({ ...base, costRatio: 5, acquisitionCostPerCustomer: 5 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["input.costRatio"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => acquisitionVersusRetention({ ...base, retentionCostPerCustomer: -1, costRatio: 5 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["input.retentionCostPerCustomer"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => acquisitionVersusRetention({ ...base, retentionSuccessRate: 0, costRatio: 5 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["input.retentionSuccessRate"]);
  });
});

describe("acquisitionVersusRetention on extreme input", () => {
  it("throws domain_error naming the figure that overflows (a denormal retention cost)", () => {
    const e = expectClienteleError(
      () =>
        acquisitionVersusRetention({
          customers: 1,
          retentionCostPerCustomer: 1e-320,
          acquisitionCostPerCustomer: 1,
          retentionSuccessRate: 1,
        }),
      "domain_error",
    );
    expect(e.message).toContain("result.costRatio");
  });
});
