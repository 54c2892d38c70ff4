import { batchParser } from "../schema/batchParser.ts";
import { CustomerSchema } from "./CustomerSchema.ts";

/**
 * Validates a batch of customers with {@link CustomerSchema}.
 *
 * @remarks
 * Default: returns every row parsed, or throws one `invalid_input` error listing every bad row by index
 * and field. With `{ onInvalid: "collect" }`: returns `{ valid, validIndexes, rejected }` with
 * `valid.length + rejected.length === rows.length`. Never mutates `rows`. Runs in O(n).
 *
 * @example
 * ```ts
 * import { parseCustomers } from "clientele/customers";
 * parseCustomers([{ id: 7, segment: "retail" }])[0]?.id; // => "7"
 * ```
 * @category Customers
 */
export const parseCustomers = /* @__PURE__ */ batchParser("parseCustomers", CustomerSchema);
