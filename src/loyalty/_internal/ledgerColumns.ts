import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import type { LoyaltyLedger } from "../LoyaltyLedger.ts";
import { memberEvents } from "./checkReplay.ts";

/** Event type codes of {@link LedgerColumns.types}; their order is the canonical order at equal times. @internal */
export const ACCRUAL = 0;
/** @internal */
export const REDEMPTION = 1;
/** @internal */
export const EXPIRY = 2;

const TYPE_CODE = { accrual: ACCRUAL, redemption: REDEMPTION, expiry: EXPIRY } as const;

/**
 * A ledger's events as columns, grouped by member in canonical order: what every replay reads, built
 * once per ledger (the events never change), so a replay reads typed arrays in sequence, with no `Map`
 * lookup, `Date` or event object per event.
 *
 * @internal
 */
export interface LedgerColumns {
  /** Member ids, in order of first appearance; a member's index is its position here. */
  readonly ids: readonly string[];
  /** Member index of each id. */
  readonly memberIndex: ReadonlyMap<string, number>;
  /** Member m's events are at positions `offsets[m]..offsets[m + 1]` of the columns below. */
  readonly offsets: Int32Array;
  /** Per position: the event's index in the ledger's `events`. */
  readonly index: Int32Array;
  /** Per position: the event's timestamp in epoch milliseconds. */
  readonly times: Float64Array;
  /** Per position: {@link ACCRUAL}, {@link REDEMPTION} or {@link EXPIRY}. */
  readonly types: Uint8Array;
  /** Per position: the event's points. */
  readonly points: Float64Array;
  /** Per position: an accrual's qualifying credits (`qualifyingCredits`, else its points); 0 otherwise. */
  readonly credits: Float64Array;
  /** Per position: an accrual's own `expiresAt` in epoch milliseconds, `Infinity` when none. */
  readonly expiries: Float64Array;
}

/**
 * Builds the columns of `events` (see {@link ColumnsBuilder}). O(n) plus the sort of members whose events
 * are out of order.
 *
 * @internal
 */
export function buildColumns(events: readonly LoyaltyEvent[]): LedgerColumns {
  const builder = new ColumnsBuilder(events.length);
  for (let i = 0; i < events.length; i++) builder.add(events[i]!);
  return builder.finish();
}

/**
 * Builds {@link LedgerColumns} from events added one by one in recording order (so a parser can add each
 * event while it is fresh in memory): interns member ids to indexes, then groups the events by member
 * with a counting sort and puts each member's events in canonical order: by time, then accrual <
 * redemption < expiry, then an accrual's own `expiresAt` (earlier first), then position. Already-ordered
 * members (the usual case) are only checked.
 *
 * @internal
 */
export class ColumnsBuilder {
  private readonly memberIndex = new Map<string, number>();
  private readonly ids: string[] = [];
  // In recording order; permuted into canonical order by finish().
  private readonly member: Int32Array;
  private readonly times: Float64Array;
  private readonly types: Uint8Array;
  private readonly points: Float64Array;
  private readonly credits: Float64Array;
  private readonly expiries: Float64Array;
  private counts = new Int32Array(1024);
  private n = 0;
  private lastId = "";
  private last = -1;

  /** A builder for `n` events. */
  constructor(n: number) {
    this.member = new Int32Array(n);
    this.times = new Float64Array(n);
    this.types = new Uint8Array(n);
    this.points = new Float64Array(n);
    this.credits = new Float64Array(n);
    this.expiries = new Float64Array(n);
  }

  /** Adds the next event. */
  add(e: LoyaltyEvent): void {
    const i = this.n++;
    const id = e.customerId;
    let m = this.last;
    // Hosts' logs often hold a member's events together: skip the lookup when the id repeats.
    if (id !== this.lastId || m < 0) {
      const found = this.memberIndex.get(id);
      if (found === undefined) {
        m = this.ids.length;
        this.memberIndex.set(id, m);
        this.ids.push(id);
        if (m >= this.counts.length) {
          const bigger = new Int32Array(this.counts.length * 2);
          bigger.set(this.counts);
          this.counts = bigger;
        }
      } else m = found;
      this.lastId = id;
      this.last = m;
    }
    this.member[i] = m;
    this.counts[m]!++;
    this.times[i] = e.timestamp.getTime();
    const type = TYPE_CODE[e.type];
    this.types[i] = type;
    this.points[i] = e.points;
    if (type === ACCRUAL) {
      this.credits[i] = e.qualifyingCredits ?? e.points;
      this.expiries[i] = e.expiresAt === undefined ? Number.POSITIVE_INFINITY : e.expiresAt.getTime();
    } else this.expiries[i] = Number.POSITIVE_INFINITY;
  }

