/**
 * Simulated service events for the retention example, demo and benchmark: the CDNOW sample has
 * purchases only, so each customer gets a reproducible, made-up set of interactions (some of them a
 * competitor's offer), complaints (some still open) and CSAT survey responses, drawn with a fixed seed
 * (mulberry32, keyed by seed and customer index, so a customer's events do not depend on which other
 * customers are drawn). Example code, not part of the package; the figures are illustrations, not data.
 */
import type { ComplaintInput, InteractionInput, SurveyResponseInput } from "../../src/customers/index.ts";

/** The seed the demo, the example and the benchmark use. */
export const RETENTION_SEED = 1212;

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

/** One customer's simulated service events (inputs for `groupByCustomer` / the parse functions). */
export interface SimulatedRetentionEvents {
  /** Touchpoints: a `competitor-offer` for 15% of customers, a `visit` for 40%. */
  readonly interactions: InteractionInput[];
  /** A complaint for 15% of customers: 40% of them still open, the rest resolved in 1–20 days. */
  readonly complaints: ComplaintInput[];
  /** 0–3 CSAT responses (`instrument: "csat"`, item `overall`, 1–5), a third of the repeat responders' last one 2 points lower. */
  readonly surveyResponses: SurveyResponseInput[];
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(Math.floor(t / DAY) * DAY).toISOString();

/**
 * Draws one customer's events between `from` and `to` (ms), sorted by date within each list.
 * Deterministic in (seed, index).
 */
export function simulateRetentionEvents(
  customerId: string,
  index: number,
  options: { readonly seed: number; readonly from: number; readonly to: number },
): SimulatedRetentionEvents {
  const u = mulberry32((options.seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
  const span = options.to - options.from;
  const when = () => options.from + u() * span;
  const interactions: InteractionInput[] = [];
  if (u() < 0.4)
    interactions.push({ customerId, timestamp: iso(when()), kind: "visit", channel: "store", direction: "inbound" });
  if (u() < 0.15) {
    interactions.push({
      customerId,
      timestamp: iso(when()),
      kind: "competitor-offer",
      channel: "phone",
      direction: "inbound",
    });
  }
  interactions.sort((a, b) => Date.parse(a.timestamp as string) - Date.parse(b.timestamp as string));
  const complaints: ComplaintInput[] = [];
  if (u() < 0.15) {
    const opened = when();
    if (u() < 0.4) {
      complaints.push({ customerId, openedAt: iso(opened), severity: "major", outcome: "unresolved" });
    } else {
      const days = 1 + Math.floor(u() * 20);
      complaints.push({
        customerId,
        openedAt: iso(opened),
        resolvedAt: iso(opened + days * DAY),
        severity: "minor",
        outcome: days <= 3 ? "resolved-quickly" : "resolved",
      });
    }
  }
  const surveyResponses: SurveyResponseInput[] = [];
  const n = Math.floor(u() * 4);
  const mean = 3 + Math.floor(u() * 3);
  const drops = n >= 2 && u() < 1 / 3;
  const times = Array.from({ length: n }, when).sort((a, b) => a - b);
  times.forEach((t, i) => {
    const score = drops && i === n - 1 ? Math.max(1, mean - 2) : mean;
    surveyResponses.push({ customerId, timestamp: iso(t), instrument: "csat", scores: { overall: score } });
  });
  return { interactions, complaints, surveyResponses };
}
