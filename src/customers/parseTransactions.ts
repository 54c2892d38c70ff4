import { batchParser } from "../schema/batchParser.ts";
import { TransactionSchema } from "./TransactionSchema.ts";

/**
 * Validates a batch of purchases with {@link TransactionSchema}.
 *
 * @remarks
 * Default: returns every row parsed, or throws one `invalid_input` error listing every bad row by index and
 * field (`rows[1042].amount`). With `{ onInvalid: "collect" }`: returns `{ valid, validIndexes, rejected }`,
 * where `valid.length + rejected.length === rows.length` — nothing is dropped silently. Never mutates `rows`.
 * Runs in O(n).
 *
 * @example
 * ```ts
 * import { parseTransactions } from "clientele/customers";
 * const [t] = parseTransactions([{ customerId: "0001", timestamp: "1997-01-01", amount: 11.77 }]);
 * t?.timestamp.toISOString(); // => "1997-01-01T00:00:00.000Z"
 * parseTransactions([{ customerId: "0001", timestamp: "1997-01-01", amount: -1 }], { onInvalid: "collect" })
 *   .rejected[0]?.issues[0]?.path; // => ["rows", 0, "amount"]
 * ```
 * @category Customers
 */
export const parseTransactions = /* @__PURE__ */ batchParser("parseTransactions", TransactionSchema);
