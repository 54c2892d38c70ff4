/**
 * Simulated service events for the examples, the demo and the benchmarks: the CDNOW sample has no service
 * failures, complaints, incidents or touchpoints, so each customer gets a reproducible, made-up history of
 * them, drawn with a fixed seed (mulberry32, keyed by seed and customer index, so a customer's events do
 * not depend on which other customers are drawn). The events are drawn independently of the customer's
 * later purchases: they carry no effect on repurchase. This is example code, not part of the package; the
 * figures it makes are illustrations, not data.
 */
import type {
  ComplaintInput,
  ComplaintOutcome,
  IncidentInput,
  IncidentKind,
  InteractionInput,
  ServiceFailureInput,
  Severity,
} from "../../src/customers/index.ts";

/** The seed the demo and the example use. */
export const SERVICE_EVENTS_SEED = 2027;

/** mulberry32: a small 32-bit seeded generator (uniform in [0, 1)). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rates of the simulation; every field has a default (see {@link defaultServiceEventRates}). */
export interface ServiceEventRates {
  /** Probability that a purchase is followed by a service failure (within 3 days). */
  readonly failurePerPurchase: number;
  /** Share of failures that are major. */
  readonly majorShare: number;
  /** Probability that a customer complains about a minor / major failure. */
  readonly complaint: { readonly minor: number; readonly major: number };
  /** How complaints end: shares summing to 1. */
  readonly outcomes: Readonly<Record<ComplaintOutcome, number>>;
  /** Days to resolution: [min, max] for quick and for ordinary resolutions. */
  readonly resolutionDays: { readonly quick: readonly [number, number]; readonly slow: readonly [number, number] };
  /** Probability per customer of each incident kind over the period. */
  readonly incidents: Readonly<Record<IncidentKind, number>>;
  /** Staff hours an incident takes: [min, max]. */
  readonly staffHours: readonly [number, number];
  /** Expected touchpoints per customer over the period (calls, newsletters, visits). */
  readonly interactions: number;
  /** Probability per customer that a competitor offer is noted (an inbound interaction of kind `"competitor-offer"`). */
  readonly competitorOffer: number;
}

/** The defaults: made-up, plausible orders of magnitude. */
export const defaultServiceEventRates: ServiceEventRates = {
  failurePerPurchase: 0.08,
  majorShare: 0.3,
  complaint: { minor: 0.3, major: 0.6 },
  outcomes: { "resolved-quickly": 0.45, resolved: 0.35, unresolved: 0.2 },
  resolutionDays: { quick: [0, 2], slow: [3, 30] },
  incidents: { abuse: 0.01, fraud: 0.003, "policy-violation": 0.01, "core-value-violation": 0.002 },
  staffHours: [0.5, 12],
  interactions: 3,
  competitorOffer: 0.05,
};

/** One customer's simulated events (inputs for `groupByCustomer`), ISO timestamps. */
export interface SimulatedServiceEvents {
  readonly serviceFailures: ServiceFailureInput[];
  readonly complaints: ComplaintInput[];
  readonly incidents: IncidentInput[];
  readonly interactions: InteractionInput[];
}

/** Options of {@link simulateServiceEvents}. */
export interface SimulateServiceEventsOptions {
  /** The seed. */
  readonly seed: number;
  /** Start and end of the period, epoch ms. */
  readonly from: number;
  readonly to: number;
  /** The customer's purchase times (epoch ms): failures follow purchases. Without them, failures fall uniformly in the period, 4 × failurePerPurchase a year on average (as for a customer buying 4 times a year). */
  readonly purchases?: readonly number[] | undefined;
  /** Rates overriding the defaults. */
  readonly rates?: Partial<ServiceEventRates> | undefined;
}

const DAY = 86_400_000;
const KINDS: readonly IncidentKind[] = ["abuse", "fraud", "policy-violation", "core-value-violation"];
const TOUCHPOINTS = [
  ["call", "phone", "outbound"],
  ["newsletter", "email", "outbound"],
  ["visit", "store", "inbound"],
] as const;

