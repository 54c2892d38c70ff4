import * as z from "zod/mini";
import { CustomerIdSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";

/**
 * One subscription (a contract) for the retention measures: its customer, its start and, once it ended,
 * its end (exclusive: the subscription is no longer active from `end` on). A customer with several
 * subscriptions gives one row each; each row is counted on its own.
 *
 * @example
 * ```ts
 * import type { Subscription } from "clientele/retention";
 * const s: Subscription = { customerId: "c1", start: new Date("2024-01-15"), end: new Date("2024-04-15") };
 * ```
 * @category Retention measures
 */
export interface Subscription {
  /** The customer. */
  readonly customerId: string;
  /** When the subscription started. */
  readonly start: Date;
  /** When it ended (not active from then on); absent while it runs. */
  readonly end?: Date | undefined;
}

/**
 * A subscription as accepted from callers: ids may be numbers, dates ISO-8601 strings.
 *
 * @example
 * ```ts
 * import type { SubscriptionInput } from "clientele/retention";
 * const s: SubscriptionInput = { customerId: 7, start: "2024-01-15" };
 * ```
 * @category Retention measures
 */
export interface SubscriptionInput {
  /** The customer: a non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** When the subscription started. */
  readonly start: Date | string;
  /** When it ended (exclusive), if it did. */
  readonly end?: Date | string | undefined;
}

/**
 * Schema of a {@link Subscription}: an end, when given, is at or after the start.
 *
 * @example
 * ```ts
 * import { SubscriptionSchema } from "clientele/retention";
 * SubscriptionSchema.parse({ customerId: 1, start: "2024-01-15" }).customerId; // => "1"
 * ```
 * @category Retention measures
 */
export const SubscriptionSchema: z.ZodMiniType<Subscription, SubscriptionInput> = /* @__PURE__ */ z
  .strictObject({
    customerId: CustomerIdSchema,
    start: TimestampSchema,
    end: /* @__PURE__ */ z.optional(TimestampSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((s, ctx) => {
      if (s.end !== undefined && s.end.getTime() < s.start.getTime()) {
        ctx.addIssue({
          code: "custom",
          path: ["end"],
          message: `expected a time at or after start (${s.start.toISOString()})`,
        });
      }
    }),
  );
