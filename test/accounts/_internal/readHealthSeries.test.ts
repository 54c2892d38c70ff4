import { describe, expect, it } from "vitest";
import { readHealthSeries } from "../../../src/accounts/_internal/readHealthSeries.ts";
import { accountHealthSeries } from "../../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { observations } from "../_healthFixtures.ts";

describe("readHealthSeries", () => {
  it("accepts what accountHealthSeries returns", () => {
    const s = accountHealthSeries(observations, { period: "month", from: "2024-01-01", to: "2024-12-31" });
    expect(readHealthSeries("f", s)).toEqual(s);
  });
  it("rejects an unknown metric in a point's values", () => {
    const forged = {
      period: "month",
      periods: [],
      accounts: [{ accountId: "a", metrics: [], points: [{ period: "2024-01-01", values: { mood: 1 } }] }],
      outsideRange: 0,
    };
    expect(issuePaths(expectClienteleError(() => readHealthSeries("f", forged), "invalid_input"))).toEqual([
      "series.accounts[0].points[0].values",
    ]);
  });
});
