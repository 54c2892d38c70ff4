import { describe, expect, it } from "vitest";
import { programEconomics } from "../../src/loyalty/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("programEconomics", () => {
  it("computes each identity on a worked example (the TSDoc example, by hand)", () => {
    const e = programEconomics({
      spend: 2_000_000,
      pointsIssued: 2_000_000,
      pointsOutstanding: 900_000,
      redemptionProbability: 0.8,
      costPerPoint: 0.008,
      operatingCost: 40_000,
      contributionMargin: 0.25,
    });
    // rewardCost 2,000,000 × 0.8 × 0.008 = 12,800 = 0.64% of spend; liability 900,000 × 0.8 × 0.008 = 5,760;
    // breakage 20%: 180,000 of the outstanding points; cost 52,800 → sales 52,800 / 0.25 = 211,200 = 10.56% of spend.
    expect(e.rewardCost).toBe(12800);
    expect(e.rewardCostShareOfSpend).toBe(0.0064);
    expect(e.liability).toBe(5760);
    expectClose(e.breakageRate, 0.2, { rel: 1e-15 });
    expectClose(e.expectedBreakagePoints, 180_000, { rel: 1e-15 });
    expect(e.programCost).toBe(52800);
    expect(e.requiredIncrementalMargin).toBe(52800);
    expect(e.requiredIncrementalSales).toBe(211200);
    expect(e.requiredIncrementalShareOfSpend).toBe(0.1056);
  });

  it("leaves out the sales figures without a contribution margin", () => {
    const e = programEconomics({
      spend: 1,
      pointsIssued: 0,
      pointsOutstanding: 0,
      redemptionProbability: 1,
      costPerPoint: 1,
    });
    expect(e).not.toHaveProperty("requiredIncrementalSales");
    expect(e.programCost).toBe(0);
  });

  it("rejects bad figures with paths", () => {
    const e = expectClienteleError(
      () =>
        programEconomics({
          spend: 0,
          pointsIssued: -1,
          pointsOutstanding: 0,
          redemptionProbability: 1.2,
          costPerPoint: 0.01,
          contributionMargin: 0,
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual([
      "input.spend",
      "input.pointsIssued",
      "input.redemptionProbability",
      "input.contributionMargin",
    ]);
  });
});
