import * as z from "zod/mini";
import { resolveDiscountRate } from "../../_lib/resolveDiscountRate.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { TimeUnitSchema } from "../../time/TimeUnitSchema.ts";

const Schema = /* @__PURE__ */ z.object({
  retention: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lt(1)),
  unit: /* @__PURE__ */ z.optional(TimeUnitSchema),
});

/**
 * Reads a margin-multiple input: r in [0, 1) and i per period.
 *
 * @param fn - Public function name.
 * @param input - `{ retention, discountRate, unit? }` as given.
 * @param path - Its path.
 * @returns r and i per period.
 * @throws {@link ClienteleInputError} `invalid_input` at `path…`.
 * @internal
 */
export function readMarginMultipleInput(
  fn: string,
  input: unknown,
  path: readonly (string | number)[],
): { readonly retention: number; readonly rate: number } {
  const o = parseInput(fn, Schema, input, [...path]);
  const rate = resolveDiscountRate(
    fn,
    (input as { discountRate?: unknown }).discountRate,
    o.unit,
    [...path, "discountRate"],
    "period",
  );
  return { retention: o.retention, rate };
}
