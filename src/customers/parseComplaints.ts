import { batchParser } from "../schema/batchParser.ts";
import { ComplaintSchema } from "./ComplaintSchema.ts";

/**
 * Validates a batch of complaints with {@link ComplaintSchema}.
 *
 * @remarks
 * Default: returns every row parsed, or throws one `invalid_input` error listing every bad row by index
 * and field. With `{ onInvalid: "collect" }`: returns `{ valid, validIndexes, rejected }` with
 * `valid.length + rejected.length === rows.length`. Never mutates `rows`. Runs in O(n).
 *
 * @example
 * ```ts
 * import { parseComplaints } from "clientele/customers";
 * parseComplaints([{ customerId: "a", openedAt: "1997-03-01", severity: "major", outcome: "unresolved" }]).length; // => 1
 * ```
 * @category Customers
 */
export const parseComplaints = /* @__PURE__ */ batchParser("parseComplaints", ComplaintSchema);
