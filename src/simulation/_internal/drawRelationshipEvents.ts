import { type CounterStream, nextUnit, selectEntity, selectSubstream } from "../../_lib/splitMix64.ts";
import type { BondInstrument } from "../../customers/BondInstrumentSchema.ts";
import type { BondLevel } from "../../customers/BondLevelSchema.ts";
import type { Complaint, ComplaintOutcome } from "../../customers/ComplaintSchema.ts";
import type { Incident, IncidentKind } from "../../customers/IncidentSchema.ts";
import type { Interaction } from "../../customers/InteractionSchema.ts";
import type { ServiceFailure } from "../../customers/ServiceFailureSchema.ts";
import type { Severity } from "../../customers/SeveritySchema.ts";
import type { SurveyResponse } from "../../customers/SurveyResponseSchema.ts";
import type { RelationshipEventRates } from "../RelationshipEventRates.ts";
import type { SimulatedRelationshipEvents } from "../SimulatedRelationshipEvents.ts";
import { customerKey } from "./customerKey.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;
const YEAR = 365 * DAY;

/** Substreams of a customer: one per kind of event, so a rate of one kind never shifts another's draws. */
const FAILURES = 0;
const INCIDENTS = 1;
const TOUCHPOINTS = 2;
const SURVEYS = 3;
const BONDS = 4;

const INCIDENT_KINDS: readonly [IncidentKind, keyof RelationshipEventRates][] = [
  ["abuse", "abuseIncident"],
  ["fraud", "fraudIncident"],
  ["policy-violation", "policyViolationIncident"],
  ["core-value-violation", "coreValueViolationIncident"],
];
const TOUCHPOINT_KINDS = [
  ["call", "phone", "outbound"],
  ["newsletter", "email", "outbound"],
  ["visit", "store", "inbound"],
] as const;

/** The validated settings of one simulation run. @internal */
export interface DrawSettings {
  readonly seed: number;
  /** Window start, epoch ms. */
  readonly from: number;
  /** Window end, epoch ms. */
  readonly asOf: number;
  readonly rates: RelationshipEventRates;
  readonly currency: string | undefined;
}

const byTime = <T extends { readonly timestamp: Date }>(a: T, b: T): number =>
  a.timestamp.getTime() - b.timestamp.getTime();
const toMinute = (t: number): number => Math.floor(t / MINUTE) * MINUTE;
const clamp01 = (x: number): number => Math.max(0, Math.min(1, x));

/** A time drawn uniformly in [lo, hi), to the minute. */
function timeWithin(stream: CounterStream, lo: number, hi: number): Date {
  return new Date(toMinute(lo + nextUnit(stream) * (hi - lo)));
}

/** Uniform noise on [−0.1, 0.1). */
function noise(stream: CounterStream): number {
  return 0.2 * (nextUnit(stream) - 0.5);
}

/** A 0–1 position on the 1–7 integer scale. */
function seven(x: number): number {
  return 1 + Math.round(6 * clamp01(x));
}

/** One survey's answers around the latent satisfactions `x` (product, service) and `i` (information). */
function surveyScores(stream: CounterStream, x: number, i: number): Record<string, number> {
  return {
    satisfaction: 1 + Math.round(4 * clamp01(x + noise(stream))),
    recommend: Math.round(10 * clamp01(x + noise(stream))),
    productDesire: seven(0.6 + 0.3 * nextUnit(stream)),
    productExpectation: seven(0.4 + 0.4 * nextUnit(stream)),
    productPerformance: seven(x + noise(stream)),
    productSatisfaction: seven(x + noise(stream)),
    serviceDesire: seven(0.6 + 0.3 * nextUnit(stream)),
    serviceExpectation: seven(0.4 + 0.4 * nextUnit(stream)),
    servicePerformance: seven(x + noise(stream)),
    serviceSatisfaction: seven(x + noise(stream)),
    information1: seven(i + noise(stream)),
    information2: seven(i + noise(stream)),
    information3: seven(i + noise(stream)),
    overall: seven((x + i) / 2 + noise(stream)),
  };
}

