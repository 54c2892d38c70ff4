import type { CustomerRecord, CustomerRecordInput } from "../customers/CustomerRecordSchema.ts";
import { mergeSimulatedEvents } from "./mergeSimulatedEvents.ts";
import type { SimulateRelationshipEventsOptionsInput } from "./SimulateRelationshipEventsOptions.ts";
import { simulateRelationshipEvents } from "./simulateRelationshipEvents.ts";

/**
 * Customer records enriched with simulated relationship data in one call:
 * {@link simulateRelationshipEvents} on the records' purchases, then {@link mergeSimulatedEvents}. The
 * records' own events are kept; the purchases are not changed (the simulated events have no effect on
 * them). The figures are illustrations, not data.
 *
 * @param records - Customer records with distinct ids.
 * @param options - `seed`, the window `from`…`asOf` (required), optional `rates` and `currency`.
 * @returns The records, in input order, with the simulated events added.
 * @throws {@link ClienteleInputError} `invalid_input` as the two functions it calls (options at
 *   `options.…`, records at `customers[i].…` or `records[i].…`).
 * @example
 * ```ts
 * import { simulateCustomerRecords } from "clientele/simulation";
 * import { groupByCustomer } from "clientele/customers";
 * const records = groupByCustomer({
 *   transactions: [
 *     { customerId: "0001", timestamp: "1997-01-01", amount: 11.77 },
 *     { customerId: "0002", timestamp: "1997-01-12", amount: 29.33 },
 *   ],
 * });
 * const enriched = simulateCustomerRecords(records, { seed: 19, from: "1997-01-01", asOf: "1998-06-30" });
 * enriched.length; // => 2
 * enriched[0]?.transactions; // the same purchases, unchanged
 * ```
 * @category Simulation
 */
export function simulateCustomerRecords(
  records: readonly CustomerRecordInput[],
  options: SimulateRelationshipEventsOptionsInput,
): CustomerRecord[] {
  return mergeSimulatedEvents(records, simulateRelationshipEvents(records, options));
}
