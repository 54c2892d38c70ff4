import { createCounterStream } from "../_lib/splitMix64.ts";
import { drawRelationshipEvents } from "./_internal/drawRelationshipEvents.ts";
import { readSimulationCustomers } from "./_internal/readSimulationCustomers.ts";
import { resolveDrawSettings } from "./_internal/resolveDrawSettings.ts";
import type { SimulatedRelationshipEvents } from "./SimulatedRelationshipEvents.ts";
import type { SimulateRelationshipEventsOptionsInput } from "./SimulateRelationshipEventsOptions.ts";

const FN = "simulateRelationshipEvents";

/**
 * A customer as {@link simulateRelationshipEvents} reads it: an id and the purchase times. A
 * `CustomerRecord` (or a `CustomerRecordInput`) is one; other fields are ignored.
 *
 * @example
 * ```ts
 * import type { SimulationCustomer } from "clientele/simulation";
 * const c: SimulationCustomer = { customerId: "0001", transactions: [{ timestamp: "1997-01-01" }] };
 * ```
 * @category Simulation
 */
export interface SimulationCustomer {
  /** A non-empty string or a non-negative integer (read as its decimal string). */
  readonly customerId: string | number;
  /** The customer's purchases; only their `timestamp` (a `Date` or a strict ISO-8601 string) is read. */
  readonly transactions: readonly {
    /** When the purchase happened. */
    readonly timestamp: Date | string;
  }[];
}

/**
 * Simulates, with a seed, the relationship data a purchase log lacks — service failures, complaints with
 * outcomes and resolution times, incidents, touchpoints, survey responses (NPS, CSAT and satisfaction-chain
 * items) and bond instruments — for each customer, so that notebooks, tests and demos can run every area
 * of clientele on a real purchase log such as CDNOW. The figures are illustrations, not data.
 *
 * @remarks
 * The model, per customer, over the window `from`…`asOf` (nothing is dated outside it); the customer's
 * *span* runs from their first purchase in the window (or `from` without one) to `asOf`:
 * - each purchase in the window is followed, with probability `failurePerPurchase`, by a service failure
 *   0–3 days later (major with probability `majorFailureShare`); the customer complains 0–1 day later
 *   with probability `complaintAfterMinor` / `complaintAfterMajor`; the complaint is resolved quickly
 *   (0 to `quickResolutionMaxDays` days), resolved (`slowResolutionMinDays` to `slowResolutionMaxDays`)
 *   or left unresolved in the shares `resolvedQuicklyShare`, `resolvedShare` and the rest; a resolution
 *   that would fall after `asOf` leaves the complaint `"unresolved"` at `asOf`;
 * - each incident kind happens once over the span with its probability, at a uniform time, taking
 *   `staffHoursMin`–`staffHoursMax` staff hours (to the half hour);
 * - touchpoints (call, newsletter, store visit, equally likely) arrive as a Poisson process of
 *   `touchpointsPerYear` per 365 days over the span; a competitor's offer is noted with probability
 *   `competitorOffer`;
 * - each purchase is followed 1–7 days later by a survey response with probability `surveyPerPurchase`:
 *   instrument `"relationship-survey"`, NPS item `recommend` (0–10), CSAT item `satisfaction` (1–5) and
 *   satisfaction-chain items on 1–7 (see {@link simulatedSurveyMapping}, {@link simulatedChainSurveyMapping}),
 *   drawn around two latent satisfactions of the customer (product and service uniform on [0.3, 1],
 *   information uniform on [0.2, 1]), lowered by `unresolvedComplaintSatisfactionDrop` while a complaint
 *   of the customer is open;
 * - bond instruments (points program, trade-in offer worth 20–200, club or membership, personal contact,
 *   integrated system) each with its probability, starting in the first 80% of the span and ended by
 *   `asOf` with probability `bondEnded`.
 *
 * **The events have no effect on purchases**: the purchase log is read, never changed, so repurchase after
 * a complaint differs from repurchase without one only through who meets failures (customers who buy more
 * meet more) — the confound of observational complaint data. No option adds an effect.
 *
 * Seeded and counter-based (SplitMix64, the generator of clientele's model simulators): each customer's
 * draws come from a stream keyed by (seed, a hash of the customer id), one substream per kind of event,
 * so a customer's events depend on the seed, their id, their purchases and the options only — not on
 * their position, nor on which other customers are simulated. No `Math.random`, no clock; times are
 * rounded down to the minute.
 *
 * @param customers - Customers with ids (distinct) and purchases: `CustomerRecord`s, or `{ customerId, transactions }`.
 * @param options - `seed`, the window `from`…`asOf` (required), optional `rates` and `currency`.
 * @returns One entry per customer, in input order.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad option (path `options.…`), a customer
 *   without an id or with a bad purchase time (path `customers[i].…`) or a repeated id.
 * @example
 * ```ts
 * import { simulateRelationshipEvents } from "clientele/simulation";
 * const [events] = simulateRelationshipEvents(
 *   [{ customerId: "0001", transactions: [{ timestamp: "1997-01-01" }, { timestamp: "1997-03-05" }] }],
 *   { seed: 19, from: "1997-01-01", asOf: "1998-06-30", rates: { failurePerPurchase: 1, complaintAfterMinor: 1, complaintAfterMajor: 1 } },
 * );
 * events?.serviceFailures.length; // => 2
 * events?.complaints.length; // => 2
 * ```
 * @category Simulation
 */
export function simulateRelationshipEvents(
  customers: readonly SimulationCustomer[],
  options: SimulateRelationshipEventsOptionsInput,
): SimulatedRelationshipEvents[] {
  const settings = resolveDrawSettings(FN, options);
  const { ids, purchases } = readSimulationCustomers(FN, customers, "customers");
  const stream = createCounterStream();
  return ids.map((id, i) => drawRelationshipEvents(stream, id, purchases[i]!, settings));
}
