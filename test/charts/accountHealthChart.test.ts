import { describe, expect, it } from "vitest";
import { accountHealthSeries } from "../../src/accounts/accountHealthSeries.ts";
import { accountHealthChart } from "../../src/charts/accountHealthChart.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { renderChart } from "../_helpers/renderChart.ts";

/** The month (0–11) of a temporal datum as vega holds it (parsed to a timestamp). */
const month = (v: unknown): number => new Date(v as number | string).getUTCMonth();

describe("accountHealthChart", () => {
  // three key accounts, monthly revenue for 2025 (acme declining, globex growing, initech no March revenue)
  const observations = ["acme", "globex", "initech"].flatMap((accountId, a) =>
    Array.from({ length: 12 }, (_, m) => ({
      accountId,
      timestamp: new Date(Date.UTC(2025, m, 10)),
      metric: "revenue" as const,
      value: a === 0 ? 2000 - 100 * m : a === 1 ? 800 + 50 * m : 1000,
    })).filter((o) => !(accountId === "initech" && o.timestamp.getUTCMonth() === 2)),
  );
  const series = accountHealthSeries(observations, { period: "month", from: "2025-01-01", to: "2025-12-31" });

  it("draws one line per account with a point per month that has a value", async () => {
    const chart = await renderChart(accountHealthChart(series, { metric: "revenue" }));
    const points = chart.items("lines").filter((p) => p.datum !== undefined);
    const y = chart.view.scale("y") as (v: number) => number;
    // revenue is a sum: initech's March without observations counts 0 (accountHealthSeries' convention)
    expect(points).toHaveLength(36);
    const initechMarch = points.find((p) => p.datum?.account === "initech" && month(p.datum?.period) === 2)!;
    expect(initechMarch.y).toBeCloseTo(y(0), 6);
    const acmeDec = points.find((p) => p.datum?.account === "acme" && month(p.datum?.period) === 11)!;
    expect(acmeDec.y).toBeCloseTo(y(900), 6);
  });

  it("draws only the accounts asked for, and throws for one the series does not hold", async () => {
    const chart = await renderChart(accountHealthChart(series, { metric: "revenue", accounts: ["globex"] }));
    expect(chart.items("lines").filter((p) => p.datum !== undefined)).toHaveLength(12);
    expect(
      issuePaths(
        expectClienteleError(
          () => accountHealthChart(series, { metric: "revenue", accounts: ["hooli"] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["options.accounts[0]"]);
    expectClienteleError(() => accountHealthChart(series, { metric: "mood" as never }), "invalid_input");
  });
});
