import { describe, expect, it } from "vitest";
import { HealthObservationSchema, healthMetrics } from "../../src/accounts/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("HealthObservationSchema", () => {
  it("parses an observation (numeric id, ISO timestamp)", () => {
    expect(
      parseInput("f", HealthObservationSchema, { accountId: 3, timestamp: "2024-01-01", metric: "profit", value: -5 }),
    ).toEqual({
      accountId: "3",
      timestamp: new Date("2024-01-01T00:00:00Z"),
      metric: "profit",
      value: -5,
    });
  });
  it("accepts exactly the metrics of healthMetrics", () => {
    for (const metric of Object.keys(healthMetrics)) {
      expect(
        parseInput("f", HealthObservationSchema, { accountId: "a", timestamp: "2024-01-01", metric, value: 1 }).metric,
      ).toBe(metric);
    }
    const e = expectClienteleError(
      () =>
        parseInput("f", HealthObservationSchema, { accountId: "a", timestamp: "2024-01-01", metric: "nps", value: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["metric"]);
  });
});
