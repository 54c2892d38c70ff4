import type * as z from "zod/mini";
import { resolveDiscountRate } from "../../_lib/resolveDiscountRate.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { TimeUnit } from "../../time/TimeUnitSchema.ts";

/**
 * Parses an offer (at `offer`) and resolves its `discountRate` to a compound rate per the offer's
 * `unit` with the library's one {@link DiscountRate} conversion (exact unit ratios only).
 *
 * @internal
 */
export function readOffer<T extends { readonly unit: TimeUnit; readonly discountRate: unknown }>(
  fn: string,
  schema: z.ZodMiniType<T, unknown>,
  input: unknown,
): { readonly offer: T; readonly rate: number; readonly discount: (periods: number) => number } {
  const offer = parseInput(fn, schema, input, ["offer"]);
  const rate = resolveDiscountRate(fn, offer.discountRate, offer.unit, ["offer", "discountRate"], "offer");
  // 1 / (1 + d)^n, through log1p so small rates keep their digits.
  return { offer, rate, discount: (periods) => Math.exp(-periods * Math.log1p(rate)) };
}
