import * as z from "zod/mini";
import { MAX_DOUBLE } from "../_lib/numberLimits.ts";
import { CurrencySchema, LabelSchema } from "../schema/primitives.ts";

const rate = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(MAX_DOUBLE));
const rateTable = () => /* @__PURE__ */ z.record(LabelSchema, rate());

const costDriversObject = /* @__PURE__ */ z.strictObject({
  currency: /* @__PURE__ */ z.optional(CurrencySchema),
  perOrder: /* @__PURE__ */ z.optional(rate()),
  perOrderByChannel: /* @__PURE__ */ z.optional(rateTable()),
  revenueShare: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
  ),
  perInteraction: /* @__PURE__ */ z.optional(rateTable()),
  otherInteraction: /* @__PURE__ */ z.optional(rate()),
  perServiceFailure: /* @__PURE__ */ z.optional(rate()),
  perComplaint: /* @__PURE__ */ z.optional(rate()),
  perIncidentStaffHour: /* @__PURE__ */ z.optional(rate()),
});

/**
 * The activity-based cost-driver table the app supplies: what each activity a customer causes costs the
 * firm, keyed by the events of a `CustomerRecord` (see {@link costToServe}). Every rate is a finite
 * number ≥ 0 in `currency`; a driver left out is not an activity the table prices.
 *
 * @remarks
 * - `perOrder`: each transaction (order processing, picking, invoicing); `perOrderByChannel[channel]`
 *   replaces it for a transaction of that channel (a home delivery costs more than a store sale).
 * - `revenueShare`: a share of the revenue in [0, 1] (discounts and rebates granted, payment fees).
 * - `perInteraction[kind]`: each touchpoint of that `kind` (`"delivery"`, `"return"`, `"call"`,
 *   `"visit"`, …). When `perInteraction` is given, every interaction in the window must be of a listed
 *   kind or `otherInteraction` must price the rest: an unlisted kind is never silently free.
 * - `perServiceFailure`, `perComplaint` (by `openedAt`), `perIncidentStaffHour` (× each incident's
 *   `staffHours`).
 *
 * @example
 * ```ts
 * import { CostDriversSchema } from "clientele/value";
 * import { parseInput } from "clientele/schema";
 * const d = parseInput("setup", CostDriversSchema, { perOrder: 4, perInteraction: { return: 12, call: 3 } });
 * d.perInteraction?.return; // => 12
 * ```
 * @category Profitability
 */
export const CostDriversSchema: z.ZodMiniType<CostDrivers, CostDriversInput> = costDriversObject;

/**
 * A validated cost-driver table (see {@link CostDriversSchema}).
 *
 * @example
 * ```ts
 * import type { CostDrivers } from "clientele/value";
 * const drivers: CostDrivers = {
 *   currency: "EUR", perOrder: 3, perOrderByChannel: { web: 7.5 }, revenueShare: 0.02,
 *   perInteraction: { return: 12, call: 4, visit: 60 }, otherInteraction: 0, perIncidentStaffHour: 40,
 * };
 * ```
 * @category Profitability
 */
export interface CostDrivers {
  /** ISO 4217 currency of the rates; transactions in another currency are rejected, never converted. */
  readonly currency?: string | undefined;
  /** Cost of each transaction (an order), ≥ 0. */
  readonly perOrder?: number | undefined;
  /** Cost of a transaction by its `channel`, ≥ 0; replaces `perOrder` for the channels listed. */
  readonly perOrderByChannel?: Readonly<Record<string, number>> | undefined;
  /** Share of revenue in [0, 1] the customer costs in discounts, rebates or payment fees. */
  readonly revenueShare?: number | undefined;
  /** Cost of each interaction by its `kind` (`"delivery"`, `"return"`, `"call"`, `"visit"`, …), ≥ 0. */
  readonly perInteraction?: Readonly<Record<string, number>> | undefined;
  /** Cost of an interaction whose kind `perInteraction` does not list (0 to declare them free). */
  readonly otherInteraction?: number | undefined;
  /** Cost of handling each service failure, ≥ 0. */
  readonly perServiceFailure?: number | undefined;
  /** Cost of handling each complaint, ≥ 0. */
  readonly perComplaint?: number | undefined;
  /** Cost of one staff hour spent on incidents (× `staffHours`), ≥ 0. */
  readonly perIncidentStaffHour?: number | undefined;
}

/**
 * What {@link CostDriversSchema} accepts (the same shape as {@link CostDrivers}).
 *
 * @example
 * ```ts
 * import type { CostDriversInput } from "clientele/value";
 * const input: CostDriversInput = { perOrder: 4, perComplaint: 25 };
 * ```
 * @category Profitability
 */
export type CostDriversInput = CostDrivers;
