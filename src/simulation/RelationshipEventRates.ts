/**
 * The rates of {@link simulateRelationshipEvents}: every probability is in [0, 1], every count rate and
 * duration ≥ 0. Each field has a default in {@link defaultRelationshipEventRates}; options override any
 * of them (`rates: { failurePerPurchase: 0.2 }`).
 *
 * @example
 * ```ts
 * import { defaultRelationshipEventRates, type RelationshipEventRates } from "clientele/simulation";
 * const rates: RelationshipEventRates = { ...defaultRelationshipEventRates, failurePerPurchase: 0.2 };
 * rates.majorFailureShare; // => 0.3
 * ```
 * @category Simulation
 */
export interface RelationshipEventRates {
  /** Probability that a purchase is followed by a service failure (0 to 3 days later). */
  readonly failurePerPurchase: number;
  /** Share of service failures that are `"major"` (the rest are `"minor"`). */
  readonly majorFailureShare: number;
  /** Probability that the customer complains about a minor failure (0 to 1 day after it). */
  readonly complaintAfterMinor: number;
  /** Probability that the customer complains about a major failure. */
  readonly complaintAfterMajor: number;
  /** Share of complaints the firm resolves quickly (`"resolved-quickly"`). */
  readonly resolvedQuicklyShare: number;
  /** Share of complaints resolved at ordinary speed (`"resolved"`); the rest stay `"unresolved"`. With `resolvedQuicklyShare`, at most 1. */
  readonly resolvedShare: number;
  /** A quick resolution takes 0 to this many days (uniform). */
  readonly quickResolutionMaxDays: number;
  /** An ordinary resolution takes at least this many days… */
  readonly slowResolutionMinDays: number;
  /** …and at most this many (uniform); not less than `slowResolutionMinDays`. */
  readonly slowResolutionMaxDays: number;
  /** Probability per customer of an `"abuse"` incident over the window. */
  readonly abuseIncident: number;
  /** Probability per customer of a `"fraud"` incident. */
  readonly fraudIncident: number;
  /** Probability per customer of a `"policy-violation"` incident. */
  readonly policyViolationIncident: number;
  /** Probability per customer of a `"core-value-violation"` incident. */
  readonly coreValueViolationIncident: number;
  /** Fewest staff hours an incident takes (drawn uniformly, rounded to the half hour). */
  readonly staffHoursMin: number;
  /** Most staff hours an incident takes; not less than `staffHoursMin`. */
  readonly staffHoursMax: number;
  /** Touchpoints (call, newsletter, store visit) per customer per 365 days: a Poisson process over the customer's span. */
  readonly touchpointsPerYear: number;
  /** Probability per customer that a competitor's offer is noted (an inbound `"competitor-offer"` interaction). */
  readonly competitorOffer: number;
  /** Probability that a purchase is followed by a survey response (1 to 7 days later). */
  readonly surveyPerPurchase: number;
  /** How far (on a 0–1 satisfaction scale) an unresolved complaint lowers the customer's later survey answers. */
  readonly unresolvedComplaintSatisfactionDrop: number;
  /** Probability per customer of a `"points-program"` (financial bond). */
  readonly pointsProgram: number;
  /** Probability per customer of a `"trade-in-offer"` (financial bond, worth 20 to 200). */
  readonly tradeInOffer: number;
  /** Probability of a `"club"` or `"membership"` (social bond) for a points-program member… */
  readonly clubIfPointsMember: number;
  /** …and for a customer without a points program. */
  readonly clubOtherwise: number;
  /** Probability per customer of a `"personal-contact"` (social bond). */
  readonly personalContact: number;
  /** Probability per customer of an `"integrated-system"` (structural bond). */
  readonly integratedSystem: number;
  /** Probability that a bond instrument has ended by `asOf`. */
  readonly bondEnded: number;
}
