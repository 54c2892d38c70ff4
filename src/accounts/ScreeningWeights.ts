import * as z from "zod/mini";

/**
 * Weights of the key-account score: one per factor, each ≥ 0, summing to 1 (checked to 1e-9).
 *
 * @example
 * ```ts
 * import type { ScreeningWeights } from "clientele/accounts";
 * const w: ScreeningWeights = { profitability: 0.6, growth: 0.4, strategicFit: 0 };
 * ```
 * @category Key accounts
 */
export interface ScreeningWeights {
  /** Weight of current profit. */
  readonly profitability: number;
  /** Weight of expected growth. */
  readonly growth: number;
  /** Weight of strategic fit. */
  readonly strategicFit: number;
}

/**
 * The three screening factors, in the order the score lists them.
 *
 * @example
 * ```ts
 * import { screeningFactors } from "clientele/accounts";
 * screeningFactors; // => ["profitability", "growth", "strategicFit"]
 * ```
 * @category Key accounts
 */
export const screeningFactors = [
  "profitability",
  "growth",
  "strategicFit",
] as const satisfies readonly (keyof ScreeningWeights)[];

/**
 * A screening factor: `"profitability"`, `"growth"` or `"strategicFit"`.
 *
 * @example
 * ```ts
 * import type { ScreeningFactor } from "clientele/accounts";
 * const f: ScreeningFactor = "growth";
 * ```
 * @category Key accounts
 */
export type ScreeningFactor = (typeof screeningFactors)[number];

/**
 * The default weights: current profitability 0.5, growth 0.3, strategic fit 0.2 (profit first, as the
 * key-account literature screens on current value before prospects). A convention, not a finding: set
 * your own.
 *
 * @example
 * ```ts
 * import { defaultScreeningWeights } from "clientele/accounts";
 * defaultScreeningWeights.profitability; // => 0.5
 * ```
 * @category Key accounts
 */
export const defaultScreeningWeights: ScreeningWeights = { profitability: 0.5, growth: 0.3, strategicFit: 0.2 };

const weight = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Schema of {@link ScreeningWeights}: three finite weights ≥ 0 that sum to 1 (within 1e-9); a sum
 * elsewhere is an issue at the weights' path.
 *
 * @example
 * ```ts
 * import { ScreeningWeightsSchema } from "clientele/accounts";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", ScreeningWeightsSchema, { profitability: 0.5, growth: 0.5, strategicFit: 0 }).growth; // => 0.5
 * ```
 * @category Key accounts
 */
export const ScreeningWeightsSchema: z.ZodMiniType<ScreeningWeights, ScreeningWeights> = /* @__PURE__ */ z
  .strictObject({ profitability: weight, growth: weight, strategicFit: weight })
  .check(
    /* @__PURE__ */ z.refine(
      (w: ScreeningWeights) => Math.abs(w.profitability + w.growth + w.strategicFit - 1) <= 1e-9,
      {
        params: { expected: "weights summing to 1" },
      },
    ),
  );
