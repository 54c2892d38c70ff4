import { batchParser } from "../schema/batchParser.ts";
import { IncidentSchema } from "./IncidentSchema.ts";

/**
 * Validates a batch of incidents with {@link IncidentSchema}.
 *
 * @remarks
 * Default: returns every row parsed, or throws one `invalid_input` error listing every bad row by index
 * and field. With `{ onInvalid: "collect" }`: returns `{ valid, validIndexes, rejected }` with
 * `valid.length + rejected.length === rows.length`. Never mutates `rows`. Runs in O(n).
 *
 * @example
 * ```ts
 * import { parseIncidents } from "clientele/customers";
 * parseIncidents([{ customerId: "a", timestamp: "1997-04-01", kind: "fraud", staffHours: 2 }])[0]?.kind; // => "fraud"
 * ```
 * @category Customers
 */
export const parseIncidents = /* @__PURE__ */ batchParser("parseIncidents", IncidentSchema);
