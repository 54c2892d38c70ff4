import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import { TYPE_RANK } from "./replayMember.ts";

/**
 * A ledger's events grouped by member, each member's in canonical order.
 *
 * @internal
 */
export interface GroupedEvents {
  /** Member ids, in order of first appearance. */
  readonly ids: readonly string[];
  /** Member m's events are `order[offsets[m]..offsets[m + 1])`. */
  readonly offsets: Int32Array;
  /** Event indexes. */
  readonly order: Int32Array;
  /** Each event's timestamp in epoch milliseconds. */
  readonly times: Float64Array;
}

/**
 * Groups events by member (a counting sort, one pass) and puts each member's events in canonical order:
 * by time, then accrual < redemption < expiry, then an accrual's own `expiresAt` (earlier first), then
 * position. Already-ordered members (the usual case) are only checked.
 *
 * @internal
 */
export function groupMembers(events: readonly LoyaltyEvent[]): GroupedEvents {
  const n = events.length;
  const index = new Map<string, number>();
  const ids: string[] = [];
  const memberOf = new Int32Array(n);
  const times = new Float64Array(n);
  let counts = new Int32Array(1024);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    times[i] = e.timestamp.getTime();
    let m = index.get(e.customerId);
    if (m === undefined) {
      m = ids.length;
      index.set(e.customerId, m);
      ids.push(e.customerId);
      if (m >= counts.length) {
        const bigger = new Int32Array(counts.length * 2);
        bigger.set(counts);
        counts = bigger;
      }
    }
    memberOf[i] = m;
    counts[m]!++;
  }
  const members = ids.length;
  const offsets = new Int32Array(members + 1);
  for (let m = 0; m < members; m++) offsets[m + 1] = offsets[m]! + counts[m]!;
  const fill = offsets.slice(0, members);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[memberOf[i]!]!++] = i;
  const key = (a: number, b: number): number => {
    const dt = times[a]! - times[b]!;
    if (dt !== 0) return dt;
    const ea = events[a]!;
    const eb = events[b]!;
    const dr = TYPE_RANK[ea.type] - TYPE_RANK[eb.type];
    if (dr !== 0) return dr;
    const xa = ea.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const xb = eb.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
    if (xa !== xb) return xa < xb ? -1 : 1;
    return a - b;
  };
  for (let m = 0; m < members; m++) {
    const from = offsets[m]!;
    const to = offsets[m + 1]!;
    let sorted = true;
    for (let i = from + 1; i < to && sorted; i++) {
      const dt = times[order[i - 1]!]! - times[order[i]!]!;
      if (dt > 0 || (dt === 0 && key(order[i - 1]!, order[i]!) > 0)) sorted = false;
    }
    if (!sorted) order.subarray(from, to).sort(key);
  }
  return { ids, offsets, order, times };
}
