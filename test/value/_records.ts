// Record builders for the clientele/value tests (test-only helpers, not a mirror of a src file).
import type { CustomerRecord } from "../../src/customers/index.ts";

type Tx = { at: string; amount: number; cost?: number; channel?: string; currency?: string };

/** A validated-shape record with the given transactions and interactions (other lists empty unless given). */
export function record(
  customerId: string,
  txs: readonly Tx[],
  extra: Partial<Omit<CustomerRecord, "customerId" | "transactions">> & {
    readonly kinds?: readonly [string, string][];
  } = {},
): CustomerRecord {
  const { kinds, ...rest } = extra;
  return {
    customerId,
    transactions: txs.map((t) => ({
      customerId,
      timestamp: new Date(t.at),
      amount: t.amount,
      ...(t.cost === undefined ? {} : { cost: t.cost }),
      ...(t.channel === undefined ? {} : { channel: t.channel }),
      ...(t.currency === undefined ? {} : { currency: t.currency }),
    })),
    interactions: (kinds ?? []).map(([at, kind]) => ({
      customerId,
      timestamp: new Date(at),
      kind,
      channel: "phone",
      direction: "inbound" as const,
    })),
    serviceFailures: [],
    complaints: [],
    surveyResponses: [],
    incidents: [],
    bonds: [],
    loyaltyEvents: [],
    ...rest,
  };
}

/** A small seeded generator (mulberry32), for test data only. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ["web", "store", "phone", undefined] as const;
const KINDS = ["delivery", "return", "call", "visit"] as const;

/**
 * A seeded base of `n` records using every priced activity: transactions (some without cost, some with a
 * channel), interactions of four kinds, service failures, complaints, incidents; segments on some
 * customers. Instants spread over 2025–2026, so a window cuts some events off.
 */
export function seededRecords(n: number, seed: number): CustomerRecord[] {
  const rand = seeded(seed);
  const start = Date.UTC(2025, 0, 1);
  const span = 2 * 365 * 86_400_000;
  const at = () => new Date(start + Math.floor(rand() * span));
  const out: CustomerRecord[] = [];
  for (let c = 0; c < n; c++) {
    const customerId = `c${c}`;
    const txs = Array.from({ length: Math.floor(rand() * 6) }, () => {
      const amount = Math.round(rand() * 20_000) / 100;
      const channel = CHANNELS[Math.floor(rand() * 4)];
      return {
        customerId,
        timestamp: at(),
        amount,
        ...(rand() < 0.25 ? {} : { cost: Math.round(amount * rand() * 100) / 100 }),
        ...(channel === undefined ? {} : { channel }),
        currency: "EUR",
      };
    });
    const interactions = Array.from({ length: Math.floor(rand() * 4) }, () => ({
      customerId,
      timestamp: at(),
      kind: KINDS[Math.floor(rand() * 4)]!,
      channel: "phone",
      direction: "inbound" as const,
    }));
    const serviceFailures = Array.from({ length: Math.floor(rand() * 2) }, () => ({ customerId, timestamp: at() }));
    const complaints = Array.from({ length: Math.floor(rand() * 2) }, () => ({ customerId, openedAt: at() }));
    const incidents = Array.from({ length: Math.floor(rand() * 2) }, () => ({
      customerId,
      timestamp: at(),
      staffHours: Math.round(rand() * 40) / 4,
    }));
    out.push({
      customerId,
      ...(rand() < 0.5 ? { customer: { id: customerId, segment: rand() < 0.5 ? "retail" : "trade" } } : {}),
      transactions: txs,
      interactions,
      serviceFailures,
      complaints,
      surveyResponses: [],
      incidents,
      bonds: [],
      loyaltyEvents: [],
    } as unknown as CustomerRecord);
  }
  return out;
}

/**
 * The same base as columns, events in record order; instants as epoch milliseconds (`"ms"`), `Date`s or
 * ISO strings; a missing cost as NaN.
 */
export function columnsOfRecords(records: readonly CustomerRecord[], time: "ms" | "date" | "iso" = "ms") {
  const when = (d: Date) => (time === "ms" ? d.getTime() : time === "date" ? d : d.toISOString());
  const key = time === "ms" ? "timestampMs" : "timestamp";
  const opened = time === "ms" ? "openedAtMs" : "openedAt";
  const tx = records.flatMap((r) => r.transactions);
  const it = records.flatMap((r) => r.interactions);
  const sf = records.flatMap((r) => r.serviceFailures);
  const co = records.flatMap((r) => r.complaints);
  const inc = records.flatMap((r) => r.incidents);
  return {
    customers: {
      customerId: records.map((r) => r.customerId),
      segment: records.map((r) => r.customer?.segment),
    },
    transactions: {
      customerId: tx.map((t) => t.customerId),
      [key]: tx.map((t) => when(t.timestamp)),
      amount: Float64Array.from(tx, (t) => t.amount),
      cost: Float64Array.from(tx, (t) => t.cost ?? Number.NaN),
      channel: tx.map((t) => t.channel),
      currency: tx.map((t) => t.currency),
    },
    interactions: {
      customerId: it.map((e) => e.customerId),
      [key]: it.map((e) => when(e.timestamp)),
      kind: it.map((e) => e.kind),
    },
    serviceFailures: { customerId: sf.map((e) => e.customerId), [key]: sf.map((e) => when(e.timestamp)) },
    complaints: { customerId: co.map((e) => e.customerId), [opened]: co.map((e) => when(e.openedAt)) },
    incidents: {
      customerId: inc.map((e) => e.customerId),
      [key]: inc.map((e) => when(e.timestamp)),
      staffHours: inc.map((e) => e.staffHours),
    },
  } as never;
}
