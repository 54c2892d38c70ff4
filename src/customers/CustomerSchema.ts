import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";
import { recordSchema } from "./_internal/recordSchema.ts";

const customerObject = /* @__PURE__ */ z.strictObject({
  id: CustomerIdSchema,
  acquiredAt: /* @__PURE__ */ z.optional(TimestampSchema),
  name: /* @__PURE__ */ z.optional(LabelSchema),
  segment: /* @__PURE__ */ z.optional(LabelSchema),
  attributes: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ recordSchema(
      /* @__PURE__ */ z.string(),
      /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number(), /* @__PURE__ */ z.boolean()]),
    ),
  ),
});

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
export const CustomerSchema: z.ZodMiniType<Customer, CustomerInput> = customerObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _CustomerSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof customerObject>, Customer>>,
  AssertTrue<SameShape<z.input<typeof customerObject>, CustomerInput>>,
];

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
export interface Customer {
  /** The customer's id (numbers are converted to their decimal string). */
  readonly id: string;
  /** When the customer was acquired (first became a customer). */
  readonly acquiredAt?: Date | undefined;
  /** Display name. */
  readonly name?: string | undefined;
  /** Segment label (`"retail"`, `"key-account"`, …). */
  readonly segment?: string | undefined;
  /** Free attributes for the firm's own data. */
  readonly attributes?: Readonly<Record<string, string | number | boolean>> | undefined;
}

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
export interface CustomerInput extends Omit<Customer, "id" | "acquiredAt"> {
  /** A non-empty string or a non-negative integer. */
  readonly id: string | number;
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly acquiredAt?: Date | string | undefined;
}
