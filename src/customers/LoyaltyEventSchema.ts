import * as z from "zod/mini";
import { CustomerIdSchema, LabelSchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import type { AssertTrue, SameShape } from "./_internal/assertSchemaType.ts";

/**
 * What a loyalty-ledger event does to a member's points: `"accrual"` (points earned, one lot),
 * `"redemption"` (points spent on a reward) or `"expiry"` (points lost unused).
 *
 * @example
 * ```ts
 * import { LoyaltyEventTypeSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", LoyaltyEventTypeSchema, "redemption"); // => "redemption"
 * ```
 * @category Customers
 */
export const LoyaltyEventTypeSchema: z.ZodMiniType<LoyaltyEventType, LoyaltyEventType> = /* @__PURE__ */ z.enum([
  "accrual",
  "redemption",
  "expiry",
]);

const PointsSchema = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));

const loyaltyEventObject = /* @__PURE__ */ z
  .strictObject({
    customerId: CustomerIdSchema,
    timestamp: TimestampSchema,
    type: LoyaltyEventTypeSchema,
    points: PointsSchema,
    programId: /* @__PURE__ */ z.optional(LabelSchema),
    qualifyingCredits: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
    expiresAt: /* @__PURE__ */ z.optional(TimestampSchema),
    rewardId: /* @__PURE__ */ z.optional(LabelSchema),
    transactionId: /* @__PURE__ */ z.optional(LabelSchema),
    eventId: /* @__PURE__ */ z.optional(LabelSchema),
    note: /* @__PURE__ */ z.optional(LabelSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((event, ctx) => {
      const accrualOnly = (field: "qualifyingCredits" | "expiresAt") => {
        if (event[field] !== undefined && event.type !== "accrual") {
          ctx.addIssue({
            code: "custom",
            path: [field],
            message: "",
            params: { expected: `no ${field} on a${event.type === "expiry" ? "n" : ""} ${event.type} (accruals only)` },
          });
        }
      };
      accrualOnly("qualifyingCredits");
      accrualOnly("expiresAt");
      if (event.rewardId !== undefined && event.type !== "redemption") {
        ctx.addIssue({
          code: "custom",
          path: ["rewardId"],
          message: "",
          params: { expected: `no rewardId on an ${event.type} (redemptions only)` },
        });
      }
      if (event.expiresAt !== undefined && event.expiresAt.getTime() < event.timestamp.getTime()) {
        ctx.addIssue({
          code: "custom",
          path: ["expiresAt"],
          message: "",
          params: { expected: `a time at or after the accrual (${event.timestamp.toISOString()})` },
        });
      }
    }),
  );

/**
 * One event of a member's points ledger: an accrual, a redemption or an expiry of `points` (> 0) at
 * `timestamp`. The balance is always derived from the events, never stored.
 *
 * @remarks
 * - `programId` names the program when a member belongs to several; absent means the only one.
 * - On an accrual: `qualifyingCredits` (≥ 0) are the tier-qualifying credits it earns when they differ from
 *   the points (status miles, nights), and `expiresAt` is when the lot expires when the host system fixed it
 *   (not before the accrual). Either on another type is an `invalid_input` issue at that field.
 * - On a redemption: `rewardId` names the reward taken (its cost to the firm is in the program's definition).
 * - `transactionId` links an accrual to the purchase that earned it; `eventId` and `note` are kept as given.
 *
 * @example
 * ```ts
 * import { LoyaltyEventSchema } from "clientele/customers";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", LoyaltyEventSchema, {
 *   customerId: "0001", timestamp: "2024-03-01", type: "accrual", points: 120, transactionId: "T-77",
 * }).points; // => 120
 * ```
 * @category Customers
 */
export const LoyaltyEventSchema: z.ZodMiniType<LoyaltyEvent, LoyaltyEventInput> = loyaltyEventObject;

/** Compile-time guard: the documented interfaces match the schema exactly. */
type _LoyaltyEventSchemaMatches = [
  AssertTrue<SameShape<z.output<typeof loyaltyEventObject>, LoyaltyEvent>>,
  AssertTrue<SameShape<z.input<typeof loyaltyEventObject>, LoyaltyEventInput>>,
];

/**
 * A validated loyalty-ledger event (output of {@link LoyaltyEventSchema}).
 *
 * @example
 * ```ts
 * import type { LoyaltyEvent } from "clientele/customers";
 * const e: LoyaltyEvent = { customerId: "0001", timestamp: new Date("2024-06-01"), type: "redemption", points: 500 };
 * ```
 * @category Customers
 */
export interface LoyaltyEvent {
  /** The member's customer id. */
  readonly customerId: string;
  /** When it happened. */
  readonly timestamp: Date;
  /** Accrual, redemption or expiry. */
  readonly type: LoyaltyEventType;
  /** Points, > 0 (the type says which way they move). */
  readonly points: number;
  /** The program, when a member belongs to several. */
  readonly programId?: string | undefined;
  /** Accruals: tier-qualifying credits earned, ≥ 0, when they differ from the points. */
  readonly qualifyingCredits?: number | undefined;
  /** Accruals: when this lot expires, if the host system fixed it. */
  readonly expiresAt?: Date | undefined;
  /** Redemptions: the reward taken. */
  readonly rewardId?: string | undefined;
  /** The purchase that earned the points. */
  readonly transactionId?: string | undefined;
  /** The host's id for the event. */
  readonly eventId?: string | undefined;
  /** Optional free note. */
  readonly note?: string | undefined;
}

/**
 * What {@link LoyaltyEventSchema} accepts.
 *
 * @example
 * ```ts
 * import type { LoyaltyEventInput } from "clientele/customers";
 * const e: LoyaltyEventInput = { customerId: 7, timestamp: "2024-12-31", type: "expiry", points: 40 };
 * ```
 * @category Customers
 */
export interface LoyaltyEventInput extends Omit<LoyaltyEvent, "customerId" | "timestamp" | "expiresAt"> {
  /** A non-empty string or a non-negative integer. */
  readonly customerId: string | number;
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly timestamp: Date | string;
  /** A valid `Date` or a strict ISO-8601 string, not before `timestamp`. */
  readonly expiresAt?: Date | string | undefined;
}

/**
 * Type of a loyalty-ledger event (see {@link LoyaltyEventTypeSchema}).
 *
 * @example
 * ```ts
 * import type { LoyaltyEventType } from "clientele/customers";
 * const t: LoyaltyEventType = "accrual";
 * ```
 * @category Customers
 */
export type LoyaltyEventType = "accrual" | "redemption" | "expiry";
