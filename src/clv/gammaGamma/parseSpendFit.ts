import { parseSavedFit } from "../_internal/parseSavedFit.ts";
import { type GammaGammaFit, GammaGammaFitSchema } from "./GammaGammaFit.ts";

/**
 * Loads a saved spend fit: validates a value (or JSON text) against {@link GammaGammaFitSchema} and
 * returns it as a fit {@link expectedAverageSpend} accepts. Saving is `JSON.stringify(fit)`, and
 * `parseSpendFit(JSON.stringify(fit))` equals `fit`.
 *
 * @param saved - The parsed JSON value, or the JSON text itself.
 * @returns A fresh, validated fit.
 * @throws {@link ClienteleInputError} `invalid_input` for text that is not JSON, a `model` other than
 *   `"gamma-gamma"`, or any field of the wrong type or out of range, with its path (`params.q`).
 * @example
 * ```ts
 * import { fitGammaGamma, parseSpendFit } from "clientele/clv";
 * const fit = fitGammaGamma({ frequency: [2, 1, 4, 1, 3, 2, 6], monetaryValue: [22.35, 11.77, 35.1, 18.2, 26, 14.5, 41.3] });
 * parseSpendFit(JSON.stringify(fit)).params.p === fit.params.p; // => true
 * ```
 * @category CLV
 */
export function parseSpendFit(saved: unknown): GammaGammaFit {
  return parseSavedFit("parseSpendFit", GammaGammaFitSchema, saved);
}
