import * as z from "zod/mini";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { TimestampSchema } from "../../schema/TimestampSchema.ts";

/**
 * What to do with a transaction in the window that carries no `cost`: `"throw"` (the default; an
 * `invalid_input` at its path), `"zero"` (the product costs the firm nothing: a service, a licence), or
 * `{ margin }` (impute cost = amount × (1 − margin), the firm's stated gross margin in [0, 1]).
 *
 * @internal
 */
export type MissingCostPolicyValue = "throw" | "zero" | { readonly margin: number };

const MissingCostSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.literal("throw"),
  /* @__PURE__ */ z.literal("zero"),
  /* @__PURE__ */ z.strictObject({
    margin: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
  }),
]);

const WindowSchema = /* @__PURE__ */ z.strictObject({
  from: /* @__PURE__ */ z.optional(TimestampSchema),
  to: TimestampSchema,
  missingCost: /* @__PURE__ */ z.optional(MissingCostSchema),
});

/**
 * A validated window, as epoch milliseconds: events with `from ≤ t < to` count.
 *
 * @internal
 */
export interface ProfitWindow {
  /** Start (inclusive), or −∞ without `from`. */
  readonly fromMs: number;
  /** End (exclusive). */
  readonly toMs: number;
  /** The missing-cost policy. */
  readonly missingCost: MissingCostPolicyValue;
}

/**
 * Reads `{ from?, to, missingCost? }` (at path `options`): `to` is required (never "now", never the last
 * event), `from` must be before it.
 *
 * @param fn - Public function name.
 * @param options - The options as given.
 * @returns The window in epoch milliseconds and the policy.
 * @throws {@link ClienteleInputError} `invalid_input` at `options.…`.
 * @internal
 */
export function readProfitWindow(fn: string, options: unknown): ProfitWindow {
  const o = parseInput(fn, WindowSchema, options, ["options"]);
  const fromMs = o.from === undefined ? Number.NEGATIVE_INFINITY : o.from.getTime();
  const toMs = o.to.getTime();
  if (!(fromMs < toMs)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "from"],
          message: `expected a date before options.to (${o.to.toISOString()}), received ${o.from?.toISOString()}`,
          expected: "from < to",
        },
      ],
    });
  }
  return { fromMs, toMs, missingCost: o.missingCost ?? "throw" };
}
