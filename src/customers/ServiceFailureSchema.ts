import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";
import { type Severity, SeveritySchema } from "./SeveritySchema.ts";

const serviceFailureObject = /* @__PURE__ */ z.strictObject({
  customerId: CustomerIdSchema,
  timestamp: TimestampSchema,
  severity: SeveritySchema,
  category: /* @__PURE__ */ z.optional(LabelSchema),
});

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
export const ServiceFailureSchema: z.ZodMiniType<ServiceFailure, ServiceFailureInput> = serviceFailureObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _ServiceFailureSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof serviceFailureObject>, ServiceFailure>>,
  AssertTrue<SameShape<z.input<typeof serviceFailureObject>, ServiceFailureInput>>,
];

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
export interface ServiceFailure {
  /** The customer's id. */
  readonly customerId: string;
  /** When the failure happened. */
  readonly timestamp: Date;
  /** How serious it was. */
  readonly severity: Severity;
  /** Optional category label (`"delivery"`, `"billing"`, …). */
  readonly category?: string | undefined;
}

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
export interface ServiceFailureInput extends Omit<ServiceFailure, "customerId" | "timestamp"> {
  /** A non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly timestamp: Date | string;
}
