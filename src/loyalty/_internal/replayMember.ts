import type { LoyaltyEvent } from "../../customers/LoyaltyEventSchema.ts";
import type { LoyaltyDuration, LoyaltyProgram } from "../LoyaltyProgramSchema.ts";
import { shiftTime } from "./shiftTime.ts";

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
 * The state of one member after a replay.
 *
 * @internal
 */
export interface MemberReplay {
  accrued: number;
  redeemed: number;
  expired: number;
  /** Points past their expiry by the end, not (yet) recorded by an expiry event. */
  lapsed: number;
  /** Points in live lots. */
  live: number;
  tierIndex: number;
  tierSince: number;
  reviewAt: number;
  credits: number;
  /** The last accrual or redemption replayed (−Infinity when none). */
  lastActivity: number;
  /** Index (into the ledger's events) of the first redemption or expiry that overdraws, or −1. */
  failedEvent: number;
  /** The points it could draw on at that moment. */
  failedAvailable: number;
}

/** Growable scratch buffers, reused across members. */
let lotTime = new Float64Array(64);
let lotExpiry = new Float64Array(64);
let lotLeft = new Float64Array(64);
let accTime = new Float64Array(64);
let accCredit = new Float64Array(64);

function grow(n: number): void {
  if (n <= lotTime.length) return;
  const size = Math.max(n, lotTime.length * 2);
  lotTime = new Float64Array(size);
  lotExpiry = new Float64Array(size);
  lotLeft = new Float64Array(size);
  accTime = new Float64Array(size);
  accCredit = new Float64Array(size);
}

/** Event type ranks for the canonical order at equal timestamps. @internal */
export const TYPE_RANK = { accrual: 0, redemption: 1, expiry: 2 } as const;

