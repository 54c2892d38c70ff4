import { describe, expect, it } from "vitest";
import { accountHealthSeries } from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { observations } from "./_healthFixtures.ts";

const options = { period: "quarter", from: "2024-01-01", to: "2024-12-31" } as const;

describe("accountHealthSeries", () => {
  it("aggregates each metric per quarter as documented (sum, mean, last), checked by hand", () => {
    const s = accountHealthSeries(observations, options);
    expect(s.periods).toEqual(["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"]);
    expect(s.outsideRange).toBe(1);
    expect(s.accounts.map((a) => a.accountId)).toEqual(["acme", "bolt"]);
    const acme = s.accounts[0]!;
    expect(acme.metrics).toEqual(["revenue", "profit", "satisfaction", "complaints", "bondLevel", "riskFindings"]);
    expect(acme.points.map((p) => p.values)).toEqual([
      { revenue: 1000, profit: 200, satisfaction: 8.5, complaints: 1, bondLevel: 3, riskFindings: null },
      { revenue: 780, profit: 170, satisfaction: 7, complaints: 3, bondLevel: 2, riskFindings: 1 },
      { revenue: 800, profit: -10, satisfaction: null, complaints: 0, bondLevel: null, riskFindings: 2 },
      { revenue: 0, profit: 0, satisfaction: null, complaints: 0, bondLevel: null, riskFindings: null },
    ]);
    expect(s.accounts[1]!.points.map((p) => p.values)).toEqual([
      { revenue: 0 },
      { revenue: 0 },
      { revenue: 0 },
      { revenue: 50 },
    ]);
  });

  it("places timestamps in periods in the given time zone", () => {
    // 2024-03-31T23:30 in New York is 2024-04-01T03:30Z: Q1 there, Q2 in UTC
    const rows = [{ accountId: "a", timestamp: "2024-04-01T03:30:00Z", metric: "revenue" as const, value: 1 }];
    const q = { period: "quarter", from: "2024-01-01", to: "2024-06-30" } as const;
    expect(accountHealthSeries(rows, q).accounts[0]!.points.map((p) => p.values.revenue)).toEqual([0, 1]);
    expect(
      accountHealthSeries(rows, { ...q, timeZone: "America/New_York" }).accounts[0]!.points.map(
        (p) => p.values.revenue,
      ),
    ).toEqual([1, 0]);
  });

  it("is the same for any order of the observations, and does not mutate them", () => {
    const copy = structuredClone(observations);
    const a = accountHealthSeries(observations, options);
    const b = accountHealthSeries(observations.slice().reverse(), options);
    expect(b).toEqual(a);
    expect(observations).toEqual(copy);
  });

  it("rejects bad observations and a range that ends before it starts, with paths", () => {
    const bad = expectClienteleError(
      () =>
        accountHealthSeries(
          [{ accountId: "a", timestamp: "2024-13-01", metric: "mood" as "revenue", value: Number.NaN }],
          options,
        ),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual(["observations[0].timestamp", "observations[0].metric", "observations[0].value"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => accountHealthSeries([], { period: "month", from: "2024-05-01", to: "2024-04-30" }),
          "invalid_input",
        ),
      ),
    ).toEqual(["options.to"]);
  });
});
