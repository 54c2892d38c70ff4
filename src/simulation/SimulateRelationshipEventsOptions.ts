import * as z from "zod/mini";
import { MAX_SAFE_INTEGER } from "../_lib/numberLimits.ts";
import { CurrencySchema } from "../schema/primitives.ts";
import { TimestampSchema } from "../schema/TimestampSchema.ts";
import { defaultRelationshipEventRates as d } from "./defaultRelationshipEventRates.ts";
import type { RelationshipEventRates } from "./RelationshipEventRates.ts";

const DAY = 86_400_000;
/** The longest window accepted, in days (100 years of 365.25 days): bounds the touchpoints drawn. */
const MAX_WINDOW_DAYS = 36_525;

const probability = () =>
  /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)));
const days = () =>
  /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(3650)));

const ratesObject = /* @__PURE__ */ z.strictObject({
  failurePerPurchase: /* @__PURE__ */ probability(),
  majorFailureShare: /* @__PURE__ */ probability(),
  complaintAfterMinor: /* @__PURE__ */ probability(),
  complaintAfterMajor: /* @__PURE__ */ probability(),
  resolvedQuicklyShare: /* @__PURE__ */ probability(),
  resolvedShare: /* @__PURE__ */ probability(),
  quickResolutionMaxDays: /* @__PURE__ */ days(),
  slowResolutionMinDays: /* @__PURE__ */ days(),
  slowResolutionMaxDays: /* @__PURE__ */ days(),
  abuseIncident: /* @__PURE__ */ probability(),
  fraudIncident: /* @__PURE__ */ probability(),
  policyViolationIncident: /* @__PURE__ */ probability(),
  coreValueViolationIncident: /* @__PURE__ */ probability(),
  staffHoursMin: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1000)),
  ),
  staffHoursMax: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1000)),
  ),
  touchpointsPerYear: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(365)),
  ),
  competitorOffer: /* @__PURE__ */ probability(),
  surveyPerPurchase: /* @__PURE__ */ probability(),
  unresolvedComplaintSatisfactionDrop: /* @__PURE__ */ probability(),
  pointsProgram: /* @__PURE__ */ probability(),
  tradeInOffer: /* @__PURE__ */ probability(),
  clubIfPointsMember: /* @__PURE__ */ probability(),
  clubOtherwise: /* @__PURE__ */ probability(),
  personalContact: /* @__PURE__ */ probability(),
  integratedSystem: /* @__PURE__ */ probability(),
  bondEnded: /* @__PURE__ */ probability(),
});

const optionsObject = /* @__PURE__ */ z
  .strictObject({
    seed: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_SAFE_INTEGER)),
    from: TimestampSchema,
    asOf: TimestampSchema,
    rates: /* @__PURE__ */ z.optional(ratesObject),
    currency: /* @__PURE__ */ z.optional(CurrencySchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((o, ctx) => {
      const span = o.asOf.getTime() - o.from.getTime();
      if (!(span > 0)) {
        ctx.addIssue({
          code: "custom",
          path: ["asOf"],
          message: "",
          params: { expected: `a time after from (${o.from.toISOString()})` },
        });
      } else if (span > MAX_WINDOW_DAYS * DAY) {
        ctx.addIssue({
          code: "custom",
          path: ["asOf"],
          message: "",
          params: { expected: `at most ${MAX_WINDOW_DAYS} days after from (${o.from.toISOString()})` },
        });
      }
      const r = o.rates;
      if (r === undefined) return;
      if ((r.resolvedQuicklyShare ?? d.resolvedQuicklyShare) + (r.resolvedShare ?? d.resolvedShare) > 1 + 1e-12) {
        ctx.addIssue({
          code: "custom",
          path: ["rates", "resolvedShare"],
          message: "",
          params: { expected: "resolvedQuicklyShare + resolvedShare ≤ 1" },
        });
      }
      if ((r.slowResolutionMinDays ?? d.slowResolutionMinDays) > (r.slowResolutionMaxDays ?? d.slowResolutionMaxDays)) {
        ctx.addIssue({
          code: "custom",
          path: ["rates", "slowResolutionMaxDays"],
          message: "",
          params: { expected: "slowResolutionMaxDays ≥ slowResolutionMinDays" },
        });
      }
      if ((r.staffHoursMin ?? d.staffHoursMin) > (r.staffHoursMax ?? d.staffHoursMax)) {
        ctx.addIssue({
          code: "custom",
          path: ["rates", "staffHoursMax"],
          message: "",
          params: { expected: "staffHoursMax ≥ staffHoursMin" },
        });
      }
    }),
  );

