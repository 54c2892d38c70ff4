import { parseSavedFit } from "../_internal/parseSavedFit.ts";
import { type BgBbFit, BgBbFitSchema } from "./BgBbFit.ts";

/**
 * Loads a saved BG/BB fit: validates a value (or JSON text) against {@link BgBbFitSchema}. Saving is
 * `JSON.stringify(fit)`, and `parseBgBbFit(JSON.stringify(fit))` equals `fit`.
 *
 * @param saved - The parsed JSON value, or the JSON text itself.
 * @returns A fresh, validated fit.
 * @throws {@link ClienteleInputError} `invalid_input` for text that is not JSON, another `model`, or any
 *   field of the wrong type or out of range, with its path (`params.gamma`, `covariance`).
 * @example
 * ```ts
 * import { fitBgBb, parseBgBbFit } from "clientele/clv";
 * const fit = fitBgBb({ frequency: [0, 2, 6], recency: [0, 4, 6], opportunities: [6, 6, 6], count: [30, 20, 10] }, { unit: "year" });
 * parseBgBbFit(JSON.stringify(fit)).params.alpha === fit.params.alpha; // => true
 * ```
 * @category CLV
 */
export function parseBgBbFit(saved: unknown): BgBbFit {
  return parseSavedFit("parseBgBbFit", BgBbFitSchema, saved);
}
