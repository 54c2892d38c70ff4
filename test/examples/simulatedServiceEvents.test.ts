import { describe, expect, it } from "vitest";
import {
  defaultServiceEventRates,
  SERVICE_EVENTS_SEED,
  simulateServiceEvents,
} from "../../examples/_data/simulatedServiceEvents.ts";
import { groupByCustomer } from "../../src/customers/index.ts";

const from = Date.UTC(2023, 0, 1);
const to = Date.UTC(2024, 11, 31);
const purchases = Array.from({ length: 20 }, (_, k) => from + k * 30 * 86_400_000);

describe("examples/_data/simulatedServiceEvents.ts", () => {
  it("is deterministic per (seed, customer index), whatever else is drawn", () => {
    const a = simulateServiceEvents("c7", 7, { seed: SERVICE_EVENTS_SEED, from, to, purchases });
    simulateServiceEvents("c8", 8, { seed: SERVICE_EVENTS_SEED, from, to, purchases });
    expect(simulateServiceEvents("c7", 7, { seed: SERVICE_EVENTS_SEED, from, to, purchases })).toEqual(a);
    expect(simulateServiceEvents("c7", 7, { seed: SERVICE_EVENTS_SEED + 1, from, to, purchases })).not.toEqual(a);
  });

  it("draws valid events of every kind (groupByCustomer accepts them), none after `to`", () => {
    const logs = { serviceFailures: [], complaints: [], incidents: [], interactions: [] } as {
      [K in keyof ReturnType<typeof simulateServiceEvents>]: ReturnType<typeof simulateServiceEvents>[K];
    };
    for (let i = 0; i < 2000; i++) {
      const e = simulateServiceEvents(`c${i}`, i, { seed: SERVICE_EVENTS_SEED, from, to, purchases });
      logs.serviceFailures.push(...e.serviceFailures);
      logs.complaints.push(...e.complaints);
      logs.incidents.push(...e.incidents);
      logs.interactions.push(...e.interactions);
    }
    const records = groupByCustomer(logs);
    expect(records.length).toBeGreaterThan(0);
    const kinds = new Set(logs.incidents.map((x) => x.kind));
    expect(kinds).toEqual(new Set(["abuse", "fraud", "policy-violation", "core-value-violation"]));
    expect(logs.interactions.some((x) => x.kind === "competitor-offer")).toBe(true);
    const outcomes = new Set(logs.complaints.map((c) => c.outcome));
    expect(outcomes).toEqual(new Set(["unresolved", "resolved", "resolved-quickly"]));
    for (const c of logs.complaints)
      if (c.resolvedAt !== undefined) expect(Date.parse(c.resolvedAt as string)).toBeLessThanOrEqual(to);
    // 2,000 customers × 20 purchases × 8% ≈ 3,200 failures.
    const rate = logs.serviceFailures.length / (2000 * 20);
    expect(Math.abs(rate - defaultServiceEventRates.failurePerPurchase)).toBeLessThan(0.01);
  });

  it("takes rate overrides", () => {
    const none = simulateServiceEvents("c1", 1, {
      seed: SERVICE_EVENTS_SEED,
      from,
      to,
      purchases,
      rates: { failurePerPurchase: 0, interactions: 0, competitorOffer: 0 },
    });
    expect(none.serviceFailures).toEqual([]);
    expect(none.complaints).toEqual([]);
    expect(none.interactions).toEqual([]);
  });
});
