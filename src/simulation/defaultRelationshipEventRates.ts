import type { RelationshipEventRates } from "./RelationshipEventRates.ts";

/**
 * The default rates of {@link simulateRelationshipEvents}: made-up, plausible orders of magnitude for a
 * retailer (they are the rates of the examples' former demo simulators), not estimates from data.
 *
 * | rate | default |
 * |---|---|
 * | `failurePerPurchase` | 0.08 |
 * | `majorFailureShare` | 0.3 |
 * | `complaintAfterMinor` / `complaintAfterMajor` | 0.3 / 0.6 |
 * | `resolvedQuicklyShare` / `resolvedShare` (rest unresolved) | 0.45 / 0.35 (0.2) |
 * | `quickResolutionMaxDays` | 2 |
 * | `slowResolutionMinDays` / `slowResolutionMaxDays` | 3 / 30 |
 * | `abuseIncident` / `fraudIncident` / `policyViolationIncident` / `coreValueViolationIncident` | 0.01 / 0.003 / 0.01 / 0.002 |
 * | `staffHoursMin` / `staffHoursMax` | 0.5 / 12 |
 * | `touchpointsPerYear` | 3 |
 * | `competitorOffer` | 0.05 |
 * | `surveyPerPurchase` | 0.25 |
 * | `unresolvedComplaintSatisfactionDrop` | 0.25 |
 * | `pointsProgram` / `tradeInOffer` | 0.6 / 0.15 |
 * | `clubIfPointsMember` / `clubOtherwise` | 0.3 / 0.1 |
 * | `personalContact` / `integratedSystem` | 0.1 / 0.05 |
 * | `bondEnded` | 0.2 |
 *
 * @example
 * ```ts
 * import { defaultRelationshipEventRates } from "clientele/simulation";
 * defaultRelationshipEventRates.failurePerPurchase; // => 0.08
 * ```
 * @category Simulation
 */
export const defaultRelationshipEventRates: RelationshipEventRates = {
  failurePerPurchase: 0.08,
  majorFailureShare: 0.3,
  complaintAfterMinor: 0.3,
  complaintAfterMajor: 0.6,
  resolvedQuicklyShare: 0.45,
  resolvedShare: 0.35,
  quickResolutionMaxDays: 2,
  slowResolutionMinDays: 3,
  slowResolutionMaxDays: 30,
  abuseIncident: 0.01,
  fraudIncident: 0.003,
  policyViolationIncident: 0.01,
  coreValueViolationIncident: 0.002,
  staffHoursMin: 0.5,
  staffHoursMax: 12,
  touchpointsPerYear: 3,
  competitorOffer: 0.05,
  surveyPerPurchase: 0.25,
  unresolvedComplaintSatisfactionDrop: 0.25,
  pointsProgram: 0.6,
  tradeInOffer: 0.15,
  clubIfPointsMember: 0.3,
  clubOtherwise: 0.1,
  personalContact: 0.1,
  integratedSystem: 0.05,
  bondEnded: 0.2,
};