/**
 * Options of {@link simulateRelationshipEvents} as validated (output of
 * {@link SimulateRelationshipEventsOptionsSchema}).
 *
 * @example
 * ```ts
 * import type { SimulateRelationshipEventsOptions } from "clientele/simulation";
 * const options: SimulateRelationshipEventsOptions = {
 *   seed: 19, from: new Date("1997-01-01"), asOf: new Date("1998-06-30"), rates: { failurePerPurchase: 0.1 },
 * };
 * ```
 * @category Simulation
 */
export interface SimulateRelationshipEventsOptions {
  /** The seed, a safe integer ≥ 0: the same seed gives the same events. */
  readonly seed: number;
  /** Start of the window: no event is dated before it. Required (never defaulted to the first row). */
  readonly from: Date;
  /** End of the window: no event is dated after it. Required (never defaulted to now or to the last row); after `from`, at most 36,525 days later. */
  readonly asOf: Date;
  /** Rates overriding {@link defaultRelationshipEventRates}, field by field. */
  readonly rates?: { readonly [K in keyof RelationshipEventRates]?: number | undefined } | undefined;
  /** ISO 4217 currency stated on the trade-in offers' `value`; absent = no currency stated. */
  readonly currency?: string | undefined;
}

/**
 * What {@link SimulateRelationshipEventsOptionsSchema} accepts: as
 * {@link SimulateRelationshipEventsOptions}, with `from` and `asOf` as a `Date` or a strict ISO-8601 string.
 *
 * @example
 * ```ts
 * import type { SimulateRelationshipEventsOptionsInput } from "clientele/simulation";
 * const options: SimulateRelationshipEventsOptionsInput = { seed: 19, from: "1997-01-01", asOf: "1998-06-30" };
 * ```
 * @category Simulation
 */
export interface SimulateRelationshipEventsOptionsInput
  extends Omit<SimulateRelationshipEventsOptions, "from" | "asOf"> {
  /** A valid `Date` or a strict ISO-8601 string. */
  readonly from: Date | string;
  /** A valid `Date` or a strict ISO-8601 string, after `from`. */
  readonly asOf: Date | string;
}

/**
 * Schema of the options of {@link simulateRelationshipEvents}: `seed` (a safe integer ≥ 0), the window
 * `from`…`asOf` (both required, `asOf` after `from` and at most 36,525 days later), optional `rates`
 * (each a probability in [0, 1], day counts in [0, 3650], staff hours in [0, 1000], touchpoints per
 * year in [0, 365]; `resolvedQuicklyShare + resolvedShare ≤ 1`, each maximum not below its minimum) and
 * an optional `currency`. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { SimulateRelationshipEventsOptionsSchema } from "clientele/simulation";
 * import { parseInput } from "clientele/schema";
 * const o = parseInput("load", SimulateRelationshipEventsOptionsSchema, { seed: 1, from: "1997-01-01", asOf: "1998-06-30" });
 * o.asOf.toISOString(); // => "1998-06-30T00:00:00.000Z"
 * ```
 * @category Simulation
 */
export const SimulateRelationshipEventsOptionsSchema: z.ZodMiniType<
  SimulateRelationshipEventsOptions,
  SimulateRelationshipEventsOptionsInput
> = optionsObject;
