import { parseSavedFit } from "./_internal/parseSavedFit.ts";
import { type CountModelFit, CountModelFitSchema } from "./CountModelFit.ts";

/**
 * Loads a saved fit: validates a value (or JSON text) against {@link CountModelFitSchema} and returns it as
 * a fit the prediction functions accept. Saving is `JSON.stringify(fit)`; a fit holds only JSON values,
 * so `parseFit(JSON.stringify(fit))` equals `fit`.
 *
 * @param saved - The parsed JSON value, or the JSON text itself.
 * @returns A fresh, validated fit.
 * @throws {@link ClienteleInputError} `invalid_input` for text that is not JSON, an unknown `model`, or
 *   any field of the wrong type or out of range, with its path (`params.alpha`, `covariance`).
 * @example
 * ```ts
 * import { fitBgNbd, parseFit, probabilityAlive } from "clientele/clv";
 * const fit = fitBgNbd(
 *   { customerId: [1, 2, 3], frequency: [2, 0, 4], recency: [30, 0, 35], T: [38, 38, 38] },
 *   { unit: "week" },
 * );
 * const loaded = parseFit(JSON.stringify(fit));
 * loaded.params.r === fit.params.r; // => true
 * probabilityAlive(loaded, { frequency: 2, recency: 30, T: 38 }) === probabilityAlive(fit, { frequency: 2, recency: 30, T: 38 }); // => true
 * ```
 * @category CLV
 */
export function parseFit(saved: unknown): CountModelFit {
  return parseSavedFit("parseFit", CountModelFitSchema, saved);
}
