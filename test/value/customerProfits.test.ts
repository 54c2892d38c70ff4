import { describe, expect, it } from "vitest";
import { customerProfit, customerProfits } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { record } from "./_records.ts";

const to = new Date("2027-01-01");

describe("customerProfits", () => {
  const records = [
    record("a", [{ at: "2026-01-05", amount: 80, cost: 50 }]),
    record("b", [{ at: "2026-01-06", amount: 10, cost: 6 }], { kinds: [["2026-01-07", "call"]] }),
    record("c", []),
  ];
  const drivers = { perOrder: 5, perInteraction: { call: 4 } };

  it("gives one profit per record, in input order, equal to customerProfit's", () => {
    const ps = customerProfits(records, drivers, { to });
    expect(ps.map((p) => p.profit)).toEqual([25, -5, 0]);
    records.forEach((r, i) => {
      expect(ps[i]).toEqual(customerProfit(r, drivers, { to }));
    });
  });

  it("reports every bad record at records[i] and one currency across the base", () => {
    const bad = [
      records[0],
      record("x", [{ at: "2026-01-01", amount: 1 }]),
      record("y", [{ at: "2026-01-01", amount: 1, cost: 1, currency: "EUR" }]),
      record("z", [{ at: "2026-01-01", amount: 1, cost: 1, currency: "USD" }]),
    ];
    const e = expectClienteleError(() => customerProfits(bad as never, {}, { to }), "invalid_input");
    expect(issuePaths(e)).toEqual(["records[1].transactions[0].cost", "records[3].transactions[0].currency"]);
    expect(issuePaths(expectClienteleError(() => customerProfits({} as never, {}, { to }), "invalid_input"))).toEqual([
      "records",
    ]);
  });

  it("returns an empty list for an empty base", () => {
    expect(customerProfits([], {}, { to })).toEqual([]);
  });
});
