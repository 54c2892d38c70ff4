import { describe, expect, it } from "vitest";
import { customerProfit, customerProfits } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { columnsOfRecords, record, seededRecords } from "./_records.ts";

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
    expect(issuePaths(expectClienteleError(() => customerProfits(7 as never, {}, { to }), "invalid_input"))).toEqual([
      "records",
    ]);
    // An object is read as columns: the two required tables are missing.
    expect(issuePaths(expectClienteleError(() => customerProfits({} as never, {}, { to }), "invalid_input"))).toEqual([
      "records.customers",
      "records.transactions",
    ]);
  });

  it("returns an empty list for an empty base", () => {
    expect(customerProfits([], {}, { to })).toEqual([]);
  });
});

describe("customerProfits on columns", () => {
  const drivers = {
    currency: "EUR",
    perOrder: 3,
    perOrderByChannel: { web: 7.5, store: 1.25 },
    revenueShare: 0.02,
    perInteraction: { delivery: 6, return: 12, call: 4 },
    otherInteraction: 1,
    perServiceFailure: 30,
    perComplaint: 25,
    perIncidentStaffHour: 40,
  };
  const options = { from: new Date("2025-04-01"), to: new Date("2026-10-01"), missingCost: { margin: 0.35 } } as const;

  it("gives the records' profits exactly, lines included, whatever the instant columns hold (seeded bases)", () => {
    for (const seed of [2, 5, 11]) {
      const base = seededRecords(250, seed);
      const expected = customerProfits(base, drivers, options);
      for (const time of ["ms", "date", "iso"] as const) {
        const columns = columnsOfRecords(base, time);
        const before = structuredClone(columns);
        expect(customerProfits(columns, drivers, options)).toEqual(expected);
        expect(columns).toEqual(before);
      }
    }
  });

  it("takes integer ids for their decimal strings, and reports the missing-cost policy at its path", () => {
    const columns = {
      customers: { customerId: [1, "2"] },
      transactions: {
        customerId: ["1", 2, 2],
        timestampMs: [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2), Date.UTC(2026, 0, 3)],
        amount: [10, 20, 5],
        cost: [4, null, 1],
      },
    };
    expect(
      customerProfits(columns, { perOrder: 1 }, { to, missingCost: "zero" }).map((p) => [p.customerId, p.profit]),
    ).toEqual([
      ["1", 5],
      ["2", 22],
    ]);
    const e = expectClienteleError(() => customerProfits(columns, { perOrder: 1 }, { to }), "invalid_input");
    expect(issuePaths(e)).toEqual(["records.transactions.cost[1]"]);
  });

  it("reports bad elements, unlisted customers and repeated ids at records.<table>.<column>[i]", () => {
    const bad = {
      customers: { customerId: ["a", "b"], segment: ["x", ""] },
      transactions: {
        customerId: ["a", "zz", "b"],
        timestamp: ["2026-01-01", "2026-13-01", new Date("2026-02-01")],
        amount: Float64Array.of(1, 2, -3),
        channel: ["web", 4, undefined],
        currency: ["EUR", "eur", undefined],
      },
    };
    const e = expectClienteleError(
      () => customerProfits(bad as never, { perOrder: 1 }, { to, missingCost: "zero" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual([
      "records.transactions.customerId[1]",
      "records.transactions.timestamp[1]",
      "records.transactions.channel[1]",
      "records.transactions.currency[1]",
      "records.transactions.amount[2]",
      "records.customers.segment[1]",
    ]);
    const twice = {
      customers: { customerId: ["a", "a"] },
      transactions: { customerId: [], timestampMs: [], amount: [] },
    };
    expect(issuePaths(expectClienteleError(() => customerProfits(twice, {}, { to }), "invalid_input"))).toEqual([
      "records.customers.customerId[1]",
    ]);
  });

  it("rejects a bad shape: unknown or missing tables, both or neither instant column, unequal lengths", () => {
    const shape = {
      customers: { customerId: ["a"] },
      transactions: { customerId: ["a"], timestamp: ["2026-01-01"], timestampMs: [0], amount: [1, 2] },
      extra: {},
    };
    const e = expectClienteleError(() => customerProfits(shape as never, { perComplaint: 5 }, { to }), "invalid_input");
    expect(issuePaths(e)).toEqual([
      "records",
      "records.transactions.amount",
      "records.transactions.timestamp",
      "records.complaints",
    ]);
    expect(e.issues.at(-1)!.message).toContain("drivers.perComplaint");
    const neither = { customers: { customerId: [] }, transactions: { customerId: [], amount: [] } };
    expect(
      issuePaths(expectClienteleError(() => customerProfits(neither as never, {}, { to }), "invalid_input")),
    ).toEqual(["records.transactions.timestamp"]);
  });

  it("returns an empty list for columns without customers", () => {
    const none = { customers: { customerId: [] }, transactions: { customerId: [], timestampMs: [], amount: [] } };
    expect(customerProfits(none, { perOrder: 1 }, { to })).toEqual([]);
  });
});
