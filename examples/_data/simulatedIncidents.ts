/**
 * Simulated service events for the termination and lifecycle examples, the demo and their benchmarks:
 * the CDNOW sample has no incidents, service contacts, complaints or corrections, so each customer gets
 * a reproducible, made-up set of them, drawn with a fixed seed (mulberry32, keyed by seed and customer,
 * so one customer's events do not depend on which other customers are drawn). This is example code,
 * not part of the package; the figures it makes are illustrations, not data.
 */
import type { Complaint, Incident, Interaction, Transaction } from "../../src/customers/index.ts";

/** The seed the demo, the examples and the benchmarks use. */
export const INCIDENTS_SEED = 1212;

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

/** One customer's simulated service events, as validated records hold them (oldest first). */
export interface SimulatedServiceEvents {
  /** Service contacts (`"call"`, `"email"`), and `"correction-offered"` when the firm tried a correction. */
  readonly interactions: Interaction[];
  /** Abuse, policy violations, fraud and core-value violations, with the staff hours they took. */
  readonly incidents: Incident[];
  /** Complaints, some still unresolved. */
  readonly complaints: Complaint[];
}

const DAY = 86_400_000;
const dayOf = (t: number) => new Date(Math.floor(t / DAY) * DAY);
const byTime = <T extends { timestamp: Date }>(a: T, b: T) => a.timestamp.getTime() - b.timestamp.getTime();

/**
 * Draws one customer's service events between `from` and `to` (ms): 0–5 service calls and 0–2 emails;
 * a policy violation (0.5–6 staff hours) for 8% of customers; abuse for 4% (1–3 incidents of 1–4 hours),
 * half of whom were offered a conduct agreement after their first incident; a price correction for 3%
 * of the others; fraud for 0.4% and a core-value violation for 0.3%; a complaint for 10%, a second for
 * a fifth of those, 40% of complaints unresolved. Deterministic in (seed, index).
 */
export function simulateServiceEvents(
  customerId: string,
  index: number,
  options: { readonly seed: number; readonly from: number; readonly to: number },
): SimulatedServiceEvents {
  const u = mulberry32((options.seed * 0x9e3779b1) ^ (index * 0xc2b2ae35));
  const span = options.to - options.from;
  const at = (lo = 0, hi = 1) => dayOf(options.from + (lo + u() * (hi - lo)) * span);
  const interactions: Interaction[] = [];
  const incidents: Incident[] = [];
  const complaints: Complaint[] = [];
  const contact = (kind: string, channel: string, timestamp: Date, topic?: string) =>
    interactions.push({
      customerId,
      timestamp,
      kind,
      channel,
      direction: kind === "correction-offered" ? "outbound" : "inbound",
      ...(topic === undefined ? {} : { topic }),
    });
  const calls = Math.floor(u() * 6);
  for (let k = 0; k < calls; k++) contact("call", "phone", at());
  const emails = Math.floor(u() * 3);
  for (let k = 0; k < emails; k++) contact("email", "email", at());
  const incident = (kind: Incident["kind"], timestamp: Date, staffHours: number) =>
    incidents.push({ customerId, timestamp, kind, staffHours: Math.round(staffHours * 2) / 2 });
  if (u() < 0.08) incident("policy-violation", at(), 0.5 + u() * 5.5);
  if (u() < 0.04) {
    const n = 1 + Math.floor(u() * 3);
    const first = at(0.2, 0.6);
    incident("abuse", first, 1 + u() * 3);
    const corrected = u() < 0.5;
    if (corrected) contact("correction-offered", "email", dayOf(first.getTime() + 14 * DAY), "conduct-agreement");
    for (let k = 1; k < n; k++) incident("abuse", at(0.6, 1), 1 + u() * 3);
  } else if (u() < 0.03) {
    contact("correction-offered", "email", at(0.3, 0.8), "price-adjustment");
  }
  if (u() < 0.004) incident("fraud", at(), 2 + u() * 6);
  if (u() < 0.003) incident("core-value-violation", at(), 1 + u() * 4);
  const complaintsDrawn = u() < 0.1 ? (u() < 0.2 ? 2 : 1) : 0;
  for (let k = 0; k < complaintsDrawn; k++) {
    const openedAt = at();
    if (u() < 0.4) complaints.push({ customerId, openedAt, severity: "minor", outcome: "unresolved" });
    else {
      const quick = u() < 0.5;
      const resolvedAt = new Date(openedAt.getTime() + (quick ? 1 : 5 + Math.floor(u() * 20)) * DAY);
      complaints.push({
        customerId,
        openedAt,
        resolvedAt,
        severity: u() < 0.3 ? "major" : "minor",
        outcome: quick ? "resolved-quickly" : "resolved",
      });
    }
  }
  interactions.sort(byTime);
  incidents.sort(byTime);
  complaints.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  return { interactions, incidents, complaints };
}

/**
 * Draws `count` purchases between `from` and `to` (ms), oldest first, each of amount 5–120 with a cost of
 * 55–95% of it — for the benchmarks, whose customers need transactions with costs.
 */
export function simulatePurchases(
  customerId: string,
  index: number,
  count: number,
  options: { readonly seed: number; readonly from: number; readonly to: number },
): Transaction[] {
  const u = mulberry32((options.seed * 0x27d4eb2f) ^ (index * 0x165667b1));
  const out: Transaction[] = [];
  for (let k = 0; k < count; k++) {
    const amount = Math.round((5 + u() * 115) * 100) / 100;
    const cost = Math.round(amount * (0.55 + u() * 0.4) * 100) / 100;
    out.push({ customerId, timestamp: dayOf(options.from + u() * (options.to - options.from)), amount, cost });
  }
  return out.sort(byTime);
}
