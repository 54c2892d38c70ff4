import { DAY_MS } from "../../_lib/civilCalendar.ts";
import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import type { CostToServeCalculator } from "../../value/createCostToServe.ts";

/**
 * What a customer brought and cost in a period (from, to].
 *
 * @internal
 */
export interface WindowTotals {
  /** Distinct UTC calendar days with a transaction. */
  readonly purchases: number;
  /** Σ amount. */
  readonly revenue: number;
  /** Σ (amount − cost), `amount × grossMarginRate` for a transaction without cost. */
  readonly grossMargin: number;
  /** `costToServe` of the period (0 without a cost-driver table). */
  readonly serviceCost: number;
  /** Σ staff hours of the period's incidents. */
  readonly staffHours: number;
  /** Abuse incidents in the period. */
  readonly abuseIncidents: number;
}

/**
 * Sums a record's transactions and incidents dated in (fromMs, toMs], and prices its service over the
 * same period with `costToServe` of `clientele/value` (the one activity-based cost to serve). The record
 * was read by `readRecordEvents` and every transaction in the period has a `cost` or `grossMarginRate`
 * is a number (the caller checked). O(events).
 *
 * @internal
 */
export function measureWindow(
  record: CustomerRecord,
  fromMs: number,
  toMs: number,
  costOf: CostToServeCalculator | null,
  grossMarginRate: number | null,
): WindowTotals {
  let revenue = 0;
  let grossMargin = 0;
  let purchases = 0;
  let lastDay = Number.NaN;
  let unordered: Set<number> | undefined;
  const txs = record.transactions;
  for (let i = 0; i < txs.length; i++) {
    const t = txs[i]!;
    const ms = t.timestamp.getTime();
    if (ms <= fromMs || ms > toMs) continue;
    revenue += t.amount;
    grossMargin += t.cost === undefined ? t.amount * (grossMarginRate as number) : t.amount - t.cost;
    const day = Math.floor(ms / DAY_MS);
    if (unordered !== undefined) unordered.add(day);
    else if (Number.isNaN(lastDay) || day > lastDay) {
      purchases++;
      lastDay = day;
    } else if (day < lastDay) {
      // Out of time order (a hand-made record): count distinct days with a set from here on.
      unordered = new Set(distinctDaysSoFar(txs, i, fromMs, toMs));
      unordered.add(day);
    }
  }
  if (unordered !== undefined) purchases = unordered.size;
  let staffHours = 0;
  let abuseIncidents = 0;
  for (const e of record.incidents) {
    const ms = e.timestamp.getTime();
    if (ms <= fromMs || ms > toMs) continue;
    staffHours += e.staffHours;
    if (e.kind === "abuse") abuseIncidents++;
  }
  // costToServe counts from ≤ t < to; the windows here are (from, to]: shift both ends by 1 ms.
  const serviceCost =
    costOf === null
      ? 0
      : costOf(record, {
          ...(fromMs === Number.NEGATIVE_INFINITY ? {} : { from: new Date(fromMs + 1) }),
          to: new Date(toMs + 1),
        }).total;
  return { purchases, revenue, grossMargin, serviceCost, staffHours, abuseIncidents };
}

/** The UTC days of the period's transactions before index `end`. */
function distinctDaysSoFar(txs: CustomerRecord["transactions"], end: number, fromMs: number, toMs: number): number[] {
  const days: number[] = [];
  for (let j = 0; j < end; j++) {
    const ms = txs[j]!.timestamp.getTime();
    if (ms > fromMs && ms <= toMs) days.push(Math.floor(ms / DAY_MS));
  }
  return days;
}
