import { batchParser } from "../schema/batchParser.ts";
import { LoyaltyEventSchema } from "./LoyaltyEventSchema.ts";

/**
 * Validates a batch of loyalty-ledger events with {@link LoyaltyEventSchema}.
 *
 * @remarks
 * Default: returns every row parsed, or throws one `invalid_input` error listing every bad row by index
 * and field. With `{ onInvalid: "collect" }`: returns `{ valid, validIndexes, rejected }` with
 * `valid.length + rejected.length === rows.length`. Never mutates `rows`. Runs in O(n).
 *
 * @example
 * ```ts
 * import { parseLoyaltyEvents } from "clientele/customers";
 * parseLoyaltyEvents([{ customerId: "a", timestamp: "2024-02-01", type: "accrual", points: 50 }])[0]?.points; // => 50
 * ```
 * @category Customers
 */
export const parseLoyaltyEvents = /* @__PURE__ */ batchParser("parseLoyaltyEvents", LoyaltyEventSchema);
