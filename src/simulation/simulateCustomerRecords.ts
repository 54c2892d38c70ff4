import * as z from "zod/mini";
import { checkDistinctIds } from "../_lib/duplicateIds.ts";
import { createCounterStream } from "../_lib/splitMix64.ts";
import {
  type CustomerRecord,
  type CustomerRecordInput,
  CustomerRecordSchema,
} from "../customers/CustomerRecordSchema.ts";
import { parseInput } from "../schema/parseInput.ts";
import { drawRelationshipEvents } from "./_internal/drawRelationshipEvents.ts";
import { mergeRecordEvents } from "./_internal/mergeRecordEvents.ts";
import { resolveDrawSettings } from "./_internal/resolveDrawSettings.ts";
import type { SimulateRelationshipEventsOptionsInput } from "./SimulateRelationshipEventsOptions.ts";

const FN = "simulateCustomerRecords";

/**
 * Customer records enriched with simulated relationship data in one call: the same as
 * {@link simulateRelationshipEvents} on the records' purchases, then {@link mergeSimulatedEvents}, with the
 * records validated once. The records' own events are kept; the purchases are not changed (the simulated
 * events have no effect on them). The figures are illustrations, not data.
 *
 * @param records - Customer records with distinct ids.
 * @param options - `seed`, the window `from`…`asOf` (required), optional `rates` and `currency`.
 * @returns The records, in input order, with the simulated events added.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad option (path `options.…`), a bad record or
 *   a repeated id (path `records[i].…`).
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
  const settings = resolveDrawSettings(FN, options);
  const parsed = parseInput(FN, /* @__PURE__ */ z.array(CustomerRecordSchema), records, ["records"]);
  checkDistinctIds(
    FN,
    parsed.map((r) => r.customerId),
    (i) => ["records", i, "customerId"],
  );
  const stream = createCounterStream();
  return parsed.map((r) => {
    const purchases = r.transactions.map((t) => t.timestamp.getTime()).sort((a, b) => a - b);
    return mergeRecordEvents(r, drawRelationshipEvents(stream, r.customerId, purchases, settings));
  });
}
