import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";

/**
 * The kinds of incident that can make a relationship too costly or too emotionally draining to keep, or
 * that violate the firm's core values: `"abuse"` (of staff), `"fraud"`, `"policy-violation"`,
 * `"core-value-violation"`.
 *
 * @example
 * ```ts
 * import { IncidentKindSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", IncidentKindSchema, "abuse"); // => "abuse"
 * ```
 * @category Customers
 */
export const IncidentKindSchema: z.ZodMiniType<IncidentKind, IncidentKind> = /* @__PURE__ */ z.enum([
  "abuse",
  "fraud",
  "policy-violation",
  "core-value-violation",
]);

const incidentObject = /* @__PURE__ */ z.strictObject({
  customerId: CustomerIdSchema,
  timestamp: TimestampSchema,
  kind: IncidentKindSchema,
  staffHours: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  note: /* @__PURE__ */ z.optional(LabelSchema),
});

/**
 * An incident with a customer: its `kind`, when it happened, the `staffHours` it consumed (≥ 0; 0 if not
 * recorded), and an optional `note`.
 *
 * @example
 * ```ts
 * import { IncidentSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", IncidentSchema, { customerId: "0001", timestamp: "1997-04-01", kind: "abuse", staffHours: 3 }).staffHours;
 * // => 3
 * ```
 * @category Customers
 */
export const IncidentSchema: z.ZodMiniType<Incident, IncidentInput> = incidentObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _IncidentSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof incidentObject>, Incident>>,
  AssertTrue<SameShape<z.input<typeof incidentObject>, IncidentInput>>,
];

/**
 * A validated incident (output of {@link IncidentSchema}).
 *
 * @example
 * ```ts
 * import type { Incident } from "clientele/customers";
 * const i: Incident = { customerId: "0001", timestamp: new Date("1997-04-01"), kind: "fraud", staffHours: 0 };
 * ```
 * @category Customers
 */
export interface Incident {
  /** The customer's id. */
  readonly customerId: string;
  /** When it happened. */
  readonly timestamp: Date;
  /** What kind of incident. */
  readonly kind: IncidentKind;
  /** Staff hours it consumed, ≥ 0 (0 if not recorded). */
  readonly staffHours: number;
  /** Optional free note. */
  readonly note?: string | undefined;
}

/**
 * What {@link IncidentSchema} accepts.
 *
 * @example
 * ```ts
 * import type { IncidentInput } from "clientele/customers";
 * const i: IncidentInput = { customerId: 1, timestamp: "1997-04-01", kind: "policy-violation", staffHours: 1.5 };
 * ```
 * @category Customers
 */
export interface IncidentInput extends Omit<Incident, "customerId" | "timestamp"> {
  /** A non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly timestamp: Date | string;
}

/**
 * Kind of incident (see {@link IncidentKindSchema}).
 *
 * @example
 * ```ts
 * import type { IncidentKind } from "clientele/customers";
 * const value: IncidentKind = "abuse";
 * ```
 * @category Customers
 */
export type IncidentKind = "abuse" | "fraud" | "policy-violation" | "core-value-violation";
