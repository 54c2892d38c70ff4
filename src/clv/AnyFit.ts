import type { BgBbFit } from "./bgBb/BgBbFit.ts";
import type { CountModelFit } from "./CountModelFit.ts";
import type { GammaGammaFit } from "./gammaGamma/GammaGammaFit.ts";
import type { ShiftedBetaGeometricFit } from "./shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";

/**
 * Any fit of `clientele/clv`, discriminated by `model`: the count models ({@link CountModelFit}), BG/BB
 * ({@link BgBbFit}), the shifted-beta-geometric retention model ({@link ShiftedBetaGeometricFit}) and
 * Gamma-Gamma spend ({@link GammaGammaFit}). What {@link parseAnyFit} returns; switch on `model` to use it.
 *
 * @example
 * ```ts
 * import { type AnyFit, parseAnyFit, probabilityAlive, survivalCurve } from "clientele/clv";
 * declare const saved: string; // from a table of fits of several kinds
 * const fit: AnyFit = parseAnyFit(saved);
 * if (fit.model === "shifted-beta-geometric") survivalCurve(fit, 12);
 * else if (fit.model === "bg-bb") probabilityAlive(fit, { frequency: 2, recency: 5, opportunities: 6 });
 * ```
 * @category Fits
 */
export type AnyFit = CountModelFit | BgBbFit | ShiftedBetaGeometricFit | GammaGammaFit;
