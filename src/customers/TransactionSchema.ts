import * as z from "zod/mini";
import { CurrencySchema, CustomerIdSchema, LabelSchema, NonNegativeMoneySchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";

const transactionObject = /* @__PURE__ */ z.strictObject({
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
export const TransactionSchema: z.ZodMiniType<Transaction, TransactionInput> = transactionObject;

/** Compile-time guard: the documented interfaces below match the schema exactly. */
type _TransactionSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof transactionObject>, Transaction>>,
  AssertTrue<SameShape<z.input<typeof transactionObject>, TransactionInput>>,
];

/**
 * A validated purchase (output of {@link TransactionSchema}).
 *
 * @example
 * ```ts
 * import type { Transaction } from "clientele/customers";
 * const t: Transaction = { customerId: "0001", timestamp: new Date("1997-01-01"), amount: 11.77 };
 * ```
 * @category Customers
 */
export interface Transaction {
  /** The customer's id (numbers are converted to their decimal string). */
  readonly customerId: string;
  /** When the purchase happened. */
  readonly timestamp: Date;
  /** Revenue of the purchase, ≥ 0, in `currency` when given. */
  readonly amount: number;
  /** The firm's cost to serve the purchase, ≥ 0. */
  readonly cost?: number | undefined;
  /** Units bought, > 0. */
  readonly quantity?: number | undefined;
  /** Product or SKU label. */
  readonly productId?: string | undefined;
  /** Sales channel label (`"web"`, `"store"`, …). */
  readonly channel?: string | undefined;
  /** ISO 4217 currency code of `amount` and `cost`. */
  readonly currency?: string | undefined;
  /** The firm's own id for the transaction. */
  readonly transactionId?: string | undefined;
}

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
export interface TransactionInput extends Omit<Transaction, "customerId" | "timestamp"> {
  /** The customer's id: a non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** A valid `Date` or a strict ISO-8601 string (a date, or a date-time with offset). */
  readonly timestamp: Date | string;
}
