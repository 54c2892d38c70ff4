import type { $ZodType } from "zod/v4/core";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { AnyFit } from "../AnyFit.ts";
import { BgBbFitSchema } from "../bgBb/BgBbFit.ts";
import { BgNbdFitSchema } from "../bgNbd/BgNbdFit.ts";
import { GammaGammaFitSchema } from "../gammaGamma/GammaGammaFit.ts";
import { MbgNbdFitSchema } from "../mbgNbd/MbgNbdFit.ts";
import { ParetoNbdFitSchema } from "../paretoNbd/ParetoNbdFit.ts";
import { ShiftedBetaGeometricFitSchema } from "../shiftedBetaGeometric/ShiftedBetaGeometricFit.ts";
import { inSavedKeyOrder } from "./inSavedKeyOrder.ts";

/** The schema of each model's fit, by `model`. */
const SCHEMAS: Readonly<Record<AnyFit["model"], $ZodType>> = {
  "bg-nbd": BgNbdFitSchema,
  "pareto-nbd": ParetoNbdFitSchema,
  "mbg-nbd": MbgNbdFitSchema,
  "bg-bb": BgBbFitSchema,
  "shifted-beta-geometric": ShiftedBetaGeometricFitSchema,
  "gamma-gamma": GammaGammaFitSchema,
};

/** `"a" | "b"`: model ids quoted and joined, for messages. */
function quoteModels(models: readonly string[]): string {
  return models.map((m) => JSON.stringify(m)).join(" | ");
}

/**
 * Reads JSON text first if `saved` is a string.
 *
 * @param fnName - Public function name.
 * @param saved - The value or JSON text (untrusted).
 * @returns The parsed value (or `saved` itself when it is not a string).
 * @throws {@link ClienteleInputError} `invalid_input` (code `invalid_format`, empty path) for text that
 *   is not JSON.
 * @internal
 */
export function readSavedJson(fnName: string, saved: unknown): unknown {
  if (typeof saved !== "string") return saved;
  try {
    return JSON.parse(saved);
  } catch (error) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        { code: "invalid_format", path: [], message: "expected JSON text of a fit, received text that is not JSON" },
      ],
      cause: error,
    });
  }
}

/**
 * Reads a saved fit of any model (JSON text or a value): reads its `model`, checks it is a known one (or
 * the `expected` one), and validates the fit against that model's schema. The one reader behind
 * `parseAnyFit`.
 *
 * @param fnName - Public function name.
 * @param saved - The value or JSON text (untrusted).
 * @param expected - The model the caller expects, or `undefined` for any model.
 * @returns A fresh, validated fit of model `expected` when given, its keys in the saved order (so that
 *   `JSON.stringify` of it gives back the saved text of a fit saved with `JSON.stringify`).
 * @throws {@link ClienteleInputError} `invalid_input`: for text that is not JSON (empty path); for an
 *   `expected` that is not a model id (empty path); for a missing, unknown or unexpected `model` (path
 *   `model`, naming the accepted and the received model); for a field the schema rejects, with its path.
 * @internal
 */
export function readSavedFit(fnName: string, saved: unknown, expected: AnyFit["model"] | undefined): AnyFit {
  const models = Object.keys(SCHEMAS);
  if (expected !== undefined && (typeof expected !== "string" || !Object.hasOwn(SCHEMAS, expected))) {
    const received = describeReceived(expected);
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: [],
          message: `expected the model argument to be ${quoteModels(models)}, received ${received}`,
          expected: quoteModels(models),
          received,
        },
      ],
    });
  }
  const value = readSavedJson(fnName, saved);
  const isObject = typeof value === "object" && value !== null;
  const model = isObject ? (value as { model?: unknown }).model : undefined;
  const accepted = expected === undefined ? models : [expected];
  if (typeof model !== "string" || !accepted.includes(model)) {
    const received = describeReceived(model);
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: isObject ? ["model"] : [],
          message: `expected a fit with model ${quoteModels(accepted)}, received ${received}`,
          expected: quoteModels(accepted),
          received,
        },
      ],
    });
  }
  return inSavedKeyOrder(value, parseInput(fnName, SCHEMAS[model as AnyFit["model"]], value) as AnyFit);
}
