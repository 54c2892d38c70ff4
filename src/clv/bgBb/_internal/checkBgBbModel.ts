import * as z from "zod/mini";
import { ClienteleInputError } from "../../../errors/ClienteleError.ts";
import { parseInput } from "../../../schema/parseInput.ts";
import type { BgBbParams } from "../BgBbParams.ts";
import { BgBbParamsSchema } from "../BgBbParams.ts";

const ModelSchema = /* @__PURE__ */ z.object({
  model: /* @__PURE__ */ z.literal("bg-bb"),
  params: BgBbParamsSchema,
});

/**
 * Validates the `model` and `params` of a BG/BB fit given to a prediction.
 *
 * @param fnName - Public function name.
 * @param fit - The fit (untrusted).
 * @returns The parameters.
 * @throws {@link ClienteleInputError} `invalid_input` with path `fit.model` / `fit.params.alpha`.
 * @internal
 */
export function checkBgBbModel(fnName: string, fit: unknown): BgBbParams {
  return parseInput(fnName, ModelSchema, fit, ["fit"]).params;
}

/**
 * Whether a fit given to a generic prediction is a BG/BB fit (by its `model`; the parameters are checked
 * afterwards by {@link checkBgBbModel}).
 *
 * @param fit - The fit (untrusted).
 * @returns `true` for `{ model: "bg-bb", … }`.
 * @internal
 */
export function isBgBbModel(fit: unknown): boolean {
  return typeof fit === "object" && fit !== null && (fit as { model?: unknown }).model === "bg-bb";
}

/**
 * Validates an integer count of opportunities in [0, 10⁷].
 *
 * @param fnName - Public function name.
 * @param value - The value (untrusted).
 * @param path - Its path.
 * @returns The value.
 * @throws {@link ClienteleInputError} `invalid_input`.
 * @internal
 */
export function checkOpportunityCount(fnName: string, value: unknown, path: readonly (string | number)[]): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 1e7) return value;
  const received = typeof value === "number" ? String(value) : value === null ? "null" : typeof value;
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: typeof value === "number" ? "invalid_value" : "invalid_type",
        path,
        message: `expected an integer number of opportunities in [0, 10000000], received ${received}`,
        expected: "integer in [0, 1e7]",
        received,
      },
    ],
  });
}
