import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CustomerRecordSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import {
  defaultRelationshipEventRates,
  type SimulatedRelationshipEvents,
  type SimulationCustomer,
  simulateRelationshipEvents,
} from "../../src/simulation/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const DAY = 86_400_000;
const from = "2023-01-01";
const asOf = "2025-01-01";
const fromMs = Date.parse(from);
const asOfMs = Date.parse(asOf);

/** `n` customers with `k` purchases each, 20 days apart from 2023-01-02 (the last well before asOf). */
function customers(n: number, k: number, prefix = "c"): SimulationCustomer[] {
  return Array.from({ length: n }, (_, i) => ({
    customerId: `${prefix}${i}`,
    transactions: Array.from({ length: k }, (_, j) => ({ timestamp: new Date(fromMs + DAY + j * 20 * DAY) })),
  }));
}

/** |observed − p| ≤ z·√(p(1 − p)/n): a binomial count's normal-approximation interval. */
function expectBinomial(successes: number, trials: number, p: number, z = 4.5): void {
  const sd = Math.sqrt((p * (1 - p)) / trials);
  const observed = successes / trials;
  expect(
    Math.abs(observed - p),
    `observed ${successes}/${trials} = ${observed}, p = ${p}, allowed ${z}·${sd}`,
  ).toBeLessThanOrEqual(z * sd + 1e-12);
}

const total = (
  events: readonly SimulatedRelationshipEvents[],
  list: keyof Omit<SimulatedRelationshipEvents, "customerId">,
) => events.reduce((s, e) => s + e[list].length, 0);

