import { batchParser } from "../schema/batchParser.ts";
import { InteractionSchema } from "./InteractionSchema.ts";

/**
 * Validates a batch of touchpoints with {@link InteractionSchema}.
 *
 * @remarks
 * Default: returns every row parsed, or throws one `invalid_input` error listing every bad row by index
 * and field. With `{ onInvalid: "collect" }`: returns `{ valid, validIndexes, rejected }` with
 * `valid.length + rejected.length === rows.length`. Never mutates `rows`. Runs in O(n).
 *
 * @example
 * ```ts
 * import { parseInteractions } from "clientele/customers";
 * parseInteractions([{ customerId: "a", timestamp: "1997-02-01", kind: "call", channel: "phone", direction: "inbound" }]).length; // => 1
 * ```
 * @category Customers
 */
export const parseInteractions = /* @__PURE__ */ batchParser("parseInteractions", InteractionSchema);
