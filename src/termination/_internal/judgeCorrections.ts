import { DAY_MS } from "../../_lib/civilCalendar.ts";
import { createCostToServe } from "../../value/createCostToServe.ts";
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

/** What a correction is judged on. */
interface Judged {
  readonly abuse: boolean;
  readonly staff: boolean;
  readonly economics: boolean;
}

const ALL: Judged = { abuse: true, staff: true, economics: true };

/**
 * A correction is judged on what it was meant to change: a conduct agreement on behaviour (abuse, staff
 * time), a price adjustment on economics, a service-level limit on staff time and economics; any other
 * lever (an app's own, or "unspecified") on all three.
 */
const JUDGED: Readonly<Record<string, Judged>> = {
  "conduct-agreement": { abuse: true, staff: true, economics: false },
  "price-adjustment": { abuse: false, staff: false, economics: true },
  "service-level-limit": { abuse: false, staff: true, economics: true },
};

/** The thresholds that say a correction failed. @internal */
export interface CorrectionThresholds {
  readonly reviewDays: number;
  readonly abuseIncidentsAfter: number;
  readonly staffHoursAfter: number;
}

/**
 * Judges every correction in `facts.corrections` (oldest first) on what its lever was meant to change:
 * it failed when, in the period after it (to the next correction or `asOf`), the customer was abusive
 * again (`abuseIncidentsAfter`; conduct agreements and other levers), took `staffHoursAfter` staff hours
 * or more (all but price adjustments), or — once `reviewDays` have passed — still brought a negative net
 * contribution (all but conduct agreements); it is pending when fewer than `reviewDays` passed and
 * nothing failed; else it held.
 *
 * @internal
 */
export function judgeCorrections(facts: TerminationFacts, t: CorrectionThresholds): CorrectionVerdict[] {
  const asOfMs = facts.asOf.getTime();
  const list = facts.corrections;
  const out: CorrectionVerdict[] = [];
  if (list.length === 0) return out;
  // The cost-driver table is validated once for all the corrections' windows.
  const costOf = facts.costDrivers === null ? null : createCostToServe(facts.costDrivers);
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    const from = c.timestamp.getTime();
    const to = i + 1 < list.length ? list[i + 1]!.timestamp.getTime() : asOfMs;
    const w = measureWindow(facts.record, from, to, costOf, facts.grossMarginRate);
    const days = (to - from) / DAY_MS;
    const net = w.grossMargin - w.serviceCost;
    const reasons: string[] = [];
    const judged = JUDGED[c.lever] ?? ALL;
    if (judged.abuse && w.abuseIncidents >= t.abuseIncidentsAfter) {
      reasons.push(`${w.abuseIncidents} abusive incident(s) after it`);
    }
    if (judged.staff && w.staffHours >= t.staffHoursAfter) reasons.push(`${w.staffHours} staff hours after it`);
    const reviewed = days >= t.reviewDays;
    if (judged.economics && reviewed && net < 0) reasons.push(`net contribution ${round2(net)} after it`);
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
