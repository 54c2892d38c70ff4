import { readSavedFit } from "./_internal/readSavedFit.ts";
import type { AnyFit } from "./AnyFit.ts";

/**
 * Loads a saved fit of any model of `clientele/clv` (JSON text or an already-parsed value): reads its
 * `model` and validates it against that model's schema. Saving is `JSON.stringify(fit)`; a fit holds
 * only JSON values, so `parseAnyFit(JSON.stringify(fit))` equals `fit`, and the loaded fit keeps the
 * saved key order: `JSON.stringify(parseAnyFit(text)) === text` for text saved that way (unknown keys
 * are dropped). Switch on `model` to use the
 * result, or name the model you expect as a second argument to get its own fit type back.
 *
 * @param saved - The parsed JSON value, or the JSON text itself.
 * @returns A fresh, validated {@link AnyFit}.
 * @throws {@link ClienteleInputError} `invalid_input` for text that is not JSON, a missing or unknown
 *   `model` (path `model`, listing the known ones), or a field of the wrong type or out of range, with
 *   its path (`params.alpha`).
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric, parseAnyFit } from "clientele/clv";
 * const fit = fitShiftedBetaGeometric({ survivors: [1000, 631, 468, 382, 326] }, { unit: "year" });
 * const loaded = parseAnyFit(JSON.stringify(fit)); // AnyFit
 * loaded.model; // => "shifted-beta-geometric"
 * ```
 * @see {@link AnyFit}
 * @category Fits
 */
export function parseAnyFit(saved: unknown, model?: undefined): AnyFit;
/**
 * Loads a saved fit of the model you expect (JSON text or an already-parsed value), typed as that
 * model's fit: `parseAnyFit(text, "bg-nbd")` returns a {@link BgNbdFit}, `parseAnyFit(text,
 * "gamma-gamma")` a {@link GammaGammaFit}. The model ids are `"bg-nbd"`, `"pareto-nbd"`, `"mbg-nbd"`,
 * `"bg-bb"`, `"shifted-beta-geometric"` and `"gamma-gamma"`.
 *
 * @typeParam Model - The expected model id.
 * @param saved - The parsed JSON value, or the JSON text itself.
 * @param model - The model the fit must be.
 * @returns A fresh, validated fit of `model`; `parseAnyFit(JSON.stringify(fit), fit.model)` equals `fit`.
 * @throws {@link ClienteleInputError} `invalid_input` for text that is not JSON, a fit of another model
 *   (path `model`, naming the expected and the received one), or a field of the wrong type or out of
 *   range, with its path (`params.alpha`, `covariance`).
 * @example
 * ```ts
 * import { fitBgNbd, parseAnyFit, probabilityAlive } from "clientele/clv";
 * const fit = fitBgNbd(
 *   { customerId: [1, 2, 3], frequency: [2, 0, 4], recency: [30, 0, 35], T: [38, 38, 38] },
 *   { unit: "week" },
 * );
 * const loaded = parseAnyFit(JSON.stringify(fit), "bg-nbd"); // BgNbdFit
 * loaded.params.r === fit.params.r; // => true
 * probabilityAlive(loaded, { frequency: 2, recency: 30, T: 38 }) === probabilityAlive(fit, { frequency: 2, recency: 30, T: 38 }); // => true
 * // parseAnyFit(JSON.stringify(fit), "gamma-gamma") throws:
 * // parseAnyFit: invalid input
 * //   ✖ expected a fit with model "gamma-gamma", received "bg-nbd" → at model
 * ```
 * @category Fits
 */
export function parseAnyFit<Model extends AnyFit["model"]>(
  saved: unknown,
  model: Model,
): Extract<AnyFit, Record<"model", Model>>;
export function parseAnyFit(saved: unknown, model?: AnyFit["model"] | undefined): AnyFit {
  return readSavedFit("parseAnyFit", saved, model);
}
