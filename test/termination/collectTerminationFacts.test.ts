import { describe, expect, it } from "vitest";
import { collectTerminationFacts } from "../../src/termination/index.ts";
import { asOf, day, incident, interaction, rec, tx } from "./_terminationFixtures.ts";

describe("collectTerminationFacts", () => {
  it("computes the economics of the worked example by hand: margin 60, service 120 + 12, value −72", () => {
    const r = rec({
      transactions: [
        tx("2023-05-01", 500, 100),
        tx("2024-01-10", 100, 70),
        tx("2024-04-10", 100, 70),
        tx("2024-07-10", 900, 0),
      ],
      incidents: [incident("2024-02-01", "policy-violation", 3)],
      interactions: [interaction("2024-03-01", "call"), interaction("2024-05-01", "call")],
    });
    const f = collectTerminationFacts(r, {
      asOf,
      costDrivers: { perIncidentStaffHour: 40, perInteraction: { call: 6 } },
    });
    // The 2023-05-01 purchase is before the window (2023-07-01, 2024-06-30]; the 2024-07-10 one after asOf.
    expect(f.economics).toEqual({
      lookbackDays: 365,
      horizonDays: 365,
      windowStart: day("2023-07-01"),
      purchases: 2,
      revenue: 200,
      grossMargin: 60,
      serviceCost: 132,
      staffHours: 3,
      netContribution: -72,
      marginRatio: 0.3,
      expectedPurchases: 2,
      expectedPurchasesSource: "run-rate",
      spendPerPurchase: 100,
      spendSource: "observed",
      marginPerPurchase: 30,
      projectedServiceCost: 132,
      expectedFutureValue: -72,
    });
    expect(f.asOf).toEqual(day("2024-06-30"));
    expect(f.record).toBe(r);
    expect(f.costDrivers).toEqual({ perIncidentStaffHour: 40, perInteraction: { call: 6 } });
    expect(f.grossMarginRate).toBeNull();
    expect(f.influence).toBeNull();
  });

  it("counts purchases as distinct UTC days, and reads the whole history when the window has none", () => {
    const sameDay = rec({
      transactions: [tx("2024-03-01", 50, 30), tx("2024-03-01", 30, 20), tx("2024-01-01", 20, 10)],
    });
    // Out of time order on purpose: three rows, two days.
    expect(collectTerminationFacts(sameDay, { asOf }).economics.purchases).toBe(2);
    const quiet = rec({ transactions: [tx("2022-06-01", 80, 60)] });
    const e = collectTerminationFacts(quiet, { asOf }).economics;
    expect([e.purchases, e.marginRatio, e.spendPerPurchase, e.expectedPurchases]).toEqual([0, 0.25, 80, 0]);
  });

  it("collects corrections from interactions (topic = lever) and options, at or before asOf, oldest first", () => {
    const r = rec({
      interactions: [
        interaction("2024-05-01", "correction-offered"),
        interaction("2024-08-01", "correction-offered", "x"),
      ],
    });
    const f = collectTerminationFacts(r, {
      asOf,
      corrections: [{ timestamp: "2024-02-01", lever: "price-adjustment" }],
    });
    expect(f.corrections).toEqual([
      { timestamp: day("2024-02-01"), lever: "price-adjustment", source: "options" },
      { timestamp: day("2024-05-01"), lever: "unspecified", source: "interaction" },
    ]);
    expect(collectTerminationFacts(r, { asOf, correctionKind: "other" }).corrections).toEqual([]);
  });
});
