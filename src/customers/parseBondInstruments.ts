import { batchParser } from "../schema/batchParser.ts";
import { BondInstrumentSchema } from "./BondInstrumentSchema.ts";

/**
 * Validates a batch of bond instruments with {@link BondInstrumentSchema}.
 *
 * @remarks
 * Default: returns every row parsed, or throws one `invalid_input` error listing every bad row by index
 * and field. With `{ onInvalid: "collect" }`: returns `{ valid, validIndexes, rejected }` with
 * `valid.length + rejected.length === rows.length`. Never mutates `rows`. Runs in O(n).
 *
 * @example
 * ```ts
 * import { parseBondInstruments } from "clientele/customers";
 * parseBondInstruments([{ customerId: "a", level: "financial", kind: "stamp-card", start: "2024-01-01" }])[0]?.kind;
 * // => "stamp-card"
 * ```
 * @category Customers
 */
export const parseBondInstruments = /* @__PURE__ */ batchParser("parseBondInstruments", BondInstrumentSchema);
