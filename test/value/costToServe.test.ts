import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costToServe } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { record } from "./_records.ts";

const to = new Date("2027-01-01");

describe("costToServe", () => {
  const r = record(
    "c1",
    [
      { at: "2025-12-20", amount: 999, channel: "web" }, // before `from`: not counted
      { at: "2026-02-01", amount: 100, channel: "web" },
      { at: "2026-03-01", amount: 50, channel: "store" },
      { at: "2026-04-01", amount: 30 },
      { at: "2027-01-01", amount: 999 }, // at `to` (exclusive): not counted
    ],
    {
      kinds: [
        ["2026-02-10", "return"],
        ["2026-02-11", "call"],
        ["2026-05-01", "call"],
        ["2026-06-01", "newsletter"],
      ],
      serviceFailures: [{ customerId: "c1", timestamp: new Date("2026-02-02"), severity: "minor" }],
      complaints: [{ customerId: "c1", openedAt: new Date("2026-02-03"), severity: "major", outcome: "unresolved" }],
      incidents: [
        { customerId: "c1", timestamp: new Date("2026-07-01"), kind: "abuse", staffHours: 2.5 },
        { customerId: "c1", timestamp: new Date("2026-08-01"), kind: "abuse", staffHours: 1.5 },
      ],
    },
  );
  const drivers = {
    perOrder: 2,
    perOrderByChannel: { web: 6 },
    revenueShare: 0.02,
    perInteraction: { return: 12, call: 4 },
    otherInteraction: 0.5,
    perServiceFailure: 20,
    perComplaint: 35,
    perIncidentStaffHour: 40,
  };

  it("prices each activity in the window by the table (worked example, by hand)", () => {
    const c = costToServe(r, drivers, { from: new Date("2026-01-01"), to });
    // orders: store + no channel at 2 = 4; web at 6; revenue share 180 × 0.02 = 3.6; return 12; calls 2 × 4 = 8;
    // newsletter (other) 0.5; service failure 20; complaint 35; incidents 4 h × 40 = 160. Total 249.1.
    expect(c.lines).toEqual([
      { driver: "order", quantity: 2, rate: 2, cost: 4 },
      { driver: "order", key: "web", quantity: 1, rate: 6, cost: 6 },
      { driver: "revenue-share", quantity: 180, rate: 0.02, cost: 3.6 },
      { driver: "interaction", key: "call", quantity: 2, rate: 4, cost: 8 },
      { driver: "interaction", key: "return", quantity: 1, rate: 12, cost: 12 },
      { driver: "other-interaction", quantity: 1, rate: 0.5, cost: 0.5 },
      { driver: "service-failure", quantity: 1, rate: 20, cost: 20 },
      { driver: "complaint", quantity: 1, rate: 35, cost: 35 },
      { driver: "incident-staff-hour", quantity: 4, rate: 40, cost: 160 },
    ]);
    expect(c.total).toBeCloseTo(249.1, 12);
    expect(c.customerId).toBe("c1");
    expect(c).not.toHaveProperty("currency");
  });

  it("prices only the drivers the table lists (an empty table costs nothing)", () => {
    const c = costToServe(r, {}, { to });
    expect(c.total).toBe(0);
    expect(c.lines).toEqual([]);
  });

  it("rejects an interaction kind the table does not price, unless otherInteraction is set", () => {
    const { otherInteraction: _, ...noOther } = drivers;
    const e = expectClienteleError(() => costToServe(r, noOther, { to }), "invalid_input");
    expect(issuePaths(e)).toEqual(["interactions[3].kind"]);
    expect(e.message).toContain("otherInteraction");
    expect(costToServe(r, { ...noOther, otherInteraction: 0 }, { to }).lines.at(-4)).toEqual({
      driver: "other-interaction",
      quantity: 1,
      rate: 0,
      cost: 0,
    });
  });

  it("rejects negative rates, a share above 1 and unknown drivers with their paths", () => {
    const e = expectClienteleError(
      () =>
        costToServe(r, { perOrder: -1, revenueShare: 1.5, perInteraction: { call: -2 }, perVisit: 3 } as never, { to }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual([
      "drivers",
      "drivers.perInteraction.call",
      "drivers.perOrder",
      "drivers.revenueShare",
    ]);
  });

  it("requires `to` and a `from` before it", () => {
    expect(issuePaths(expectClienteleError(() => costToServe(r, {}, {} as never), "invalid_input"))).toEqual([
      "options.to",
    ]);
    const e = expectClienteleError(() => costToServe(r, {}, { from: to, to }), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.from"]);
  });

  it("rejects a transaction in another currency than the table's (never converts)", () => {
    const eur = record("c2", [
      { at: "2026-01-01", amount: 10, currency: "EUR" },
      { at: "2026-01-02", amount: 10, currency: "USD" },
    ]);
    const e = expectClienteleError(() => costToServe(eur, { currency: "EUR", perOrder: 1 }, { to }), "invalid_input");
    expect(issuePaths(e)).toEqual(["transactions[1].currency"]);
    expect(costToServe(record("c3", [{ at: "2026-01-01", amount: 1, currency: "EUR" }]), {}, { to }).currency).toBe(
      "EUR",
    );
  });

  it("rejects a record whose event fields are not validated values, with paths", () => {
    const bad = {
      ...record("c4", [{ at: "2026-01-01", amount: 5 }]),
      transactions: [{ customerId: "c4", timestamp: "2026-01-01", amount: 5 }],
      incidents: [{ customerId: "c4", timestamp: new Date("2026-01-01"), kind: "abuse", staffHours: -1 }],
    };
    const e = expectClienteleError(
      () => costToServe(bad as never, { perOrder: 1, perIncidentStaffHour: 10 }, { to }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["transactions[0].timestamp", "incidents[0].staffHours"]);
    expect(issuePaths(expectClienteleError(() => costToServe(null as never, {}, { to }), "invalid_input"))).toEqual([
      "",
    ]);
  });

  it("does not mutate its inputs and equals the sum of its lines (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 700 }), amount: fc.integer({ min: 0, max: 1000 }) })),
        fc.array(
          fc.record({ day: fc.integer({ min: 0, max: 700 }), kind: fc.constantFrom("call", "return", "visit") }),
        ),
        (txs, ints) => {
          const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString();
          const rec = record(
            "p",
            txs.map((t) => ({ at: day(t.day), amount: t.amount, channel: t.day % 2 ? "web" : "store" })),
            { kinds: ints.map((i) => [day(i.day), i.kind] as [string, string]) },
          );
          const d = {
            perOrder: 1.5,
            perOrderByChannel: { web: 4 },
            revenueShare: 0.01,
            perInteraction: { call: 3, return: 9, visit: 50 },
          };
          const before = structuredClone({ rec, d });
          const c = costToServe(rec, d, { to: new Date("2027-01-01") });
          expect({ rec, d }).toEqual(before);
          const sum = c.lines.reduce((s, l) => s + l.cost, 0);
          expect(Math.abs(c.total - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, sum));
          for (const l of c.lines) expect(l.cost).toBe(l.quantity * l.rate);
        },
      ),
    );
  });
});
