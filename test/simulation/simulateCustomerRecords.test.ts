import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { groupByCustomer } from "../../src/customers/index.ts";
import {
  mergeSimulatedEvents,
  simulateCustomerRecords,
  simulateRelationshipEvents,
} from "../../src/simulation/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const settings = { seed: 19, from: "1997-01-01", asOf: "1998-06-30" } as const;

describe("simulateCustomerRecords", () => {
  const cdnow = groupByCustomer({ transactions: loadCdnowSample() });

  it("equals simulateRelationshipEvents then mergeSimulatedEvents, on the bundled CDNOW sample (2,357 customers)", () => {
    const enriched = simulateCustomerRecords(cdnow, settings);
    expect(enriched).toHaveLength(2357);
    expect(enriched).toEqual(mergeSimulatedEvents(cdnow, simulateRelationshipEvents(cdnow, settings)));
  });

  it("leaves the purchases unchanged: the simulated events have no effect on them", () => {
    const enriched = simulateCustomerRecords(cdnow, settings);
    enriched.forEach((r, i) => {
      expect(r.transactions).toEqual(cdnow[i]!.transactions);
    });
    expect(enriched.reduce((s, r) => s + r.transactions.length, 0)).toBe(6919);
  });

  it("passes on the errors of the functions it calls", () => {
    const e = expectClienteleError(
      () => simulateCustomerRecords(cdnow.slice(0, 2), { ...settings, asOf: "1996-01-01" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.asOf"]);
  });
});
