import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";

/**
 * The record's purchase instants (ms) on or before `asOfMs`, ascending, with each purchase's amount at
 * the same index. Records list purchases oldest first; an unsorted list is sorted here (by time, stable).
 *
 * @internal
 */
export function purchasesUpTo(
  record: CustomerRecord,
  asOfMs: number,
): { readonly times: number[]; readonly amounts: number[] } {
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
