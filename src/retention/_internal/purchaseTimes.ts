import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import type { SwitchingRiskFacts } from "../SwitchingRiskFacts.ts";

/**
 * The record's purchase instants (ms) on or before `asOf`, ascending, with each purchase's amount at
 * the same index. Records list purchases oldest first; an unsorted list is sorted here (by time, stable).
 *
 * @internal
 */
export function purchasesUpTo(facts: SwitchingRiskFacts): Purchases {
  // Three rules read the same facts in a row (one assessment): the last answer is kept, by the facts
  // object and its date, so a record assessed again (a new facts object) is always read afresh.
  const asOfMs = facts.asOf.getTime();
  if (facts === lastFacts && asOfMs === lastAsOf) return last;
  last = collect(facts.record, asOfMs);
  lastFacts = facts;
  lastAsOf = asOfMs;
  return last;
}

/** Purchase instants and amounts, aligned (treated as read-only by the rules). */
export interface Purchases {
  readonly times: readonly number[];
  readonly amounts: readonly number[];
}

let lastFacts: SwitchingRiskFacts | undefined;
let lastAsOf = Number.NaN;
let last: Purchases = { times: [], amounts: [] };

function collect(record: CustomerRecord, asOfMs: number): Purchases {
  const txs = record.transactions;
  const times: number[] = [];
  const amounts: number[] = [];
  let sorted = true;
  for (let i = 0; i < txs.length; i++) {
    const t = txs[i]!.timestamp.getTime();
    if (t > asOfMs) continue;
    if (times.length > 0 && t < times[times.length - 1]!) sorted = false;
    times.push(t);
    amounts.push(txs[i]!.amount);
  }
  if (sorted) return { times, amounts };
  const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
  return { times: order.map((i) => times[i]!), amounts: order.map((i) => amounts[i]!) };
}