/** Draws one bond instrument's dates (start in the first 80% of the span, ended with probability `ended`) and adds it. */
function addBond(
  stream: CounterStream,
  bonds: BondInstrument[],
  customerId: string,
  start: number,
  asOf: number,
  ended: number,
  currency: string | undefined,
  level: BondLevel,
  kind: string,
  value?: number,
): void {
  const begin = toMinute(start + nextUnit(stream) * (asOf - start) * 0.8);
  const isEnded = nextUnit(stream) < ended;
  const end = toMinute(begin + nextUnit(stream) * (asOf - begin));
  bonds.push({
    customerId,
    level,
    kind,
    start: new Date(begin),
    ...(isEnded ? { end: new Date(end) } : {}),
    ...(value === undefined ? {} : { value }),
    ...(value === undefined || currency === undefined ? {} : { currency }),
  });
}

/**
 * Draws one customer's events (see `simulateRelationshipEvents` for the model), from the counter-based
 * stream keyed by (seed, customer id), substream per kind of event.
 *
 * @param stream - A counter stream (re-pointed here).
 * @param customerId - The customer's id.
 * @param purchases - The customer's purchase times (epoch ms), sorted ascending.
 * @param s - Seed, window, rates and currency.
 * @returns The customer's events, each list in time order.
 * @internal
 */
