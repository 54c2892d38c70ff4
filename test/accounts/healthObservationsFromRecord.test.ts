import { describe, expect, it } from "vitest";
import { accountHealthSeries, detectHealthChanges, healthObservationsFromRecord } from "../../src/accounts/index.ts";
import { groupByCustomer } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const [record] = groupByCustomer({
  transactions: [
    { customerId: "acme", timestamp: "2025-01-10", amount: 1000, cost: 700 },
    { customerId: "acme", timestamp: "2025-04-10", amount: 700, cost: 600 },
  ],
  complaints: [
    { customerId: "acme", openedAt: "2025-04-02", severity: "minor", outcome: "unresolved" },
    { customerId: "acme", openedAt: "2025-05-02", severity: "major", outcome: "unresolved" },
  ],
  surveyResponses: [
    { customerId: "acme", timestamp: "2025-02-01", instrument: "csat", scores: { overall: 9 } },
    { customerId: "acme", timestamp: "2025-05-01", instrument: "csat", scores: { overall: 7 } },
    { customerId: "acme", timestamp: "2025-05-02", instrument: "nps", scores: { likelihood: 3 } },
  ],
});

describe("healthObservationsFromRecord", () => {
  it("turns transactions, complaints and one survey item into observations", () => {
    const obs = healthObservationsFromRecord(record!, {
      profit: true,
      satisfaction: { instrument: "csat", item: "overall" },
    });
    expect(obs.map((o) => [o.metric, o.timestamp.toISOString().slice(0, 10), o.value])).toEqual([
      ["revenue", "2025-01-10", 1000],
      ["revenue", "2025-04-10", 700],
      ["profit", "2025-01-10", 300],
      ["profit", "2025-04-10", 100],
      ["complaints", "2025-04-02", 1],
      ["complaints", "2025-05-02", 1],
      ["satisfaction", "2025-02-01", 9],
      ["satisfaction", "2025-05-01", 7],
    ]);
    expect(obs.every((o) => o.accountId === "acme")).toBe(true);
  });

  it("feeds the health series and its alerts: revenue −30 %, profit −66.7 %, satisfaction −2, complaints +2", () => {
    const series = accountHealthSeries(
      healthObservationsFromRecord(record!, { profit: true, satisfaction: { instrument: "csat", item: "overall" } }),
      { period: "quarter", from: "2025-01-01", to: "2025-06-30" },
    );
    expect(detectHealthChanges(series).map((a) => a.metric)).toEqual([
      "revenue",
      "profit",
      "satisfaction",
      "complaints",
    ]);
  });

  it("emits no profit unless asked, and then needs a cost on every transaction", () => {
    expect(healthObservationsFromRecord(record!).map((o) => o.metric)).toEqual([
      "revenue",
      "revenue",
      "complaints",
      "complaints",
    ]);
    const [noCost] = groupByCustomer({ transactions: [{ customerId: "x", timestamp: "2025-01-01", amount: 5 }] });
    const e = expectClienteleError(() => healthObservationsFromRecord(noCost!, { profit: true }), "invalid_input");
    expect(issuePaths(e)).toEqual(["record.transactions[0].cost"]);
  });

  it("rejects a response of the instrument without the item, and a value that is not a record", () => {
    const e = expectClienteleError(
      () => healthObservationsFromRecord(record!, { satisfaction: { instrument: "nps", item: "overall" } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["record.surveyResponses[2].scores.overall"]);
    expect(issuePaths(expectClienteleError(() => healthObservationsFromRecord({} as never), "invalid_input"))).toEqual([
      "record",
    ]);
  });
});
