import { describe, expect, it } from "vitest";
import { type CustomerRecord, groupByCustomer } from "../../src/customers/index.ts";
import {
  mergeSimulatedEvents,
  type SimulatedRelationshipEvents,
  simulateRelationshipEvents,
} from "../../src/simulation/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const settings = { seed: 19, from: "1997-01-01", asOf: "1998-06-30" } as const;

function records(): CustomerRecord[] {
  return groupByCustomer({
    transactions: [
      { customerId: "a", timestamp: "1997-01-01", amount: 10 },
      { customerId: "a", timestamp: "1997-05-01", amount: 12 },
      { customerId: "b", timestamp: "1997-02-01", amount: 20 },
      { customerId: "c", timestamp: "1997-03-01", amount: 30 },
    ],
    complaints: [{ customerId: "a", openedAt: "1997-03-01", severity: "minor", outcome: "unresolved" }],
    interactions: [{ customerId: "b", timestamp: "1998-01-01", kind: "call", channel: "phone", direction: "inbound" }],
  });
}

const none = (customerId: string): SimulatedRelationshipEvents => ({
  customerId,
  serviceFailures: [],
  complaints: [],
  incidents: [],
  interactions: [],
  surveyResponses: [],
  bonds: [],
});

describe("mergeSimulatedEvents", () => {
  it("adds each entry's events to the record with its id, keeps the record's own events and every list in time order", () => {
    const base = records();
    const events = simulateRelationshipEvents(base, {
      ...settings,
      rates: { failurePerPurchase: 1, complaintAfterMinor: 1, complaintAfterMajor: 1, touchpointsPerYear: 6 },
    });
    const merged = mergeSimulatedEvents(base, events);
    expect(merged.map((r) => r.customerId)).toEqual(["a", "b", "c"]);
    merged.forEach((r, i) => {
      const e = events[i]!;
      const own = base[i]!;
      expect(r.transactions).toEqual(own.transactions);
      expect(r.serviceFailures.length).toBe(own.serviceFailures.length + e.serviceFailures.length);
      expect(r.complaints.length).toBe(own.complaints.length + e.complaints.length);
      expect(r.interactions.length).toBe(own.interactions.length + e.interactions.length);
      for (const c of own.complaints) expect(r.complaints).toContainEqual(c);
      for (const x of own.interactions) expect(r.interactions).toContainEqual(x);
      const opened = r.complaints.map((c) => c.openedAt.getTime());
      expect(opened).toEqual([...opened].sort((x, y) => x - y));
      const touched = r.interactions.map((x) => x.timestamp.getTime());
      expect(touched).toEqual([...touched].sort((x, y) => x - y));
    });
  });

  it("returns records without an entry as they were, and mutates neither input", () => {
    const base = records();
    const events = [none("b")];
    const before = JSON.stringify([base, events]);
    const merged = mergeSimulatedEvents(base, events);
    expect(merged).toEqual(base);
    expect(merged[0]).not.toBe(base[0]);
    expect(JSON.stringify([base, events])).toBe(before);
  });

  it("accepts record inputs (ISO strings, numeric ids) and returns validated records", () => {
    const [r] = mergeSimulatedEvents(
      [
        {
          customerId: 7,
          transactions: [],
          interactions: [],
          serviceFailures: [],
          complaints: [],
          surveyResponses: [],
          incidents: [],
        },
      ],
      [{ ...none("7"), bonds: [{ customerId: "7", level: "social", kind: "club", start: new Date("1997-02-01") }] }],
    );
    expect(r?.customerId).toBe("7");
    expect(r?.bonds[0]?.kind).toBe("club");
    expect(r?.loyaltyEvents).toEqual([]);
  });

  it("rejects an entry for an unknown customer, a repeated id, and an event whose customerId is not its entry's, with paths", () => {
    const base = records();
    expect(issuePaths(expectClienteleError(() => mergeSimulatedEvents(base, [none("z")]), "invalid_input"))).toEqual([
      "events[0].customerId",
    ]);
    expect(
      issuePaths(expectClienteleError(() => mergeSimulatedEvents(base, [none("a"), none("a")]), "invalid_input")),
    ).toEqual(["events[1].customerId"]);
    const wrong = {
      ...none("a"),
      serviceFailures: [{ customerId: "b", timestamp: new Date("1997-01-02"), severity: "minor" as const }],
    };
    expect(issuePaths(expectClienteleError(() => mergeSimulatedEvents(base, [wrong]), "invalid_input"))).toEqual([
      "events[0].serviceFailures[0].customerId",
    ]);
    expect(
      issuePaths(expectClienteleError(() => mergeSimulatedEvents([base[0]!, base[0]!], []), "invalid_input")),
    ).toEqual(["records[1].customerId"]);
  });
});
