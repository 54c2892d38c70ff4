import type { $ZodType, output } from "zod/v4/core";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";

/**
 * Reads JSON text first if `saved` is a string. The step every fit loader takes before validating.
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
 * Loads a saved fit: JSON text or a value, validated by `schema` (the fit loaders `parseFit`,
 * `parseBgBbFit`, `parseRetentionFit`, `parseSpendFit`, `parseAnyFit` share it).
 *
 * @param fnName - Public function name.
 * @param schema - The fit's schema.
 * @param saved - The value or JSON text (untrusted).
 * @returns A fresh, validated fit.
 * @throws {@link ClienteleInputError} `invalid_input` for text that is not JSON or a value the schema
 *   rejects, with paths.
 * @internal
 */
export function parseSavedFit<S extends $ZodType>(fnName: string, schema: S, saved: unknown): output<S> {
  return parseInput(fnName, schema, readSavedJson(fnName, saved));
}
