import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";

/**
 * A customer (or account): `id`, and optionally when they were acquired, a display `name`, a `segment`
 * label, and free `attributes` (string, number or boolean values) for users' own data.
 *
 * @example
 * ```ts
 * import { CustomerSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", CustomerSchema, { id: "0001", acquiredAt: "1997-01-01", segment: "retail" }).id; // => "0001"
 * ```
 * @category Customers
 */
export const CustomerSchema = /* @__PURE__ */ z.strictObject({
  id: CustomerIdSchema,
  acquiredAt: /* @__PURE__ */ z.optional(TimestampSchema),
  name: /* @__PURE__ */ z.optional(LabelSchema),
  segment: /* @__PURE__ */ z.optional(LabelSchema),
  attributes: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(
      /* @__PURE__ */ z.string(),
      /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number(), /* @__PURE__ */ z.boolean()]),
    ),
  ),
});

/**
 * A validated customer (output of {@link CustomerSchema}).
 *
 * @example
 * ```ts
 * import type { Customer } from "clientele/customers";
 * const c: Customer = { id: "0001", segment: "retail" };
 * ```
 * @category Customers
 */
export type Customer = z.output<typeof CustomerSchema>;

/**
 * What {@link CustomerSchema} accepts (dates as `Date` or ISO-8601 strings, ids as strings or integers).
 *
 * @example
 * ```ts
 * import type { CustomerInput } from "clientele/customers";
 * const c: CustomerInput = { id: 1, acquiredAt: "1997-01-01" };
 * ```
 * @category Customers
 */
export type CustomerInput = z.input<typeof CustomerSchema>;