  /** The columns of the events added (all `n` of them). */
  finish(): LedgerColumns {
    const { ids, memberIndex, member, times, types, points, credits, expiries, counts } = this;
    const n = this.n;
    const members = ids.length;
    const offsets = new Int32Array(members + 1);
    for (let m = 0; m < members; m++) offsets[m + 1] = offsets[m]! + counts[m]!;
    const fill = offsets.slice(0, members);
    const index = new Int32Array(n);
    for (let i = 0; i < n; i++) index[fill[member[i]!]!++] = i;
    const key = (a: number, b: number): number =>
      times[a]! - times[b]! || types[a]! - types[b]! || compareExpiry(expiries[a]!, expiries[b]!) || a - b;
    for (let m = 0; m < members; m++) {
      const from = offsets[m]!;
      const to = offsets[m + 1]!;
      let sorted = true;
      for (let i = from + 1; i < to && sorted; i++) sorted = key(index[i - 1]!, index[i]!) < 0;
      if (!sorted) index.subarray(from, to).sort(key);
    }
    return {
      ids,
      memberIndex,
      offsets,
      index,
      times: permute(times, index),
      types: permute(types, index),
      points: permute(points, index),
      credits: permute(credits, index),
      expiries: permute(expiries, index),
    };
  }
}

/** `values` read at `index`: `out[k] = values[index[k]]`. */
function permute<A extends Float64Array | Uint8Array>(values: A, index: Int32Array): A {
  const out = new (values.constructor as new (n: number) => A)(index.length);
  for (let k = 0; k < index.length; k++) out[k] = values[index[k]!]!;
  return out;
}

function compareExpiry(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Columns of the ledgers seen so far (a ledger is immutable, so its columns never go stale). */
const cache = new WeakMap<LoyaltyLedger, LedgerColumns>();

/**
 * The columns of a ledger: those recorded when it was made, else built now and kept (a ledger made by
 * another copy of the library, or by an append that checked one member only).
 *
 * @internal
 */
export function ledgerColumns(ledger: LoyaltyLedger): LedgerColumns {
  let columns = cache.get(ledger);
  if (columns === undefined) {
    columns = buildColumns(ledger.events);
    cache.set(ledger, columns);
  }
  return columns;
}

/**
 * Records the columns of a new ledger (built from exactly its events), so replays need not rebuild them.
 *
 * @internal
 */
export function keepColumns(ledger: LoyaltyLedger, columns: LedgerColumns): void {
  cache.set(ledger, columns);
}

/** Member indexes sorted by id, per columns (computed on first use). */
const byId = new WeakMap<LedgerColumns, Int32Array>();

/**
 * The member indexes of `columns` in order of their ids (code-unit order, as `<` compares strings).
 *
 * @internal
 */
export function membersById(columns: LedgerColumns): Int32Array {
  let sorted = byId.get(columns);
  if (sorted === undefined) {
    // The default sort compares strings by code units without calling back into JavaScript.
    const names = columns.ids.slice().sort();
    sorted = new Int32Array(names.length);
    for (let k = 0; k < names.length; k++) sorted[k] = columns.memberIndex.get(names[k]!)!;
    byId.set(columns, sorted);
  }
  return sorted;
}

/**
 * The columns to replay one member from, and the member's index in them (−1: no events): the ledger's
 * own columns when it has them, else the columns of that member's events alone (an O(n) scan, as cheap
 * as one lookup gets without them).
 *
 * @internal
 */
export function memberColumns(
  ledger: LoyaltyLedger,
  customerId: string,
): { readonly columns: LedgerColumns; readonly member: number } {
  const kept = cache.get(ledger);
  if (kept !== undefined) return { columns: kept, member: kept.memberIndex.get(customerId) ?? -1 };
  const mine = memberEvents(ledger.events, customerId).events;
  return { columns: buildColumns(mine), member: mine.length === 0 ? -1 : 0 };
}
