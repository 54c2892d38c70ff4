import { CachedShift } from "../../_lib/shiftTime.ts";
import type { LoyaltyDuration, LoyaltyProgram } from "../LoyaltyProgramSchema.ts";
import { ACCRUAL, type LedgerColumns, REDEMPTION } from "./ledgerColumns.ts";

/**
 * A program reduced to what the replay reads, built once per call.
 *
 * @internal
 */
export interface CompiledProgram {
  /** 0 never, 1 rolling from last activity, 2 fixed per lot. */
  readonly expiryKind: 0 | 1 | 2;
  readonly expiryAfter: LoyaltyDuration | undefined;
  readonly tierNames: readonly string[];
  readonly thresholds: Float64Array;
  readonly retainThresholds: Float64Array;
  readonly window: LoyaltyDuration | undefined;
}

/** @internal */
export function compileProgram(program: LoyaltyProgram): CompiledProgram {
  const expiry = program.expiry ?? { kind: "never" };
  const ladder = program.tiers?.ladder ?? [];
  return {
    expiryKind: expiry.kind === "never" ? 0 : expiry.kind === "rolling" ? 1 : 2,
    expiryAfter: expiry.kind === "never" ? undefined : expiry.after,
    tierNames: ladder.map((t) => t.name),
    thresholds: Float64Array.from(ladder, (t) => t.threshold),
    retainThresholds: Float64Array.from(ladder, (t) => t.retainThreshold ?? t.threshold),
    window: program.tiers?.window,
  };
}

/**
 * One change of tier found by the replay.
 *
 * @internal
 */
export interface TierChangeRecord {
  readonly at: number;
  readonly from: number;
  readonly to: number;
  readonly change: "promotion" | "requalification" | "retention" | "demotion";
  readonly credits: number;
}

/**
 * What to record beside the totals (each costs allocations, so only the single-member functions ask).
 *
 * @internal
 */
export interface ReplayTrace {
  /** Lapses of points past their expiry, `[time, points]` in time order. */
  lapses?: number[];
  /** Tier changes. */
  history?: TierChangeRecord[];
  /** Live lots at the end, `[accruedAt, expiry (Infinity when none), points]`. */
  lots?: number[];
}

/**
 * Replays members of one ledger, one at a time, and holds the state of the last member replayed. One
 * replayer serves every member of a call: its lot buffers are reused, and a replay allocates nothing
 * (unless a trace is asked for).
 *
 * Each member's events are read in canonical order (the order of {@link LedgerColumns}: by time, then
 * accrual < redemption < expiry, then a lot's own expiry) up to `asOf` (inclusive), in one pass. Lots are
 * consumed first in, first out: a redemption takes the oldest live lots; an expiry event first takes
 * points already past their expiry, then the oldest live lots. Before the events at time t, points whose
 * expiry is at or before t lapse, and tier reviews due before t run.
 *
 * Tiers: qualifying credits (an accrual's `qualifyingCredits`, else its points) are summed over the
 * window (t − window, t]. After each accrual, reaching a higher tier's threshold promotes the member and
 * sets the review one window later; reaching the current tier's threshold again (requalification) moves
 * the review to one window after it. At a review the member keeps the highest tier at or below the
 * current one whose retain threshold the window's credits reach (retention when it is the current one,
 * demotion otherwise; no tier below the lowest), and the next review is one window later.
 *
 * @internal
 */
export class MemberReplayer {
  /** Points accrued up to `asOf`. */
  accrued = 0;
  /** Points redeemed up to `asOf`. */
  redeemed = 0;
  /** Points recorded as expired up to `asOf`. */
  expired = 0;
  /** Points past their expiry by the end, not (yet) recorded by an expiry event. */
  lapsed = 0;
  /** Points in live lots. */
  live = 0;
  tierIndex = -1;
  tierSince = Number.NaN;
  reviewAt = Number.POSITIVE_INFINITY;
  /** Qualifying credits in the window ending at `asOf` (the sum of all credits when `asOf` is infinite). */
  credits = 0;
  /** The last accrual or redemption replayed (−Infinity when none). */
  lastActivity = Number.NEGATIVE_INFINITY;
  /** Index (into the ledger's events) of the first redemption or expiry that overdraws, or −1. */
  failedEvent = -1;
  /** The points it could draw on at that moment. */
  failedAvailable = 0;

