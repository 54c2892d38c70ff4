import { describe, expect, it } from "vitest";
import { costToServe, createCostToServe } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { record } from "./_records.ts";

describe("createCostToServe (one validation of the table, many calls)", () => {
  const drivers = { perOrder: 2, perOrderByChannel: { web: 6 }, revenueShare: 0.02, perInteraction: { return: 12 } };
  const r = record(
    "c1",
    [
      { at: "2026-02-01", amount: 100, channel: "web" },
      { at: "2026-03-01", amount: 50, channel: "store" },
    ],
    { kinds: [["2026-02-10", "return"]] },
  );
  it("gives what costToServe gives, window by window (hand-checked: 23 over the year; from March 2 + 1)", () => {
    const costOf = createCostToServe(drivers);
    for (const options of [
      { to: "2027-01-01" },
      { from: "2026-03-01", to: "2027-01-01" },
      { to: "2026-01-01" },
    ] as const) {
      expect(costOf(r, options)).toEqual(costToServe(r, drivers, options));
    }
    expect(costOf(r, { to: "2027-01-01" }).total).toBe(23);
    expect(costOf(r, { from: "2026-03-01", to: "2027-01-01" }).total).toBe(3);
  });
  it("rejects a bad table when created, and a bad window or record when called, with paths", () => {
    const bad = expectClienteleError(() => createCostToServe({ perOrder: -1 }), "invalid_input");
    expect(bad.message.startsWith("createCostToServe:")).toBe(true);
    expect(issuePaths(bad)[0]).toMatch(/perOrder/);
    const costOf = createCostToServe(drivers);
    expectClienteleError(() => costOf(r, {} as never), "invalid_input");
    expectClienteleError(() => costOf({ customerId: "x" } as never, { to: "2027-01-01" }), "invalid_input");
  });
});
