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
  const u = (): number => nextUnit(stream);
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
  const span = asOf - start;
  const within = (lo: number, hi: number): Date => new Date(toMinute(lo + u() * (hi - lo)));

  // Service failures and complaints: one Bernoulli trial per purchase in the window.
  selectSubstream(stream, FAILURES);
  const serviceFailures: ServiceFailure[] = [];
  const complaints: Complaint[] = [];
  for (const p of purchases) {
    if (p < from || p > asOf) continue;
    if (u() >= r.failurePerPurchase) continue;
    const t = toMinute(p + u() * 3 * DAY);
    const severity: Severity = u() < r.majorFailureShare ? "major" : "minor";
    const complains = u() < (severity === "major" ? r.complaintAfterMajor : r.complaintAfterMinor);
    const openedAt = toMinute(t + u() * DAY);
    const o = u();
    const d = u();
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
    const happens = u() < r[rate];
    const timestamp = within(start, asOf);
    const hours = r.staffHoursMin + u() * (r.staffHoursMax - r.staffHoursMin);
    if (happens) incidents.push({ customerId, timestamp, kind, staffHours: Math.round(hours * 2) / 2 });
  }
  incidents.sort(byTime);

  // Touchpoints: a Poisson process of rate touchpointsPerYear over the span; one competitor-offer trial.
  selectSubstream(stream, TOUCHPOINTS);
  const interactions: Interaction[] = [];
  if (r.touchpointsPerYear > 0) {
    const meanGap = YEAR / r.touchpointsPerYear;
    const gap = (): number => -Math.log(u()) * meanGap;
    for (let t = start + gap(); t <= asOf; t += gap()) {
      const [kind, channel, direction] = TOUCHPOINT_KINDS[Math.floor(u() * TOUCHPOINT_KINDS.length)]!;
      interactions.push({ customerId, timestamp: new Date(toMinute(t)), kind, channel, direction });
    }
  }
  const offer = u() < r.competitorOffer;
  const offerAt = within(start, asOf);
  const offerChannel = u() < 0.5 ? "phone" : "email";
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
  const core = 0.3 + 0.7 * u();
  const information = 0.2 + 0.8 * u();
  for (const p of purchases) {
    if (p < from || p > asOf) continue;
    if (u() >= r.surveyPerPurchase) continue;
    const t = toMinute(p + (1 + 6 * u()) * DAY);
    const noise = (): number => 0.2 * (u() - 0.5);
    const seven = (x: number): number => 1 + Math.round(6 * clamp01(x));
    const scoresOf = (drop: number): Record<string, number> => {
      const x = core - drop;
      const i = information - drop;
      return {
        satisfaction: 1 + Math.round(4 * clamp01(x + noise())),
        recommend: Math.round(10 * clamp01(x + noise())),
        productDesire: seven(0.6 + 0.3 * u()),
        productExpectation: seven(0.4 + 0.4 * u()),
        productPerformance: seven(x + noise()),
        productSatisfaction: seven(x + noise()),
        serviceDesire: seven(0.6 + 0.3 * u()),
        serviceExpectation: seven(0.4 + 0.4 * u()),
        servicePerformance: seven(x + noise()),
        serviceSatisfaction: seven(x + noise()),
        information1: seven(i + noise()),
        information2: seven(i + noise()),
        information3: seven(i + noise()),
        overall: seven((x + i) / 2 + noise()),
      };
    };
    let open = false;
    for (const c of complaints) {
      if (c.openedAt.getTime() > t) break;
      if (c.resolvedAt === undefined || c.resolvedAt.getTime() > t) open = true;
    }
    const scores = scoresOf(open ? r.unresolvedComplaintSatisfactionDrop : 0);
    if (t > asOf) continue;
    surveyResponses.push({ customerId, timestamp: new Date(t), instrument: "relationship-survey", scores });
  }
  surveyResponses.sort(byTime);

  // Bonds: independent trials per instrument; each starts in the first 80% of the span and ends by asOf
  // with probability bondEnded.
  selectSubstream(stream, BONDS);
  const bonds: BondInstrument[] = [];
  const add = (level: BondLevel, kind: string, value?: number): void => {
    const begin = toMinute(start + u() * span * 0.8);
    const ended = u() < r.bondEnded;
    const end = toMinute(begin + u() * (asOf - begin));
    const bond: BondInstrument = {
      customerId,
      level,
      kind,
      start: new Date(begin),
      ...(ended ? { end: new Date(end) } : {}),
      ...(value === undefined ? {} : { value }),
      ...(value === undefined || s.currency === undefined ? {} : { currency: s.currency }),
    };
    bonds.push(bond);
  };
  const member = u() < r.pointsProgram;
  if (member) add("financial", "points-program");
  if (u() < r.tradeInOffer) add("financial", "trade-in-offer", Math.round(20 + 180 * u()));
  if (u() < (member ? r.clubIfPointsMember : r.clubOtherwise)) add("social", u() < 0.5 ? "club" : "membership");
  if (u() < r.personalContact) add("social", "personal-contact");
  if (u() < r.integratedSystem) add("structural", "integrated-system");
  bonds.sort((a, b) => a.start.getTime() - b.start.getTime());

  return { customerId, serviceFailures, complaints, incidents, interactions, surveyResponses, bonds };
}
