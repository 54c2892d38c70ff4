import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import { SeveritySchema } from "./SeveritySchema.ts";

/**
 * A service failure the customer experienced (late delivery, outage, wrong item), whether or not they
 * complained: `severity` is `"minor"` or `"major"`; `category` is a free label.
 *
 * @example
 * ```ts
 * import { ServiceFailureSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", ServiceFailureSchema, { customerId: "0001", timestamp: "1997-03-01", severity: "major" }).severity;
 * // => "major"
 * ```
 * @category Customers
 */
export const ServiceFailureSchema = /* @__PURE__ */ z.strictObject({
  customerId: CustomerIdSchema,
  timestamp: TimestampSchema,
  severity: SeveritySchema,
  category: /* @__PURE__ */ z.optional(LabelSchema),
});

/**
 * A validated service failure (output of {@link ServiceFailureSchema}).
 *
 * @example
 * ```ts
 * import type { ServiceFailure } from "clientele/customers";
 * const f: ServiceFailure = { customerId: "0001", timestamp: new Date("1997-03-01"), severity: "minor" };
 * ```
 * @category Customers
 */
export type ServiceFailure = z.output<typeof ServiceFailureSchema>;

/**
 * What {@link ServiceFailureSchema} accepts.
 *
 * @example
 * ```ts
 * import type { ServiceFailureInput } from "clientele/customers";
 * const f: ServiceFailureInput = { customerId: 1, timestamp: "1997-03-01", severity: "minor", category: "delivery" };
 * ```
 * @category Customers
 */
export type ServiceFailureInput = z.input<typeof ServiceFailureSchema>;
