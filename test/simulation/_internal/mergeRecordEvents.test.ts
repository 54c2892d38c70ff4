import { describe, expect, it } from "vitest";
import type { CustomerRecord } from "../../../src/customers/index.ts";
import { mergeRecordEvents } from "../../../src/simulation/_internal/mergeRecordEvents.ts";
import type { SimulatedRelationshipEvents } from "../../../src/simulation/index.ts";

const d = (s: string) => new Date(s);
const record: CustomerRecord = {
  customerId: "a",
  transactions: [{ customerId: "a", timestamp: d("2024-01-01"), amount: 5 }],
  interactions: [{ customerId: "a", timestamp: d("2024-03-01"), kind: "own", channel: "phone", direction: "inbound" }],
  serviceFailures: [],
  complaints: [{ customerId: "a", openedAt: d("2024-02-01"), severity: "minor", outcome: "unresolved" }],
  surveyResponses: [],
  incidents: [],
  bonds: [],
  loyaltyEvents: [],
};
const events: SimulatedRelationshipEvents = {
  customerId: "a",
  serviceFailures: [{ customerId: "a", timestamp: d("2024-01-02"), severity: "major" }],
  complaints: [{ customerId: "a", openedAt: d("2024-01-03"), severity: "major", outcome: "unresolved" }],
  incidents: [],
  interactions: [
    { customerId: "a", timestamp: d("2024-02-15"), kind: "call", channel: "phone", direction: "outbound" },
    { customerId: "a", timestamp: d("2024-03-01"), kind: "simulated", channel: "email", direction: "outbound" },
  ],
  surveyResponses: [],
  bonds: [{ customerId: "a", level: "social", kind: "club", start: d("2024-01-05") }],
};

describe("mergeRecordEvents", () => {
  it("adds the events in time order, the record's own first at equal times, and keeps everything else", () => {
    const before = JSON.stringify([record, events]);
    const merged = mergeRecordEvents(record, events);
    expect(merged.interactions.map((x) => x.kind)).toEqual(["call", "own", "simulated"]);
    expect(merged.complaints.map((c) => c.openedAt.toISOString().slice(0, 10))).toEqual(["2024-01-03", "2024-02-01"]);
    expect(merged.serviceFailures).toEqual(events.serviceFailures);
    expect(merged.bonds).toEqual(events.bonds);
    expect(merged.transactions).toBe(record.transactions);
    expect(merged).not.toBe(record);
    expect(JSON.stringify([record, events])).toBe(before);
  });
});
