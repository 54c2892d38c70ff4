/**
 * Simulated bond instruments for the examples, the demo and the bonds benchmark: the CDNOW sample has
 * no bonds, so each customer gets a reproducible, made-up set of financial, social and structural ties,
 * a satisfaction and a variety-seeking score, drawn with a fixed seed (mulberry32, keyed by seed and
 * customer, so a customer's bonds do not depend on which other customers are drawn). This is example
 * code, not part of the package; the figures it makes are illustrations, not data.
 */
import type { BondInstrumentInput } from "../../src/customers/index.ts";

/** The seed the demo and the example use. */
export const BONDS_SEED = 2026;

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

/** A customer's simulated ties: bond instruments, satisfaction and variety seeking in [0, 1]. */
export interface SimulatedCustomerBonds {
  /** The customer's bond instruments (inputs for `parseBondInstruments`). */
  readonly bonds: BondInstrumentInput[];
  /** Satisfaction in [0, 1]. */
  readonly satisfaction: number;
  /** Variety seeking in [0, 1]. */
  readonly varietySeeking: number;
}

const DAY = 86_400_000;

/**
 * Draws one customer's bonds between `from` and `to` (ms): a points program for 60%, a trade-in offer
 * worth $20–$200 for 15%, a club or membership for 30% of points members and 10% of the others, a
 * personal contact for 10%, and an integrated ordering link for 5%; a fifth of the instruments ended
 * before `to`. Deterministic in (seed, index).
 */
export function simulateCustomerBonds(
  customerId: string,
  index: number,
  options: { readonly seed: number; readonly from: number; readonly to: number },
): SimulatedCustomerBonds {
  const u = mulberry32((options.seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
  const span = options.to - options.from;
  const day = (t: number) => new Date(Math.floor(t / DAY) * DAY).toISOString().slice(0, 10);
  const bonds: BondInstrumentInput[] = [];
  const add = (level: BondInstrumentInput["level"], kind: string, extra: Partial<BondInstrumentInput> = {}) => {
    const start = options.from + u() * span * 0.8;
    const ended = u() < 0.2;
    const end = ended ? start + u() * (options.to - start) : undefined;
    bonds.push({
      customerId,
      level,
      kind,
      start: day(start),
      ...(end === undefined || day(end) < day(start) ? {} : { end: day(end) }),
      ...extra,
    });
  };
  const member = u() < 0.6;
  if (member) add("financial", "points-program");
  if (u() < 0.15) add("financial", "trade-in-offer", { value: Math.round(20 + u() * 180), currency: "USD" });
  if (u() < (member ? 0.3 : 0.1)) add("social", u() < 0.5 ? "club" : "membership");
  if (u() < 0.1) add("social", "personal-contact");
  if (u() < 0.05) add("structural", "integrated-system");
  return { bonds, satisfaction: u(), varietySeeking: u() };
}
