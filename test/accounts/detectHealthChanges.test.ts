import { describe, expect, it } from "vitest";
import { accountHealthSeries, detectHealthChanges } from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { observations } from "./_healthFixtures.ts";

const series = accountHealthSeries(observations, { period: "quarter", from: "2024-01-01", to: "2024-12-31" });

describe("detectHealthChanges", () => {
  it("raises the alerts of the default thresholds on the worked example, each with its evidence", () => {
    const alerts = detectHealthChanges(series);
    expect(alerts.map((a) => a.message)).toEqual([
      // Q1 → Q2: revenue −22 % (≥ 20 %), profit −15 % (no alert), satisfaction −1.5, complaints +2, bond level −1
      "revenue fell by 22% from 1000 to 780 between 2024-01-01 and 2024-04-01 (threshold: a drop of 20%)",
      "satisfaction fell by 1.5 from 8.5 to 7 between 2024-01-01 and 2024-04-01 (threshold: a drop of 1)",
      "complaints rose by 2 from 1 to 3 between 2024-01-01 and 2024-04-01 (threshold: a rise of 2)",
      "bondLevel fell by 1 from 3 to 2 between 2024-01-01 and 2024-04-01 (threshold: a drop of 1)",
      // Q2 → Q3: profit 170 → −10 is −180 / 170 = −105.882 %; risk findings 1 → 2
      "profit fell by 105.882% from 170 to -10 between 2024-04-01 and 2024-07-01 (threshold: a drop of 20%)",
      "riskFindings rose by 1 from 1 to 2 between 2024-04-01 and 2024-07-01 (threshold: a rise of 1)",
      // Q3 → Q4: revenue 800 → 0; profit −10 → 0 has no relative change (before ≤ 0); bolt 0 → 50 is a rise
      "revenue fell by 100% from 800 to 0 between 2024-07-01 and 2024-10-01 (threshold: a drop of 20%)",
    ]);
    expect(alerts[0]).toEqual({
      accountId: "acme",
      metric: "revenue",
      previousPeriod: "2024-01-01",
      period: "2024-04-01",
      before: 1000,
      after: 780,
      change: -220,
      relativeChange: -0.22,
      threshold: { metric: "revenue", direction: "drop", measure: "relative", threshold: 0.2 },
      message: alerts[0]!.message,
    });
    expect(alerts[4]!.relativeChange).toBeCloseTo(-180 / 170, 14);
  });

  it("uses the thresholds given instead of the defaults", () => {
    const alerts = detectHealthChanges(series, {
      thresholds: [
        { metric: "profit", direction: "drop", measure: "relative", threshold: 0.1 },
        { metric: "revenue", direction: "rise", measure: "absolute", threshold: 50 },
      ],
    });
    expect(alerts.map((a) => [a.accountId, a.metric, a.period])).toEqual([
      ["acme", "profit", "2024-04-01"],
      ["acme", "profit", "2024-07-01"],
      ["bolt", "revenue", "2024-10-01"],
    ]);
    expect(detectHealthChanges(series, { thresholds: [] })).toEqual([]);
  });

  it("rejects a threshold ≤ 0 or an unknown metric, with paths, and a value that is not a series", () => {
    const e = expectClienteleError(
      () =>
        detectHealthChanges(series, {
          thresholds: [{ metric: "mood" as "revenue", direction: "drop", measure: "absolute", threshold: 0 }],
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.thresholds[0].metric", "options.thresholds[0].threshold"]);
    expect(issuePaths(expectClienteleError(() => detectHealthChanges([] as never), "invalid_input"))).toEqual([
      "series",
    ]);
  });
});