export function drawRelationshipEvents(
  stream: CounterStream,
  customerId: string,
  purchases: readonly number[],
  s: DrawSettings,
): SimulatedRelationshipEvents {
  const r = s.rates;
  const { from, asOf } = s;
  selectEntity(stream, s.seed, customerKey(customerId));
  let firstInWindow = -1;
  for (let k = 0; k < purchases.length; k++) {
    const p = purchases[k]!;
    if (p >= from && p <= asOf) {
      firstInWindow = k;
      break;
    }
  }
  // The customer's span: from the first purchase in the window (or the window's start) to asOf.
  const start = firstInWindow < 0 ? from : purchases[firstInWindow]!;

  // Service failures and complaints: one Bernoulli trial per purchase in the window.
  selectSubstream(stream, FAILURES);
  const serviceFailures: ServiceFailure[] = [];
  const complaints: Complaint[] = [];
  for (const p of purchases) {
    if (p < from || p > asOf) continue;
    if (nextUnit(stream) >= r.failurePerPurchase) continue;
    const t = toMinute(p + nextUnit(stream) * 3 * DAY);
    const severity: Severity = nextUnit(stream) < r.majorFailureShare ? "major" : "minor";
    const complains = nextUnit(stream) < (severity === "major" ? r.complaintAfterMajor : r.complaintAfterMinor);
    const openedAt = toMinute(t + nextUnit(stream) * DAY);
    const o = nextUnit(stream);
    const d = nextUnit(stream);
    if (t > asOf) continue;
    serviceFailures.push({ customerId, timestamp: new Date(t), severity });
    if (!complains || openedAt > asOf) continue;
    const outcome: ComplaintOutcome =
      o < r.resolvedQuicklyShare
        ? "resolved-quickly"
        : o < r.resolvedQuicklyShare + r.resolvedShare
          ? "resolved"
          : "unresolved";
    const days =
      outcome === "resolved-quickly"
        ? d * r.quickResolutionMaxDays
        : r.slowResolutionMinDays + d * (r.slowResolutionMaxDays - r.slowResolutionMinDays);
    const resolvedAt = openedAt + Math.round(days * 24) * (DAY / 24);
    if (outcome === "unresolved" || resolvedAt > asOf) {
      complaints.push({ customerId, openedAt: new Date(openedAt), severity, outcome: "unresolved" });
    } else {
      complaints.push({
        customerId,
        openedAt: new Date(openedAt),
        resolvedAt: new Date(resolvedAt),
        severity,
        outcome,
      });
    }
  }
  serviceFailures.sort(byTime);
  complaints.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());

  // Incidents: one Bernoulli trial per kind over the span.
  selectSubstream(stream, INCIDENTS);
  const incidents: Incident[] = [];
  for (const [kind, rate] of INCIDENT_KINDS) {
    const happens = nextUnit(stream) < r[rate];
    const timestamp = timeWithin(stream, start, asOf);
    const hours = r.staffHoursMin + nextUnit(stream) * (r.staffHoursMax - r.staffHoursMin);
    if (happens) incidents.push({ customerId, timestamp, kind, staffHours: Math.round(hours * 2) / 2 });
  }
  incidents.sort(byTime);

  // Touchpoints: a Poisson process of rate touchpointsPerYear over the span; one competitor-offer trial.
  selectSubstream(stream, TOUCHPOINTS);
  const interactions: Interaction[] = [];
  if (r.touchpointsPerYear > 0) {
    const meanGap = YEAR / r.touchpointsPerYear;
    for (let t = start - Math.log(nextUnit(stream)) * meanGap; t <= asOf; t += -Math.log(nextUnit(stream)) * meanGap) {
      const [kind, channel, direction] = TOUCHPOINT_KINDS[Math.floor(nextUnit(stream) * TOUCHPOINT_KINDS.length)]!;
      interactions.push({ customerId, timestamp: new Date(toMinute(t)), kind, channel, direction });
    }
  }
  const offer = nextUnit(stream) < r.competitorOffer;
  const offerAt = timeWithin(stream, start, asOf);
  const offerChannel = nextUnit(stream) < 0.5 ? "phone" : "email";
  if (offer) {
    interactions.push({
      customerId,
      timestamp: offerAt,
      kind: "competitor-offer",
      channel: offerChannel,
      direction: "inbound",
      topic: "price",
    });
    interactions.sort(byTime);
  }

  // Surveys: one trial per purchase; answers from the customer's two latent satisfactions (product and
  // service, information), lowered while an unresolved complaint is open.
  selectSubstream(stream, SURVEYS);
  const surveyResponses: SurveyResponse[] = [];
  const core = 0.3 + 0.7 * nextUnit(stream);
  const information = 0.2 + 0.8 * nextUnit(stream);
  for (const p of purchases) {
    if (p < from || p > asOf) continue;
    if (nextUnit(stream) >= r.surveyPerPurchase) continue;
    const t = toMinute(p + (1 + 6 * nextUnit(stream)) * DAY);
    let open = false;
    for (const c of complaints) {
      if (c.openedAt.getTime() > t) break;
      if (c.resolvedAt === undefined || c.resolvedAt.getTime() > t) open = true;
    }
    const drop = open ? r.unresolvedComplaintSatisfactionDrop : 0;
    const scores = surveyScores(stream, core - drop, information - drop);
    if (t > asOf) continue;
    surveyResponses.push({ customerId, timestamp: new Date(t), instrument: "relationship-survey", scores });
  }
  surveyResponses.sort(byTime);

  // Bonds: independent trials per instrument; each starts in the first 80% of the span and ends by asOf
  // with probability bondEnded.
  selectSubstream(stream, BONDS);
  const bonds: BondInstrument[] = [];
  const add = (level: BondLevel, kind: string, value?: number): void =>
    addBond(stream, bonds, customerId, start, asOf, r.bondEnded, s.currency, level, kind, value);
  const member = nextUnit(stream) < r.pointsProgram;
  if (member) add("financial", "points-program");
  if (nextUnit(stream) < r.tradeInOffer) add("financial", "trade-in-offer", Math.round(20 + 180 * nextUnit(stream)));
  if (nextUnit(stream) < (member ? r.clubIfPointsMember : r.clubOtherwise))
    add("social", nextUnit(stream) < 0.5 ? "club" : "membership");
  if (nextUnit(stream) < r.personalContact) add("social", "personal-contact");
  if (nextUnit(stream) < r.integratedSystem) add("structural", "integrated-system");
  bonds.sort((a, b) => a.start.getTime() - b.start.getTime());

  return { customerId, serviceFailures, complaints, incidents, interactions, surveyResponses, bonds };
}
