import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupByCustomer } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("groupByCustomer", () => {
  const logs = {
    customers: [{ id: "c", segment: "vip" }, { id: "a" }],
    transactions: [
      { customerId: "b", timestamp: "1997-01-03", amount: 5 },
      { customerId: "a", timestamp: "1997-01-02", amount: 7 },
      { customerId: "b", timestamp: "1997-01-01", amount: 3 },
    ],
    complaints: [
      { customerId: "a", openedAt: "1997-02-02", severity: "minor" as const, outcome: "unresolved" as const },
      { customerId: "a", openedAt: "1997-02-01", severity: "major" as const, outcome: "unresolved" as const },
    ],
    incidents: [{ customerId: "d", timestamp: "1997-03-01", kind: "abuse" as const, staffHours: 2 }],
  };

  it("orders records by first appearance: customers list first, then the event logs", () => {
    expect(groupByCustomer(logs).map((r) => r.customerId)).toEqual(["c", "a", "b", "d"]);
  });

  it("sorts each customer's events by time (complaints by openedAt)", () => {
    const [, a, b] = groupByCustomer(logs);
    expect(b?.transactions.map((t) => t.amount)).toEqual([3, 5]);
    expect(a?.complaints.map((c) => c.severity)).toEqual(["major", "minor"]);
  });

  it("keeps customers without events and events without a known customer", () => {
    const [c, , b, d] = groupByCustomer(logs);
    expect(c).toEqual({
      customerId: "c",
      customer: { id: "c", segment: "vip" },
      transactions: [],
      interactions: [],
      serviceFailures: [],
      complaints: [],
      surveyResponses: [],
      incidents: [],
      bonds: [],
      loyaltyEvents: [],
    });
    expect(b?.customer).toBeUndefined();
    expect(d?.incidents).toHaveLength(1);
  });

  it("groups bond instruments (by start) and loyalty events (by timestamp) with the other events", () => {
    const [x, y] = groupByCustomer({
      bonds: [
        { customerId: "x", level: "social", kind: "club", start: "2024-05-01" },
        { customerId: "x", level: "financial", kind: "points-program", start: "2023-01-01", end: "2025-01-01" },
        { customerId: "y", level: "structural", kind: "acme-edi-link", start: "2022-01-01" },
      ],
      loyaltyEvents: [
        { customerId: "x", timestamp: "2024-06-01", type: "redemption", points: 100, rewardId: "coffee" },
        { customerId: "x", timestamp: "2024-02-01", type: "accrual", points: 250 },
      ],
    });
    expect(x?.bonds.map((b) => b.kind)).toEqual(["points-program", "club"]);
    expect(x?.loyaltyEvents.map((e) => e.type)).toEqual(["accrual", "redemption"]);
    expect(y?.bonds[0]?.level).toBe("structural");
    expect(y?.loyaltyEvents).toEqual([]);
  });

  it("keeps input order for events at the same instant", () => {
    const [r] = groupByCustomer({
      transactions: [
        { customerId: "x", timestamp: "1997-01-01", amount: 1 },
        { customerId: "x", timestamp: "1997-01-01", amount: 2 },
        { customerId: "x", timestamp: "1997-01-01", amount: 3 },
      ],
    });
    expect(r?.transactions.map((t) => t.amount)).toEqual([1, 2, 3]);
  });

  it("returns no records for empty logs", () => {
    expect(groupByCustomer({})).toEqual([]);
  });

  it("rejects bad rows with the path of their log and a duplicate customer id", () => {
    const e = expectClienteleError(
      () => groupByCustomer({ transactions: [{ customerId: "a", timestamp: "1997-01-01", amount: -1 }] }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["transactions[0].amount"]);
    expect(e.message.split("\n")[0]).toBe("groupByCustomer: invalid input");
    const dup = expectClienteleError(
      () => groupByCustomer({ customers: [{ id: "a" }, { id: 1 }, { id: "a" }] }),
      "invalid_input",
    );
    expect(issuePaths(dup)).toEqual(["customers[2].id"]);
  });

  it("puts every transaction in exactly one record and never mutates its input (property)", () => {
    const tx = fc.record({
      customerId: fc.constantFrom("a", "b", "c", "d"),
      timestamp: fc.date({ min: new Date("1990-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }),
      amount: fc.double({ min: 0, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(tx, { maxLength: 60 }), (transactions) => {
        const before = structuredClone(transactions);
        const records = groupByCustomer({ transactions });
        expect(transactions).toEqual(before);
        expect(records.reduce((n, r) => n + r.transactions.length, 0)).toBe(transactions.length);
        for (const r of records) {
          for (const t of r.transactions) expect(t.customerId).toBe(r.customerId);
          const times = r.transactions.map((t) => t.timestamp.getTime());
          expect(times).toEqual([...times].sort((x, y) => x - y));
        }
      }),
    );
  });
});

describe("groupByCustomer: maxIssues (issue 16 item 1)", () => {
  it("keeps as many issues as maxIssues says across every list, and counts them all", () => {
    const transactions = Array.from({ length: 300 }, () => ({ timestamp: "2024-01-01", amount: 5 }));
    const complaints = Array.from({ length: 200 }, () => ({ openedAt: "2024-01-01", outcome: "resolved" }));
    const e = expectClienteleError(
      () => groupByCustomer({ transactions, complaints } as never, { maxIssues: 5 }),
      "invalid_input",
    );
    expect(e.issues).toHaveLength(5);
    expect(e.issueCount).toBeGreaterThanOrEqual(500);
    expect(e.message.length).toBeLessThan(2_000);
  });
  it("rejects a bad maxIssues and unknown options at their paths", () => {
    const v = expectClienteleError(() => groupByCustomer({}, { maxIssues: 1.5 }), "invalid_input");
    expect(v.issues[0]?.path).toEqual(["options", "maxIssues"]);
    expectClienteleError(() => groupByCustomer({}, { maxIssue: 5 } as never), "invalid_input");
  });
});
