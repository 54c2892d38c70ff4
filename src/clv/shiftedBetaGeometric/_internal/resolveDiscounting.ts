import * as z from "zod/mini";
import { resolveDiscountRate } from "../../../_lib/resolveDiscountRate.ts";
import { type TimeUnit, TimeUnitSchema } from "../../../time/TimeUnitSchema.ts";
import type { DiscountRate } from "../../DiscountRate.ts";
import type { PaymentTiming } from "../RetentionDiscountingOptions.ts";

const Rate = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Zod fields of {@link RetentionDiscountingOptions}, spread into each discounting function's options schema.
 *
 * @internal
 */
export const discountingFields = {
  /** A number ≥ 0 or `{ rate, per }`. */
  discountRate: /* @__PURE__ */ z.union([Rate, /* @__PURE__ */ z.strictObject({ rate: Rate, per: TimeUnitSchema })]),
  /** `"start"` or `"end"`. */
  timing: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["start", "end"])),
};

/**
 * The discount rate per period of the fit and the payment timing: a `{ rate, per }` is carried to the
 * fit's unit as the equivalent compound rate where the ratio is exact ({@link resolveDiscountRate}).
 *
 * @param fnName - Public function name.
 * @param unit - The fit's unit.
 * @param discountRate - The parsed rate.
 * @param timing - The parsed timing, if given.
 * @returns `d` (per period of the fit) and the timing (default `"start"`).
 * @throws {@link ClienteleInputError} `invalid_input` at `options.discountRate.per` when `per` has no exact
 *   ratio to `unit` (a rate per year for a fit in weeks), or at `options.discountRate.rate` when the
 *   converted rate overflows.
 * @internal
 */
export function resolveDiscounting(
  fnName: string,
  unit: TimeUnit,
  discountRate: DiscountRate,
  timing: PaymentTiming | undefined,
): { readonly d: number; readonly timing: PaymentTiming } {
  return {
    d: resolveDiscountRate(fnName, discountRate, unit, ["options", "discountRate"]),
    timing: timing ?? "start",
  };
}
