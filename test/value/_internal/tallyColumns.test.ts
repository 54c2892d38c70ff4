import { describe, expect, it } from "vitest";
import { readProfitWindow } from "../../../src/value/_internal/readProfitWindow.ts";
import { resolveCostDrivers } from "../../../src/value/_internal/resolveCostDrivers.ts";
import { sumColumns, tallyColumns } from "../../../src/value/_internal/tallyColumns.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("tallyColumns / sumColumns", () => {
  const drivers = resolveCostDrivers("t", { perOrder: 2, perInteraction: { call: 4 } });
  const window = readProfitWindow("t", { from: "2026-01-01", to: "2027-01-01", missingCost: "zero" });
  const base = {
    customers: { customerId: ["a", "b"] },
    transactions: {
      // b's rows come first and out of order: the lookup falls back to the map.
      customerId: ["b", "a", "b", "a"],
      timestampMs: [Date.UTC(2026, 5, 1), Date.UTC(2025, 5, 1), Date.UTC(2026, 6, 1), Date.UTC(2026, 7, 1)],
      amount: [10, 99, 20, 5],
    },
    interactions: { customerId: ["a"], timestamp: ["2026-03-01T10:00:00Z"], kind: ["call"] },
  };

  it("sums per customer inside the window (worked by hand)", () => {
    const { n, ids, sums } = sumColumns("t", base, drivers, window);
    expect(n).toBe(2);
    expect(ids).toEqual(["a", "b"]);
    // a: one order in the window (5; the 2025 row is out), one call; b: two orders (10 + 20).
    expect(Array.from(sums.revenue)).toEqual([5, 30]);
    expect(Array.from(sums.orders)).toEqual([1, 2]);
    expect(Array.from(sums.kinded)).toEqual([1, 0]);
    const { tallies } = tallyColumns("t", base, drivers, window);
    // a: 5 − 2 − 4 = −1; b: 30 − 4 = 26.
    expect(tallies.map((t) => t.profit)).toEqual([-1, 26]);
  });

  it("rejects an interaction of an unpriced kind, and epoch milliseconds that are not integers", () => {
    const bad = {
      ...base,
      transactions: { ...base.transactions, timestampMs: [0.5, 0, 0, 0] },
      interactions: { ...base.interactions, kind: ["visit"] },
    };
    const e = expectClienteleError(() => sumColumns("t", bad, drivers, window), "invalid_input");
    expect(issuePaths(e)).toEqual(["records.transactions.timestampMs[0]", "records.interactions.kind[0]"]);
  });
});
