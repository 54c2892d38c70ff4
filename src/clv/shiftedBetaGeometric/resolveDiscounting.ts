import * as z from "zod/mini";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { type TimeUnit, TimeUnitSchema } from "../../time/TimeUnitSchema.ts";
import type { PaymentTiming, RetentionDiscountRate } from "./RetentionDiscountingOptions.ts";

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
 * The discount rate per period of the fit and the payment timing, after checking that an explicit
 * `{ rate, per }` is per the fit's unit.
 *
 * @param fnName - Public function name.
 * @param unit - The fit's unit.
 * @param discountRate - The parsed rate.
 * @param timing - The parsed timing, if given.
 * @returns `d` (per period of the fit) and the timing (default `"start"`).
 * @throws {@link ClienteleInputError} `invalid_input` at `options.discountRate.per` when it is not `unit`.
 * @internal
 */
export function resolveDiscounting(
  fnName: string,
  unit: TimeUnit,
  discountRate: RetentionDiscountRate,
  timing: PaymentTiming | undefined,
): { readonly d: number; readonly timing: PaymentTiming } {
  if (typeof discountRate !== "number" && discountRate.per !== unit) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "discountRate", "per"],
          message: `expected "${unit}" (the fit's unit), received "${discountRate.per}"; give the rate per ${unit} (clientele does not convert rates between units)`,
          expected: `"${unit}"`,
          received: `"${discountRate.per}"`,
        },
      ],
    });
  }
  return { d: typeof discountRate === "number" ? discountRate : discountRate.rate, timing: timing ?? "start" };
}
