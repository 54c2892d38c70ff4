import * as z from "zod/mini";

/**
 * Parameters of the BG/BB model (Fader, Hardie & Shang 2010): a customer's transaction probability per
 * opportunity p ~ Beta(α, β), and their dropout probability per opportunity θ ~ Beta(γ, δ).
 *
 * @example
 * ```ts
 * import type { BgBbParams } from "clientele/clv";
 * // Fader, Hardie & Shang (2010), donations
 * const published: BgBbParams = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * ```
 * @category BG/BB
 */
export interface BgBbParams {
  /** First shape α of the beta distribution of transaction probabilities p. */
  readonly alpha: number;
  /** Second shape β of the beta distribution of transaction probabilities p. */
  readonly beta: number;
  /** First shape γ of the beta distribution of dropout probabilities θ. */
  readonly gamma: number;
  /** Second shape δ of the beta distribution of dropout probabilities θ. */
  readonly delta: number;
}

const Positive = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));

/**
 * Schema of {@link BgBbParams}: α, β, γ, δ, each a finite number > 0, no other keys.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { BgBbParamsSchema } from "clientele/clv";
 * parseInput("load", BgBbParamsSchema, { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 }).alpha; // => 1.2
 * ```
 * @category BG/BB
 */
export const BgBbParamsSchema: z.ZodMiniType<BgBbParams, unknown> = /* @__PURE__ */ z.strictObject({
  alpha: Positive,
  beta: Positive,
  gamma: Positive,
  delta: Positive,
});
