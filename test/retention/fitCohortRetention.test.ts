import { describe, expect, it } from "vitest";
import { fitShiftedBetaGeometric } from "../../src/clv/index.ts";
import { fitCohortRetention, type SubscriptionInput } from "../../src/retention/index.ts";

/** One cohort of yearly subscriptions started 2000-01-15 whose survivors at the start of each year are `survivors`. */
function cohort(survivors: readonly number[], prefix: string): SubscriptionInput[] {
  const rows: SubscriptionInput[] = [];
  for (let t = 1; t <= survivors.length; t++) {
    const leaving = t < survivors.length ? survivors[t - 1]! - survivors[t]! : survivors[t - 1]!;
    for (let i = 0; i < leaving; i++) {
      // Leavers do not renew into year t: their subscription ends on its first day (Jan 1).
      rows.push({
        customerId: `${prefix}${t}-${i}`,
        start: "2000-01-15",
        ...(t < survivors.length ? { end: `${2000 + t}-01-01` } : {}),
      });
    }
  }
  return rows;
}

describe("fitCohortRetention", () => {
  it("reproduces Fader & Hardie (2007) 'regular' customers from subscriptions: α = 0.704, β = 1.182 (Table 1)", () => {
    const regular = [1000, 631, 468, 382, 326, 289, 262, 241];
    const { table, fit } = fitCohortRetention(cohort(regular, "r"), { asOf: "2007-06-30", period: "year" });
    expect(table.cohorts).toHaveLength(1);
    expect(table.cohorts[0]!.cells.map((c) => c.active)).toEqual(regular);
    expect(fit.unit).toBe("year");
    expect(fit.params.alpha).toBeCloseTo(0.704, 3);
    expect(fit.params.beta).toBeCloseTo(1.182, 3);
    expect(fit.logLikelihood).toBeCloseTo(-1680.27, 2);
  });
  it("fits the cohorts jointly, as fitShiftedBetaGeometric's multi-cohort input (hand-built survivors)", () => {
    const subscriptions = [
      ...Array.from({ length: 10 }, (_, i) => ({
        customerId: `a${i}`,
        start: "2024-01-10",
        ...(i < 4 ? { end: "2024-02-01" } : i < 6 ? { end: "2024-03-01" } : {}),
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        customerId: `b${i}`,
        start: "2024-02-10",
        ...(i < 3 ? { end: "2024-03-01" } : {}),
      })),
    ];
    const { table, fit } = fitCohortRetention(subscriptions, {
      asOf: "2024-03-31",
      period: "month",
      fit: { standardErrors: false },
    });
    expect(table.cohorts.map((c) => c.cells.map((x) => x.active))).toEqual([
      [10, 6, 4],
      [10, 7],
    ]);
    const direct = fitShiftedBetaGeometric(
      { cohorts: [{ survivors: [10, 6, 4] }, { survivors: [10, 7] }] },
      { unit: "month", standardErrors: false },
    );
    expect(fit.params).toEqual(direct.params);
    // Pooled first-renewal rate 13/20 and second 4/6 are met exactly: β/(α+β) = 0.65, (β+1)/(α+β+1) = 2/3.
    expect(fit.params.beta / (fit.params.alpha + fit.params.beta)).toBeCloseTo(0.65, 5);
  });
});
