import { batchParser } from "../schema/batchParser.ts";
import { ServiceFailureSchema } from "./ServiceFailureSchema.ts";

/**
 * Validates a batch of service failures with {@link ServiceFailureSchema}.
 *
 * @remarks
 * Default: returns every row parsed, or throws one `invalid_input` error listing every bad row by index
 * and field. With `{ onInvalid: "collect" }`: returns `{ valid, validIndexes, rejected }` with
 * `valid.length + rejected.length === rows.length`. Never mutates `rows`. Runs in O(n).
 *
 * @example
 * ```ts
 * import { parseServiceFailures } from "clientele/customers";
 * parseServiceFailures([{ customerId: "a", timestamp: "1997-03-01", severity: "minor" }])[0]?.severity; // => "minor"
 * ```
 * @category Customers
 */
export const parseServiceFailures = /* @__PURE__ */ batchParser("parseServiceFailures", ServiceFailureSchema);