  private readonly program: CompiledProgram;
  private readonly columns: LedgerColumns;
  /** + the expiry rule's `after` (identity when the program's points never expire). */
  private readonly expiryShift: CachedShift | undefined;
  /** − and + the tier window. */
  private readonly windowBack: CachedShift | undefined;
  private readonly windowForward: CachedShift | undefined;
  private lotTime = new Float64Array(64);
  private lotExpiry = new Float64Array(64);
  private lotLeft = new Float64Array(64);
  private accTime = new Float64Array(64);
  private accCredit = new Float64Array(64);
  private lots = 0;
  private head = 0;
  private minExpiry = Number.POSITIVE_INFINITY;
  /** When every live point lapses under a rolling rule (last activity + `after`), else Infinity. */
  private deadline = Number.POSITIVE_INFINITY;
  private accs = 0;
  private windowLo = 0;
  private windowSum = 0;
  private lapses: number[] | undefined = undefined;
  private history: TierChangeRecord[] | undefined = undefined;

  constructor(program: CompiledProgram, columns: LedgerColumns) {
    this.program = program;
    this.columns = columns;
    const { expiryAfter, window } = program;
    this.expiryShift = expiryAfter === undefined ? undefined : new CachedShift(expiryAfter, 1);
    this.windowBack = window === undefined ? undefined : new CachedShift(window, -1);
    this.windowForward = window === undefined ? undefined : new CachedShift(window, 1);
  }

  /**
   * Replays member `m` (an index into the columns' members, −1 for one with no events) up to `asOf`
   * (inclusive; `Infinity` for all time). With `stopAtFailure` the replay stops at the first overdraw
   * (its place in `failedEvent`); else an overdraw is skipped. The results are in the replayer's fields
   * until the next call.
   */
  replay(m: number, asOf: number, stopAtFailure: boolean, trace?: ReplayTrace): void {
    const { offsets, index: eventIndex, times, types, points: pointsOf, credits: creditsOf, expiries } = this.columns;
    // m = −1: a member with no events.
    const from = m < 0 ? 0 : offsets[m]!;
    const to = m < 0 ? 0 : offsets[m + 1]!;
    this.reset(to - from, trace);
    const { expiryKind, window } = this.program;
    for (let i = from; i < to; i++) {
      const t = times[i]!;
      if (t > asOf) break;
      if (this.live > 0) this.lapseUntil(t);
      if (this.reviewAt < t) this.reviewUntil(t, false);
      const type = types[i]!;
      const points = pointsOf[i]!;
      if (type === ACCRUAL) {
        let expiry = expiries[i]!;
        if (expiryKind === 2) {
          const fixed = this.expiryShift!.apply(t);
          if (fixed < expiry) expiry = fixed;
        }
        const k = this.lots++;
        this.lotTime[k] = t;
        this.lotExpiry[k] = expiry;
        this.lotLeft[k] = points;
        if (expiry < this.minExpiry) this.minExpiry = expiry;
        this.live += points;
        this.accrued += points;
        this.touch(t);
        if (window !== undefined) this.qualify(t, creditsOf[i]!);
      } else if (type === REDEMPTION) {
        if (points > this.live) {
          if (this.fail(eventIndex[i]!, this.live, stopAtFailure)) break;
          continue;
        }
        this.consume(points);
        this.redeemed += points;
        this.touch(t);
      } else {
        if (points > this.lapsed + this.live) {
          if (this.fail(eventIndex[i]!, this.lapsed + this.live, stopAtFailure)) break;
          continue;
        }
        const fromLapsed = Math.min(points, this.lapsed);
        this.lapsed -= fromLapsed;
        if (points > fromLapsed) this.consume(points - fromLapsed);
        this.expired += points;
      }
    }
    if (asOf < Number.POSITIVE_INFINITY) {
      this.lapseUntil(asOf);
      if (window !== undefined) {
        this.reviewUntil(asOf, true);
        this.credits = this.creditsAt(asOf);
      } else this.credits = this.windowSum;
    } else this.credits = this.windowSum;
    const lots = trace?.lots;
    if (lots !== undefined)
      for (let k = this.head; k < this.lots; k++)
        if (this.lotLeft[k]! > 0) lots.push(this.lotTime[k]!, this.lotExpiry[k]!, this.lotLeft[k]!);
  }

  private reset(events: number, trace: ReplayTrace | undefined): void {
    if (events > this.lotTime.length) {
      const size = Math.max(events, this.lotTime.length * 2);
      this.lotTime = new Float64Array(size);
      this.lotExpiry = new Float64Array(size);
      this.lotLeft = new Float64Array(size);
      this.accTime = new Float64Array(size);
      this.accCredit = new Float64Array(size);
    }
    this.accrued = 0;
    this.redeemed = 0;
    this.expired = 0;
    this.lapsed = 0;
    this.live = 0;
    this.tierIndex = -1;
    this.tierSince = Number.NaN;
    this.reviewAt = Number.POSITIVE_INFINITY;
    this.credits = 0;
    this.lastActivity = Number.NEGATIVE_INFINITY;
    this.failedEvent = -1;
    this.failedAvailable = 0;
    this.lots = 0;
    this.head = 0;
    this.minExpiry = Number.POSITIVE_INFINITY;
    this.deadline = Number.POSITIVE_INFINITY;
    this.accs = 0;
    this.windowLo = 0;
    this.windowSum = 0;
    this.lapses = trace?.lapses;
    this.history = trace?.history;
  }

