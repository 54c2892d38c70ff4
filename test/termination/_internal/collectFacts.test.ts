import { describe, expect, it } from "vitest";
import { collectFacts } from "../../../src/termination/_internal/collectFacts.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { asOf, incident, rec, tx } from "../_terminationFixtures.ts";

describe("collectFacts", () => {
  it("names the caller and the record's path in errors", () => {
    const e = expectClienteleError(
      () =>
        collectFacts("batchFn", rec({ incidents: [incident("2024-01-01", "abuse", -1)] }), { asOf }, ["records", 7]),
      "invalid_input",
    );
    expect(e.message.startsWith("batchFn:")).toBe(true);
    expect(issuePaths(e)).toEqual(["records[7].incidents[0].staffHours"]);
  });
  it("uses a given projection instead of projecting the record", () => {
    const f = collectFacts("f", rec({ transactions: [tx("2024-01-10", 100, 60)] }), { asOf }, ["record"], {
      expectedPurchases: 3,
      spendPerPurchase: 50,
    });
    expect([f.economics.expectedPurchases, f.economics.spendPerPurchase, f.economics.expectedFutureValue]).toEqual([
      3, 50, 60,
    ]);
    expect([f.economics.expectedPurchasesSource, f.economics.spendSource]).toEqual(["fit", "gamma-gamma"]);
  });
});