/**
 * Draws one customer's service failures (after purchases), complaints about some of them with outcomes
 * and `resolvedAt`, incidents with kinds and staff hours, and touchpoints including competitor offers.
 * Deterministic in (seed, index); events after `to` are not drawn, and a resolution after `to` leaves
 * the complaint unresolved.
 */
export function simulateServiceEvents(
  customerId: string,
  index: number,
  options: SimulateServiceEventsOptions,
): SimulatedServiceEvents {
  const rates = { ...defaultServiceEventRates, ...options.rates };
  const u = mulberry32((options.seed * 0x9e3779b1) ^ (index * 0x85ebca6b) ^ 0x5bd1e995);
  const { from, to } = options;
  const iso = (t: number) => new Date(t).toISOString();
  const uniform = (lo: number, hi: number) => lo + u() * (hi - lo);
  const out: SimulatedServiceEvents = { serviceFailures: [], complaints: [], incidents: [], interactions: [] };
  const failureTimes: number[] = [];
  if (options.purchases !== undefined) {
    for (const p of options.purchases)
      if (u() < rates.failurePerPurchase) failureTimes.push(p + Math.floor(u() * 3 * DAY));
  } else {
    const years = (to - from) / (365 * DAY);
    const expected = rates.failurePerPurchase * 4 * years;
    for (let k = 0; k < 10; k++) if (u() < expected / 10) failureTimes.push(uniform(from, to));
    failureTimes.sort((a, b) => a - b);
  }
  for (const t of failureTimes) {
    if (t > to) continue;
    const severity: Severity = u() < rates.majorShare ? "major" : "minor";
    out.serviceFailures.push({ customerId, timestamp: iso(t), severity });
    if (u() >= rates.complaint[severity]) continue;
    const openedAt = t + Math.floor(u() * DAY);
    if (openedAt > to) continue;
    const r = u();
    const o = rates.outcomes;
    const outcome: ComplaintOutcome =
      r < o["resolved-quickly"]
        ? "resolved-quickly"
        : r < o["resolved-quickly"] + o.resolved
          ? "resolved"
          : "unresolved";
    const [lo, hi] = outcome === "resolved-quickly" ? rates.resolutionDays.quick : rates.resolutionDays.slow;
    const resolvedAt = openedAt + Math.round(uniform(lo, hi) * 24) * (DAY / 24);
    if (outcome === "unresolved" || resolvedAt > to) {
      out.complaints.push({ customerId, openedAt: iso(openedAt), severity, outcome: "unresolved" });
    } else {
      out.complaints.push({ customerId, openedAt: iso(openedAt), resolvedAt: iso(resolvedAt), severity, outcome });
    }
  }
  for (const kind of KINDS) {
    if (u() < rates.incidents[kind]) {
      const staffHours = Math.round(uniform(rates.staffHours[0], rates.staffHours[1]) * 2) / 2;
      out.incidents.push({ customerId, timestamp: iso(uniform(from, to)), kind, staffHours });
    }
  }
  const touchpoints: InteractionInput[] = [];
  const n = Math.floor(u() * (2 * rates.interactions + 1));
  for (let k = 0; k < n; k++) {
    const [kind, channel, direction] = TOUCHPOINTS[Math.floor(u() * TOUCHPOINTS.length)]!;
    touchpoints.push({ customerId, timestamp: iso(uniform(from, to)), kind, channel, direction });
  }
  if (u() < rates.competitorOffer) {
    touchpoints.push({
      customerId,
      timestamp: iso(uniform(from, to)),
      kind: "competitor-offer",
      channel: u() < 0.5 ? "phone" : "email",
      direction: "inbound",
      topic: "price",
    });
  }
  touchpoints.sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
  out.interactions.push(...touchpoints);
  out.incidents.sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
  return out;
}
