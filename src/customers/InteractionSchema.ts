import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";

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
export const InteractionDirectionSchema = /* @__PURE__ */ z.enum(["inbound", "outbound"]);

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
export const InteractionSchema = /* @__PURE__ */ z.strictObject({
  customerId: CustomerIdSchema,
  timestamp: TimestampSchema,
  kind: LabelSchema,
  channel: LabelSchema,
  direction: InteractionDirectionSchema,
  topic: /* @__PURE__ */ z.optional(LabelSchema),
});

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
export type Interaction = z.output<typeof InteractionSchema>;

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
export type InteractionInput = z.input<typeof InteractionSchema>;
