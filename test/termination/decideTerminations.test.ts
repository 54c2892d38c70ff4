import { describe, expect, it } from "vitest";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { prepareRules } from "../../src/rules/index.ts";
import { coreTerminationRules, decideTermination, decideTerminations } from "../../src/termination/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { asOf, incident, rec, tx } from "./_terminationFixtures.ts";

const withId = (id: string, r: ReturnType<typeof rec>) => ({
  ...r,
  customerId: id,
  transactions: r.transactions.map((t) => ({ ...t, customerId: id })),
  incidents: r.incidents.map((e) => ({ ...e, customerId: id })),
});
const records = [
  withId("a", rec({ transactions: [tx("2024-01-10", 100, 60), tx("2024-04-10", 120, 70)] })),
  withId(
    "b",
    rec({
      transactions: [tx("2024-01-10", 100, 70)],
      incidents: [incident("2024-03-01", "abuse"), incident("2024-03-02", "abuse")],
    }),
  ),
  withId("c", rec({ incidents: [incident("2024-03-01", "core-value-violation")] })),
];
const fit = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" } as const;

describe("decideTerminations", () => {
  it("gives the decisions of decideTermination, in record order", () => {
    const batch = decideTerminations(records, { asOf, costDrivers: { perIncidentStaffHour: 40 } });
    expect(batch.map((d) => d.decision)).toEqual(["keep", "correct", "terminate"]);
    expect(batch).toEqual(
      records.map((r) => decideTermination(r, { asOf, costDrivers: { perIncidentStaffHour: 40 } })),
    );
  });

  it("with a fit, projects every customer from one summary (given or made here) as decideTermination does one by one", () => {
    const options = { asOf, fit, horizonDays: 364, rules: prepareRules(coreTerminationRules) };
    const one = records.map((r) => decideTermination(r, options));
    const made = decideTerminations(records, options);
    const summary = summarizeTransactions(
      records.flatMap((r) => r.transactions),
      { unit: "week", observationEnd: asOf },
    );
    const given = decideTerminations(records, { ...options, summary });
    for (let i = 0; i < records.length; i++) {
      expect(made[i]!.economics.expectedPurchases).toBeCloseTo(one[i]!.economics.expectedPurchases, 12);
      expect(given[i]!.economics.expectedPurchases).toBeCloseTo(one[i]!.economics.expectedPurchases, 12);
      expect(made[i]!.decision).toBe(one[i]!.decision);
    }
    // Customer c never bought: no summary row, 0 expected purchases.
    expect(made[2]!.economics.expectedPurchases).toBe(0);
    expect(made[0]!.economics.expectedPurchasesSource).toBe("fit");
  });

  it("names the record in its errors", () => {
    const bad = [records[0]!, withId("x", rec({ incidents: [incident("2024-03-01", "abuse", -1)] }))];
    expect(issuePaths(expectClienteleError(() => decideTerminations(bad, { asOf }), "invalid_input"))).toEqual([
      "records[1].incidents[0].staffHours",
    ]);
    expect(issuePaths(expectClienteleError(() => decideTerminations(bad, { asOf, fit }), "invalid_input"))).toEqual([
      "records[1].incidents[0].staffHours",
    ]);
    expectClienteleError(() => decideTerminations("no" as never, { asOf }), "invalid_input");
  });
});
