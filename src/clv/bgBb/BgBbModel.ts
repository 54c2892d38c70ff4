import type { BgBbFit } from "./BgBbFit.ts";

/**
 * What the BG/BB predictions need of a fit: `model: "bg-bb"` and its parameters. Every {@link BgBbFit} is
 * one; so is a plain object with published or hypothetical parameters. Predictions count opportunities,
 * so no time unit is read.
 *
 * @example
 * ```ts
 * import { type BgBbModel, probabilityAlive } from "clientele/clv";
 * // Fader, Hardie & Shang (2010), donations
 * const published: BgBbModel = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } };
 * probabilityAlive(published, { frequency: 6, recency: 6, opportunities: 6 }).toFixed(3); // => "0.930"
 * ```
 * @category BG/BB
 */
export type BgBbModel = Pick<BgBbFit, "model" | "params">;
