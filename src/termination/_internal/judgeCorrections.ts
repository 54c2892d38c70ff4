import { DAY_MS } from "../../_lib/civilCalendar.ts";
import type { TerminationFacts } from "../TerminationFacts.ts";
import { measureWindow } from "./measureWindow.ts";

/**
 * How a correction turned out, judged on the period from it to the next correction (or `asOf`).
 *
 * @internal
 */
export interface CorrectionVerdict {
  /** When the correction was made (ISO string, for evidence). */
  readonly timestamp: string;
  /** Its lever. */
  readonly lever: string;
  /** `failed` (behaviour or economics did not change), `held`, or `pending` (too early to judge the economics). */
  readonly verdict: "failed" | "held" | "pending";
  /** Why it failed (empty when it did not). */
  readonly reasons: readonly string[];
  /** Days from the correction to the end of its period. */
  readonly days: number;
  /** Abuse incidents after it. */
  readonly abuseIncidents: number;
  /** Staff hours after it. */
  readonly staffHours: number;
  /** Net contribution (gross margin − service cost) after it. */
  readonly netContribution: number;
}

/** The thresholds that say a correction failed. @internal */
export interface CorrectionThresholds {
  readonly reviewDays: number;
  readonly abuseIncidentsAfter: number;
  readonly staffHoursAfter: number;
}

/**
 * Judges every correction in `facts.corrections` (oldest first): it failed when, in the period after it
 * (to the next correction or `asOf`), the customer was abusive again (`abuseIncidentsAfter`), took
 * `staffHoursAfter` staff hours or more, or — once `reviewDays` have passed — still brought a negative
 * net contribution; it is pending when fewer than `reviewDays` passed and nothing failed; else it held.
 *
 * @internal
 */
export function judgeCorrections(facts: TerminationFacts, t: CorrectionThresholds): CorrectionVerdict[] {
  const asOfMs = facts.asOf.getTime();
  const list = facts.corrections;
  const out: CorrectionVerdict[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    const from = c.timestamp.getTime();
    const to = i + 1 < list.length ? list[i + 1]!.timestamp.getTime() : asOfMs;
    const w = measureWindow(facts.record, from, to, facts.costDrivers, facts.grossMarginRate);
    const days = (to - from) / DAY_MS;
    const net = w.grossMargin - w.serviceCost;
    const reasons: string[] = [];
    if (w.abuseIncidents >= t.abuseIncidentsAfter) reasons.push(`${w.abuseIncidents} abusive incident(s) after it`);
    if (w.staffHours >= t.staffHoursAfter) reasons.push(`${w.staffHours} staff hours after it`);
    const reviewed = days >= t.reviewDays;
    if (reviewed && net < 0) reasons.push(`net contribution ${round2(net)} after it`);
    out.push({
      timestamp: c.timestamp.toISOString(),
      lever: c.lever,
      verdict: reasons.length > 0 ? "failed" : reviewed ? "held" : "pending",
      reasons,
      days,
      abuseIncidents: w.abuseIncidents,
      staffHours: w.staffHours,
      netContribution: net,
    });
  }
  return out;
}

/** Rounds money for messages (evidence keeps full precision). @internal */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
