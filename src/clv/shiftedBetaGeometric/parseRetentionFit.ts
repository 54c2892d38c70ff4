import { parseSavedFit } from "../_internal/parseSavedFit.ts";
import { type ShiftedBetaGeometricFit, ShiftedBetaGeometricFitSchema } from "./ShiftedBetaGeometricFit.ts";

/**
 * Loads a saved retention fit: validates a value (or JSON text) against
 * {@link ShiftedBetaGeometricFitSchema} and returns it as a fit the retention predictions accept. Saving
 * is `JSON.stringify(fit)`; a fit holds only JSON values, so `parseRetentionFit(JSON.stringify(fit))`
 * equals `fit`.
 *
 * @param saved - The parsed JSON value, or the JSON text itself.
 * @returns A fresh, validated fit.
 * @throws {@link ClienteleInputError} `invalid_input` for text that is not JSON, another `model`, or any
 *   field of the wrong type or out of range, with its path (`params.alpha`, `covariance`).
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric, parseRetentionFit, retentionRate } from "clientele/clv";
 * const fit = fitShiftedBetaGeometric({ survivors: [1000, 869, 743, 653, 593, 551, 517, 491] }, { unit: "year" });
 * const loaded = parseRetentionFit(JSON.stringify(fit));
 * loaded.params.beta === fit.params.beta; // => true
 * retentionRate(loaded, 3) === retentionRate(fit, 3); // => true
 * ```
 * @category CLV
 */
export function parseRetentionFit(saved: unknown): ShiftedBetaGeometricFit {
  return parseSavedFit("parseRetentionFit", ShiftedBetaGeometricFitSchema, saved);
}