describe("simulateRelationshipEvents", () => {
  it("follows every purchase with a failure and a complaint when both rates are 1 (the doc example)", () => {
    const [events] = simulateRelationshipEvents(
      [{ customerId: "0001", transactions: [{ timestamp: "1997-01-01" }, { timestamp: "1997-03-05" }] }],
      {
        seed: 19,
        from: "1997-01-01",
        asOf: "1998-06-30",
        rates: { failurePerPurchase: 1, complaintAfterMinor: 1, complaintAfterMajor: 1 },
      },
    );
    expect(events?.serviceFailures.length).toBe(2);
    expect(events?.complaints.length).toBe(2);
    const first = events!.serviceFailures[0]!.timestamp.getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse("1997-01-01"));
    expect(first).toBeLessThanOrEqual(Date.parse("1997-01-04"));
  });

  it("is deterministic: the same inputs give the same events, another seed other events", () => {
    const input = customers(50, 10);
    const a = simulateRelationshipEvents(input, { seed: 7, from, asOf });
    expect(simulateRelationshipEvents(input, { seed: 7, from, asOf })).toEqual(a);
    expect(simulateRelationshipEvents(input, { seed: 8, from, asOf })).not.toEqual(a);
  });

  it("gives a customer the same events whatever other customers are simulated and in whatever order (keyed by seed and id)", () => {
    const pool = customers(40, 8);
    const settings = { seed: 2027, from, asOf } as const;
    const alone = new Map(pool.map((c) => [String(c.customerId), simulateRelationshipEvents([c], settings)[0]]));
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 1 }), (subset) => {
        const events = simulateRelationshipEvents(subset, settings);
        events.forEach((e, i) => {
          expect(e.customerId).toBe(String(subset[i]!.customerId));
          expect(e).toEqual(alone.get(e.customerId));
        });
      }),
      { numRuns: 25 },
    );
  });

  it("reads numeric ids as their decimal string, and a record's purchase order does not matter", () => {
    const t = ["2023-03-01", "2023-06-01", "2023-02-01"].map((timestamp) => ({ timestamp }));
    const [a] = simulateRelationshipEvents([{ customerId: 12, transactions: t }], { seed: 1, from, asOf });
    const [b] = simulateRelationshipEvents([{ customerId: "12", transactions: [...t].reverse() }], {
      seed: 1,
      from,
      asOf,
    });
    expect(a).toEqual(b);
  });

  it("makes events that CustomerRecordSchema accepts, in time order, all inside the window", () => {
    const events = simulateRelationshipEvents(customers(300, 12), {
      seed: 5,
      from,
      asOf,
      currency: "USD",
      rates: { failurePerPurchase: 0.3, surveyPerPurchase: 0.5 },
    });
    for (const e of events) {
      const record = parseInput("test", CustomerRecordSchema, { ...e, transactions: [] });
      expect(record.complaints).toEqual(e.complaints);
      const times = [
        ...e.serviceFailures.map((x) => x.timestamp),
        ...e.complaints.flatMap((x) => (x.resolvedAt === undefined ? [x.openedAt] : [x.openedAt, x.resolvedAt])),
        ...e.incidents.map((x) => x.timestamp),
        ...e.interactions.map((x) => x.timestamp),
        ...e.surveyResponses.map((x) => x.timestamp),
        ...e.bonds.flatMap((x) => (x.end === undefined ? [x.start] : [x.start, x.end])),
      ].map((d) => d.getTime());
      for (const t of times) {
        expect(t).toBeGreaterThanOrEqual(fromMs);
        expect(t).toBeLessThanOrEqual(asOfMs);
      }
      const sorted = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);
      expect(sorted(e.serviceFailures.map((x) => x.timestamp.getTime()))).toBe(true);
      expect(sorted(e.complaints.map((x) => x.openedAt.getTime()))).toBe(true);
      expect(sorted(e.interactions.map((x) => x.timestamp.getTime()))).toBe(true);
      expect(sorted(e.surveyResponses.map((x) => x.timestamp.getTime()))).toBe(true);
      expect(sorted(e.bonds.map((x) => x.start.getTime()))).toBe(true);
      for (const b of e.bonds) if (b.kind === "trade-in-offer") expect(b.currency).toBe("USD");
    }
    expect(new Set(events.flatMap((e) => e.complaints.map((c) => c.outcome)))).toEqual(
      new Set(["unresolved", "resolved", "resolved-quickly"]),
    );
  });

  it("leaves a complaint unresolved at asOf when its resolution would fall after asOf", () => {
    // One purchase a day before asOf, certain failure and complaint, resolved (never quickly) in 30 days.
    const events = simulateRelationshipEvents(
      [{ customerId: "late", transactions: [{ timestamp: new Date(asOfMs - 5 * DAY) }] }],
      {
        seed: 3,
        from,
        asOf,
        rates: {
          failurePerPurchase: 1,
          complaintAfterMinor: 1,
          complaintAfterMajor: 1,
          resolvedQuicklyShare: 0,
          resolvedShare: 1,
          slowResolutionMinDays: 30,
        },
      },
    );
    expect(events[0]?.complaints).toEqual([expect.objectContaining({ outcome: "unresolved" })]);
    expect(events[0]?.complaints[0]?.resolvedAt).toBeUndefined();
  });

  it("recovers the per-purchase rates on large samples, within 4.5 binomial standard errors (failures, complaints, surveys)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1e9 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (seed, p, q) => {
          const events = simulateRelationshipEvents(customers(400, 10), {
            seed,
            from,
            asOf,
            rates: { failurePerPurchase: p, complaintAfterMinor: q, complaintAfterMajor: q, surveyPerPurchase: q },
          });
          const failures = total(events, "serviceFailures");
          expectBinomial(failures, 4000, p);
          expectBinomial(total(events, "complaints"), failures, q);
          expectBinomial(total(events, "surveyResponses"), 4000, q);
          const major = events.reduce((s, e) => s + e.serviceFailures.filter((f) => f.severity === "major").length, 0);
          expectBinomial(major, failures, defaultRelationshipEventRates.majorFailureShare);
        },
      ),
      { numRuns: 12 },
    );
  });

  it("recovers the per-customer rates (incidents, competitor offers, points programs) and the complaint outcome shares", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (seed, p) => {
        const n = 3000;
        const events = simulateRelationshipEvents(customers(n, 3), {
          seed,
          from,
          asOf,
          rates: {
            abuseIncident: p,
            competitorOffer: p,
            pointsProgram: p,
            touchpointsPerYear: 0,
            failurePerPurchase: 1,
            complaintAfterMinor: 1,
            complaintAfterMajor: 1,
            resolvedQuicklyShare: p / 2,
            resolvedShare: p / 2,
          },
        });
        const count = (f: (e: SimulatedRelationshipEvents) => boolean) => events.filter(f).length;
        expectBinomial(
          count((e) => e.incidents.some((i) => i.kind === "abuse")),
          n,
          p,
        );
        expectBinomial(
          count((e) => e.interactions.some((i) => i.kind === "competitor-offer")),
          n,
          p,
        );
        expectBinomial(
          count((e) => e.bonds.some((b) => b.kind === "points-program")),
          n,
          p,
        );
        const complaints = events.flatMap((e) => e.complaints);
        // Purchases end 40 days into two years, so every resolution (≤ 30 days) falls before asOf.
        expectBinomial(complaints.filter((c) => c.outcome === "resolved-quickly").length, complaints.length, p / 2);
        expectBinomial(complaints.filter((c) => c.outcome === "unresolved").length, complaints.length, 1 - p);
      }),
      { numRuns: 8 },
    );
  });

  it("draws touchpoints as a Poisson process: the count over many customers is within 4.5 standard deviations of rate × span", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.double({ min: 0.5, max: 20, noNaN: true }), (seed, rate) => {
        // No purchases: every customer's span is the whole window, 731 days.
        const n = 500;
        const input = Array.from({ length: n }, (_, i) => ({ customerId: `p${i}`, transactions: [] }));
        const events = simulateRelationshipEvents(input, {
          seed,
          from,
          asOf,
          rates: { touchpointsPerYear: rate, competitorOffer: 0 },
        });
        const mean = (n * rate * 731) / 365;
        expect(Math.abs(total(events, "interactions") - mean)).toBeLessThanOrEqual(4.5 * Math.sqrt(mean));
      }),
      { numRuns: 10 },
    );
  });

  it("draws nothing optional when every rate is 0", () => {
    const zero = Object.fromEntries(Object.keys(defaultRelationshipEventRates).map((k) => [k, 0]));
    const events = simulateRelationshipEvents(customers(100, 5), { seed: 1, from, asOf, rates: zero });
    for (const list of [
      "serviceFailures",
      "complaints",
      "incidents",
      "interactions",
      "surveyResponses",
      "bonds",
    ] as const)
      expect(total(events, list)).toBe(0);
  });

  it("keeps each kind of event on its own substream: changing the failure rate leaves bonds, incidents and touchpoints as they were", () => {
    const input = customers(100, 6);
    const a = simulateRelationshipEvents(input, { seed: 9, from, asOf });
    const b = simulateRelationshipEvents(input, { seed: 9, from, asOf, rates: { failurePerPurchase: 0.5 } });
    expect(b.map((e) => e.bonds)).toEqual(a.map((e) => e.bonds));
    expect(b.map((e) => e.incidents)).toEqual(a.map((e) => e.incidents));
    expect(b.map((e) => e.interactions)).toEqual(a.map((e) => e.interactions));
    expect(b.map((e) => e.serviceFailures)).not.toEqual(a.map((e) => e.serviceFailures));
  });

  it("does not mutate its inputs (deep-frozen customers and options)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), (seed) => {
        const input = customers(5, 4);
        const options = { seed, from, asOf, rates: { failurePerPurchase: 0.5 } };
        const before = JSON.stringify([input, options]);
        for (const c of input) {
          for (const t of c.transactions) Object.freeze(t);
          Object.freeze(c.transactions);
          Object.freeze(c);
        }
        Object.freeze(options.rates);
        simulateRelationshipEvents(Object.freeze(input), Object.freeze(options));
        expect(JSON.stringify([input, options])).toBe(before);
      }),
      { numRuns: 10 },
    );
  });

  it("rejects bad options with their paths: asOf not after from, missing asOf, rates out of range or inconsistent, unknown keys", () => {
    const c = customers(1, 1);
    const paths = (options: unknown) =>
      issuePaths(expectClienteleError(() => simulateRelationshipEvents(c, options as never), "invalid_input"));
    expect(paths({ seed: 1, from, asOf: from })).toEqual(["options.asOf"]);
    expect(paths({ seed: 1, from })).toEqual(["options.asOf"]);
    expect(paths({ seed: 1, from: "1900-01-01", asOf })).toEqual(["options.asOf"]);
    expect(paths({ seed: -1, from, asOf })).toEqual(["options.seed"]);
    expect(paths({ seed: 1, from, asOf, rates: { failurePerPurchase: 1.5 } })).toEqual([
      "options.rates.failurePerPurchase",
    ]);
    expect(paths({ seed: 1, from, asOf, rates: { resolvedQuicklyShare: 0.7, resolvedShare: 0.5 } })).toEqual([
      "options.rates.resolvedShare",
    ]);
    expect(paths({ seed: 1, from, asOf, rates: { slowResolutionMinDays: 40 } })).toEqual([
      "options.rates.slowResolutionMaxDays",
    ]);
    expect(paths({ seed: 1, from, asOf, rates: { typo: 1 } })).toEqual(["options.rates"]); // zod reports unknown keys at the object
  });

  it("rejects customers without an id, with a bad purchase time, or repeated", () => {
    const settings = { seed: 1, from, asOf };
    const bad = expectClienteleError(
      () =>
        simulateRelationshipEvents(
          [
            { customerId: "", transactions: [] },
            { customerId: "b", transactions: [{ timestamp: "2024-13-01" }] },
          ],
          settings,
        ),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual(["customers[0].customerId", "customers[1].transactions[0].timestamp"]);
    const repeated = expectClienteleError(
      () => simulateRelationshipEvents([...customers(2, 1), { customerId: "c1", transactions: [] }], settings),
      "invalid_input",
    );
    expect(issuePaths(repeated)).toEqual(["customers[2].customerId"]);
    expect(simulateRelationshipEvents([], settings)).toEqual([]);
  });
});
