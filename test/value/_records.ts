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