/**
 * Replays one member's events in canonical order (`order[from..to)` are indexes into `events`, sorted by
 * time, then accrual < redemption < expiry, then a lot's own expiry) up to `asOf` (inclusive), in one
 * pass. Lots are consumed first in, first out: a redemption takes the oldest live lots; an expiry event
 * first takes points already past their expiry, then the oldest live lots. Before the events at time t,
 * points whose expiry is at or before t lapse, and tier reviews due before t run.
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
export function replayMember(
  program: CompiledProgram,
  events: readonly LoyaltyEvent[],
  times: Float64Array,
  order: Int32Array,
  from: number,
  to: number,
  asOf: number,
  stopAtFailure: boolean,
  trace?: ReplayTrace,
): MemberReplay {
  grow(to - from);
  const { expiryKind, expiryAfter, thresholds, retainThresholds, window } = program;
  const tiers = thresholds.length;
  const lapses = trace?.lapses;
  const history = trace?.history;
  let lots = 0;
  let head = 0;
  let live = 0;
  let lapsed = 0;
  let accrued = 0;
  let redeemed = 0;
  let expired = 0;
  let lastActivity = Number.NEGATIVE_INFINITY;
  let minExpiry = Number.POSITIVE_INFINITY;
  let accs = 0;
  let windowLo = 0;
  let windowSum = 0;
  let tier = -1;
  let tierSince = Number.NaN;
  let reviewAt = Number.POSITIVE_INFINITY;
  let failedEvent = -1;
  let failedAvailable = 0;

  const rescanMinExpiry = (): void => {
    minExpiry = Number.POSITIVE_INFINITY;
    for (let k = head; k < lots; k++) if (lotLeft[k]! > 0 && lotExpiry[k]! < minExpiry) minExpiry = lotExpiry[k]!;
  };
  // Lapse every live point whose expiry is at or before t.
  const lapseUntil = (t: number): void => {
    if (live === 0) return;
    const deadline = expiryKind === 1 ? shiftTime(lastActivity, expiryAfter!, 1) : Number.POSITIVE_INFINITY;
    const limit = Math.min(deadline, t);
    if (minExpiry <= limit) {
      for (let k = head; k < lots; k++) {
        const left = lotLeft[k]!;
        if (left > 0 && lotExpiry[k]! <= limit) {
          lotLeft[k] = 0;
          live -= left;
          lapsed += left;
          if (lapses !== undefined) lapses.push(lotExpiry[k]!, left);
        }
      }
      rescanMinExpiry();
    }
    if (deadline <= t && live > 0) {
      for (let k = head; k < lots; k++) lotLeft[k] = 0;
      head = lots;
      lapsed += live;
      if (lapses !== undefined) lapses.push(deadline, live);
      live = 0;
      minExpiry = Number.POSITIVE_INFINITY;
    }
  };
  const creditsAt = (t: number): number => {
    const start = shiftTime(t, window!, -1);
    while (windowLo < accs && accTime[windowLo]! <= start) windowSum -= accCredit[windowLo++]!;
    return windowSum;
  };
  // Reviews due strictly before t (or at or before t when `inclusive`).
  const reviewUntil = (t: number, inclusive: boolean): void => {
    while (inclusive ? reviewAt <= t : reviewAt < t) {
      const at = reviewAt;
      const credits = creditsAt(at);
      let kept = tier;
      while (kept >= 0 && retainThresholds[kept]! > credits) kept--;
      if (history !== undefined)
        history.push({ at, from: tier, to: kept, change: kept === tier ? "retention" : "demotion", credits });
      if (kept !== tier) tierSince = at;
      tier = kept;
      reviewAt = tier >= 0 ? shiftTime(at, window!, 1) : Number.POSITIVE_INFINITY;
    }
  };
  // Consume `points` first in, first out from the live lots (the caller checked there are enough).
  const consume = (points: number): void => {
    let need = points;
    let scan = false;
    while (need > 0) {
      const left = lotLeft[head]!;
      if (left <= need) {
        need -= left;
        lotLeft[head] = 0;
        if (lotExpiry[head] === minExpiry) scan = true;
        head++;
      } else {
        lotLeft[head] = left - need;
        need = 0;
      }
    }
    live -= points;
    if (scan) rescanMinExpiry();
  };

  for (let i = from; i < to; i++) {
    const index = order[i]!;
    const t = times[index]!;
    if (t > asOf) break;
    const event = events[index]!;
    lapseUntil(t);
    if (window !== undefined) reviewUntil(t, false);
    const points = event.points;
    if (event.type === "accrual") {
      let expiry = event.expiresAt === undefined ? Number.POSITIVE_INFINITY : event.expiresAt.getTime();
      if (expiryKind === 2) {
        const fixed = shiftTime(t, expiryAfter!, 1);
        if (fixed < expiry) expiry = fixed;
      }
      lotTime[lots] = t;
      lotExpiry[lots] = expiry;
      lotLeft[lots] = points;
      lots++;
      if (expiry < minExpiry) minExpiry = expiry;
      live += points;
      accrued += points;
      lastActivity = t;
      if (window !== undefined) {
        const credit = event.qualifyingCredits ?? points;
        accTime[accs] = t;
        accCredit[accs] = credit;
        accs++;
        windowSum += credit;
        const credits = creditsAt(t);
        let reached = tier;
        while (reached + 1 < tiers && thresholds[reached + 1]! <= credits) reached++;
        if (reached >= 0 && (reached > tier || thresholds[tier]! <= credits)) {
          if (history !== undefined)
            history.push({
              at: t,
              from: tier,
              to: reached,
              change: reached > tier ? "promotion" : "requalification",
              credits,
            });
          if (reached > tier) tierSince = t;
          tier = reached;
          reviewAt = shiftTime(t, window, 1);
        }
      }
    } else if (event.type === "redemption") {
      if (points > live) {
        if (failedEvent < 0) {
          failedEvent = index;
          failedAvailable = live;
        }
        if (stopAtFailure) break;
        continue;
      }
      consume(points);
      redeemed += points;
      lastActivity = t;
    } else {
      if (points > lapsed + live) {
        if (failedEvent < 0) {
          failedEvent = index;
          failedAvailable = lapsed + live;
        }
        if (stopAtFailure) break;
        continue;
      }
      const fromLapsed = Math.min(points, lapsed);
      lapsed -= fromLapsed;
      if (points > fromLapsed) consume(points - fromLapsed);
      expired += points;
    }
  }
  if (asOf < Number.POSITIVE_INFINITY) {
    lapseUntil(asOf);
    if (window !== undefined) reviewUntil(asOf, true);
  }
  const credits = window !== undefined && asOf < Number.POSITIVE_INFINITY ? creditsAt(asOf) : windowSum;
  if (trace?.lots !== undefined)
    for (let k = head; k < lots; k++) if (lotLeft[k]! > 0) trace.lots.push(lotTime[k]!, lotExpiry[k]!, lotLeft[k]!);
  return {
    accrued,
    redeemed,
    expired,
    lapsed,
    live,
    tierIndex: tier,
    tierSince,
    reviewAt,
    credits,
    lastActivity,
    failedEvent,
    failedAvailable,
  };
}
