import type { $ZodType } from "zod/v4/core";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { readSavedJson } from "./_internal/parseSavedFit.ts";
import type { AnyFit } from "./AnyFit.ts";
import { BgBbFitSchema } from "./bgBb/BgBbFit.ts";
import { BgNbdFitSchema } from "./bgNbd/BgNbdFit.ts";
import { GammaGammaFitSchema } from "./gammaGamma/GammaGammaFit.ts";
import { MbgNbdFitSchema } from "./mbgNbd/MbgNbdFit.ts";
import { ParetoNbdFitSchema } from "./paretoNbd/ParetoNbdFit.ts";
import { ShiftedBetaGeometricFitSchema } from "./shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";

/** The schema of each model's fit, by `model`. */
const SCHEMAS: Readonly<Record<AnyFit["model"], $ZodType>> = {
  "bg-nbd": BgNbdFitSchema,
  "pareto-nbd": ParetoNbdFitSchema,
  "mbg-nbd": MbgNbdFitSchema,
  "bg-bb": BgBbFitSchema,
  "shifted-beta-geometric": ShiftedBetaGeometricFitSchema,
  "gamma-gamma": GammaGammaFitSchema,
};

/**
 * Loads a saved fit of any model of `clientele/clv` (JSON text or a parsed value): reads its `model`
 * and validates it against that model's schema. For a store holding fits of several kinds; when the kind
 * is known, {@link parseFit} (count models), {@link parseBgBbFit}, {@link parseRetentionFit} or
 * {@link parseSpendFit} return the narrower type.
 *
 * @param saved - The parsed JSON value, or the JSON text itself.
 * @returns A fresh, validated {@link AnyFit}; `parseAnyFit(JSON.stringify(fit))` equals `fit`.
 * @throws {@link ClienteleInputError} `invalid_input` for text that is not JSON, a missing or unknown
 *   `model` (path `model`, listing the known ones), or a field of the wrong type or out of range, with
 *   its path (`params.alpha`).
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric, parseAnyFit } from "clientele/clv";
 * const fit = fitShiftedBetaGeometric({ survivors: [1000, 631, 468, 382, 326] }, { unit: "year" });
 * const loaded = parseAnyFit(JSON.stringify(fit));
 * loaded.model; // => "shifted-beta-geometric"
 * ```
 * @category CLV
 */
export function parseAnyFit(saved: unknown): AnyFit {
  const fn = "parseAnyFit";
  const value = readSavedJson(fn, saved);
  const model = typeof value === "object" && value !== null ? (value as { model?: unknown }).model : undefined;
  if (typeof model !== "string" || !Object.hasOwn(SCHEMAS, model)) {
    const known = Object.keys(SCHEMAS)
      .map((m) => JSON.stringify(m))
      .join(" | ");
    const received = typeof model === "string" ? JSON.stringify(model) : String(model);
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: typeof value === "object" && value !== null ? ["model"] : [],
          message: `expected a fit with model ${known}, received ${received}`,
          expected: known,
          received,
        },
      ],
    });
  }
  return parseInput(fn, SCHEMAS[model as AnyFit["model"]], value) as AnyFit;
}
