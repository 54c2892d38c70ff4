import * as z from "zod/mini";
import { CurrencySchema, CustomerIdSchema, LabelSchema, NonNegativeMoneySchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";

/**
 * One purchase. The field names are a contract the statistics (`clientele/rfm`, `clientele/clv`) and
 * users' code rely on: `customerId`, `timestamp`, `amount` (≥ 0, finite), and optional `cost` (≥ 0, the
 * firm's cost to serve the purchase), `quantity` (> 0), `productId`, `channel`, `currency` (ISO 4217),
 * `transactionId`. Unknown keys are rejected so a misspelt field (`ammount`) cannot pass unnoticed.
 *
 * @example
 * ```ts
 * import { TransactionSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", TransactionSchema, { customerId: "0001", timestamp: "1997-01-01", amount: 11.77 }).amount; // => 11.77
 * ```
 * @category Customers
 */
export const TransactionSchema = /* @__PURE__ */ z.strictObject({
  customerId: CustomerIdSchema,
  timestamp: TimestampSchema,
  amount: NonNegativeMoneySchema,
  cost: /* @__PURE__ */ z.optional(NonNegativeMoneySchema),
  quantity: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0))),
  productId: /* @__PURE__ */ z.optional(LabelSchema),
  channel: /* @__PURE__ */ z.optional(LabelSchema),
  currency: /* @__PURE__ */ z.optional(CurrencySchema),
  transactionId: /* @__PURE__ */ z.optional(LabelSchema),
});

/**
 * A validated purchase (output of {@link TransactionSchema}): `timestamp` is a `Date`, `customerId` a string.
 *
 * @example
 * ```ts
 * import type { Transaction } from "clientele/customers";
 * const t: Transaction = { customerId: "0001", timestamp: new Date("1997-01-01"), amount: 11.77 };
 * ```
 * @category Customers
 */
export type Transaction = z.output<typeof TransactionSchema>;

/**
 * What {@link TransactionSchema} accepts: `timestamp` may be a `Date` or an ISO-8601 string, `customerId`
 * a string or a non-negative integer.
 *
 * @example
 * ```ts
 * import type { TransactionInput } from "clientele/customers";
 * const row: TransactionInput = { customerId: 1, timestamp: "1997-01-01", amount: 11.77, quantity: 1 };
 * ```
 * @category Customers
 */
export type TransactionInput = z.input<typeof TransactionSchema>;
