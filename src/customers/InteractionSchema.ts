import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";

/**
 * The direction of a touchpoint: `"inbound"` (the customer reaches the firm) or `"outbound"` (the firm
 * reaches the customer).
 *
 * @example
 * ```ts
 * import { InteractionDirectionSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", InteractionDirectionSchema, "inbound"); // => "inbound"
 * ```
 * @category Customers
 */
export const InteractionDirectionSchema: z.ZodMiniType<InteractionDirection, InteractionDirection> =
  /* @__PURE__ */ z.enum(["inbound", "outbound"]);

const interactionObject = /* @__PURE__ */ z.strictObject({
  customerId: CustomerIdSchema,
  timestamp: TimestampSchema,
  kind: LabelSchema,
  channel: LabelSchema,
  direction: InteractionDirectionSchema,
  topic: /* @__PURE__ */ z.optional(LabelSchema),
});

/**
 * A touchpoint in the two-way, post-purchase dialogue the firm keeps with a customer: its `kind`
 * (`"call"`, `"visit"`, `"newsletter"`, `"club-event"`, … — free labels), `channel` (`"phone"`, `"email"`,
 * `"store"`, …), `direction`, and an optional `topic`.
 *
 * @example
 * ```ts
 * import { InteractionSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", InteractionSchema, {
 *   customerId: "0001", timestamp: "1997-02-01", kind: "call", channel: "phone", direction: "outbound",
 * }).direction; // => "outbound"
 * ```
 * @category Customers
 */
export const InteractionSchema: z.ZodMiniType<Interaction, InteractionInput> = interactionObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _InteractionSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof interactionObject>, Interaction>>,
  AssertTrue<SameShape<z.input<typeof interactionObject>, InteractionInput>>,
];

/**
 * A validated touchpoint (output of {@link InteractionSchema}).
 *
 * @example
 * ```ts
 * import type { Interaction } from "clientele/customers";
 * const i: Interaction = {
 *   customerId: "0001", timestamp: new Date("1997-02-01"), kind: "call", channel: "phone", direction: "outbound",
 * };
 * ```
 * @category Customers
 */
export interface Interaction {
  /** The customer's id. */
  readonly customerId: string;
  /** When the touchpoint happened. */
  readonly timestamp: Date;
  /** What happened: a free label (`"call"`, `"visit"`, `"newsletter"`, `"club-event"`, …). */
  readonly kind: string;
  /** Through which channel (`"phone"`, `"email"`, `"store"`, …). */
  readonly channel: string;
  /** Who reached whom. */
  readonly direction: InteractionDirection;
  /** Optional subject label. */
  readonly topic?: string | undefined;
}

/**
 * What {@link InteractionSchema} accepts.
 *
 * @example
 * ```ts
 * import type { InteractionInput } from "clientele/customers";
 * const i: InteractionInput = { customerId: 1, timestamp: "1997-02-01", kind: "visit", channel: "store", direction: "inbound" };
 * ```
 * @category Customers
 */
export interface InteractionInput extends Omit<Interaction, "customerId" | "timestamp"> {
  /** A non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly timestamp: Date | string;
}

/**
 * Direction of a touchpoint (see {@link InteractionDirectionSchema}).
 *
 * @example
 * ```ts
 * import type { InteractionDirection } from "clientele/customers";
 * const value: InteractionDirection = "inbound";
 * ```
 * @category Customers
 */
export type InteractionDirection = "inbound" | "outbound";
