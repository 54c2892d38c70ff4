import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateRepurchaseTree, recoveryParadox } from "../../src/complaints/index.ts";
import { groupByCustomer } from "../../src/customers/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";
import { recordsArbitrary, scenarioRecords } from "./_recordFixtures.ts";

const options = { asOf: "2024-12-31", window: { length: 90, unit: "day" } } as const;

describe("recoveryParadox", () => {
  it("compares the quickly recovered with the no-failure customers of the same classification", () => {
    const r = recoveryParadox(scenarioRecords(), options);
    const e = estimateRepurchaseTree(scenarioRecords(), options);
    expect(r.recovered).toEqual(e.statistics.failure.complained.resolvedQuickly.repurchaseRate);
    expect(r.noFailure).toEqual(e.statistics.noFailure.repurchaseRate);
    expectClose(r.difference.estimate, 0.5 - 2 / 3, { abs: 1e-15 }, "estimate");
    expect(r.difference.method).toBe("newcombe-hybrid-score");
    expect(r.cutoff.toISOString()).toBe("2024-10-02T00:00:00.000Z");
    // By hand: Wilson 1/2 = [0.094531, 0.905469], 2/3 = [0.207655, 0.938496];
    // lower −1/6 − √(0.405469² + 0.271829²) = −0.654824, upper −1/6 + √(0.405469² + 0.459012²) = 0.445783.
    expectClose(r.difference.lower, -0.654824, { abs: 1e-5 }, "lower");
    expectClose(r.difference.upper, 0.445783, { abs: 1e-5 }, "upper");
  });

  it("gives an interval, not a verdict: 9 of 10 recovered vs 3 of 10 (Newcombe 1998b example: 0.1705 to 0.8090)", () => {
    const tx: { customerId: string; timestamp: string; amount: number }[] = [];
    const complaints: {
      customerId: string;
      openedAt: string;
      resolvedAt: string;
      severity: "minor";
      outcome: "resolved-quickly";
    }[] = [];
    for (let i = 0; i < 10; i++) {
      tx.push({ customerId: `q${i}`, timestamp: "2024-01-01", amount: 1 });
      complaints.push({
        customerId: `q${i}`,
        openedAt: "2024-01-02",
        resolvedAt: "2024-01-03",
        severity: "minor",
        outcome: "resolved-quickly",
      });
      if (i < 9) tx.push({ customerId: `q${i}`, timestamp: "2024-11-01", amount: 1 });
      tx.push({ customerId: `n${i}`, timestamp: "2024-01-01", amount: 1 });
      if (i < 3) tx.push({ customerId: `n${i}`, timestamp: "2024-11-01", amount: 1 });
    }
    const r = recoveryParadox(groupByCustomer({ transactions: tx, complaints }), options);
    expectClose(r.difference.estimate, 0.6, { abs: 1e-15 }, "estimate");
    expectClose(r.difference.lower, 0.1705, { abs: 5e-5 }, "lower");
    expectClose(r.difference.upper, 0.809, { abs: 5e-5 }, "upper");
  });

  it("insufficient_data when either group is empty", () => {
    const records = groupByCustomer({ transactions: [{ customerId: "a", timestamp: "2024-01-01", amount: 1 }] });
    const e = expectClienteleError(() => recoveryParadox(records, options), "insufficient_data");
    expect(e.message).toMatch(/quickly recovered/);
  });

  it("property: the interval contains the estimate and stays in [−1, 1]; the input is not mutated", () => {
    fc.assert(
      fc.property(recordsArbitrary, (rs) => {
        const copy = structuredClone(rs);
        try {
          const r = recoveryParadox(rs, options);
          expect(r.difference.lower).toBeLessThanOrEqual(r.difference.estimate + 1e-15);
          expect(r.difference.upper).toBeGreaterThanOrEqual(r.difference.estimate - 1e-15);
          expect(r.difference.lower).toBeGreaterThanOrEqual(-1);
          expect(r.difference.upper).toBeLessThanOrEqual(1);
        } catch (e) {
          expect((e as { code?: string }).code).toBe("insufficient_data");
        }
        expect(rs).toEqual(copy);
      }),
    );
  });
});
