import * as z from "zod/mini";

/** Whole days ≥ 0 (rule options). @internal */
export const DaysOption = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(36_500));
/** A non-empty label (rule options). @internal */
export const LabelOption = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1));
/** Money ≥ 0 (rule options). @internal */
export const MoneyOption = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1e15));

/**
 * Rounds to two decimals (messages and evidence).
 *
 * @param x - The number.
 * @returns x rounded to 0.01.
 * @internal
 */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * A date as `YYYY-MM-DD` (UTC), for messages.
 *
 * @param d - The date.
 * @returns Its UTC calendar date.
 * @internal
 */
export function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}