  /** Records an accrual or redemption at t (it restarts a rolling rule's clock). */
  private touch(t: number): void {
    this.lastActivity = t;
    if (this.program.expiryKind === 1) this.deadline = this.expiryShift!.apply(t);
  }

  /** Records the first overdraw; whether the replay stops there. */
  private fail(index: number, available: number, stopAtFailure: boolean): boolean {
    if (this.failedEvent < 0) {
      this.failedEvent = index;
      this.failedAvailable = available;
    }
    return stopAtFailure;
  }

  private rescanMinExpiry(): void {
    let min = Number.POSITIVE_INFINITY;
    const left = this.lotLeft;
    const expiry = this.lotExpiry;
    for (let k = this.head; k < this.lots; k++) if (left[k]! > 0 && expiry[k]! < min) min = expiry[k]!;
    this.minExpiry = min;
  }

  /** Lapses every live point whose expiry is at or before t. */
  private lapseUntil(t: number): void {
    if (this.live === 0) return;
    const deadline = this.deadline;
    const limit = Math.min(deadline, t);
    if (this.minExpiry <= limit) {
      const left = this.lotLeft;
      const expiry = this.lotExpiry;
      for (let k = this.head; k < this.lots; k++) {
        const l = left[k]!;
        if (l > 0 && expiry[k]! <= limit) {
          left[k] = 0;
          this.live -= l;
          this.lapsed += l;
          this.lapses?.push(expiry[k]!, l);
        }
      }
      this.rescanMinExpiry();
    }
    if (deadline <= t && this.live > 0) {
      this.lotLeft.fill(0, this.head, this.lots);
      this.head = this.lots;
      this.lapsed += this.live;
      this.lapses?.push(deadline, this.live);
      this.live = 0;
      this.minExpiry = Number.POSITIVE_INFINITY;
    }
  }

  /** Qualifying credits in the window (t − window, t]; drops the accruals that left it. */
  private creditsAt(t: number): number {
    const start = this.windowBack!.apply(t);
    while (this.windowLo < this.accs && this.accTime[this.windowLo]! <= start)
      this.windowSum -= this.accCredit[this.windowLo++]!;
    return this.windowSum;
  }

  /** Adds an accrual's credits at t, and promotes or requalifies the member if they reach a threshold. */
  private qualify(t: number, credit: number): void {
    const k = this.accs++;
    this.accTime[k] = t;
    this.accCredit[k] = credit;
    this.windowSum += credit;
    const credits = this.creditsAt(t);
    const thresholds = this.program.thresholds;
    const tier = this.tierIndex;
    let reached = tier;
    while (reached + 1 < thresholds.length && thresholds[reached + 1]! <= credits) reached++;
    if (reached >= 0 && (reached > tier || thresholds[tier]! <= credits)) {
      this.history?.push({
        at: t,
        from: tier,
        to: reached,
        change: reached > tier ? "promotion" : "requalification",
        credits,
      });
      if (reached > tier) this.tierSince = t;
      this.tierIndex = reached;
      this.reviewAt = this.windowForward!.apply(t);
    }
  }

  /** Runs the reviews due strictly before t (or at or before t when `inclusive`). */
  private reviewUntil(t: number, inclusive: boolean): void {
    const retain = this.program.retainThresholds;
    while (inclusive ? this.reviewAt <= t : this.reviewAt < t) {
      const at = this.reviewAt;
      const credits = this.creditsAt(at);
      const tier = this.tierIndex;
      let kept = tier;
      while (kept >= 0 && retain[kept]! > credits) kept--;
      this.history?.push({ at, from: tier, to: kept, change: kept === tier ? "retention" : "demotion", credits });
      if (kept !== tier) this.tierSince = at;
      this.tierIndex = kept;
      this.reviewAt = kept >= 0 ? this.windowForward!.apply(at) : Number.POSITIVE_INFINITY;
    }
  }

  /** Consumes `points` first in, first out from the live lots (the caller checked there are enough). */
  private consume(points: number): void {
    const left = this.lotLeft;
    let need = points;
    let scan = false;
    let head = this.head;
    while (need > 0) {
      const l = left[head]!;
      if (l <= need) {
        need -= l;
        left[head] = 0;
        if (this.lotExpiry[head] === this.minExpiry) scan = true;
        head++;
      } else {
        left[head] = l - need;
        need = 0;
      }
    }
    this.head = head;
    this.live -= points;
    if (scan) this.rescanMinExpiry();
  }
}
