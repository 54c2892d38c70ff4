import * as z from "zod/mini";
import type { BgBbParams } from "../clv/bgBb/BgBbParams.ts";
import { BgBbParamsSchema } from "../clv/bgBb/BgBbParams.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { bgBbPatternIssues } from "./readBgBbData.ts";

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
 * Validates one BG/BB customer `{ frequency, recency, opportunities }`.
 *
 * @param fnName - Public function name.
 * @param customer - The customer (untrusted).
 * @returns x, t_x, n.
 * @throws {@link ClienteleInputError} `invalid_input` with paths `customer.frequency` etc.
 * @internal
 */
export function checkBgBbCustomer(fnName: string, customer: unknown): [number, number, number] {
  const c = (typeof customer === "object" && customer !== null ? customer : {}) as Record<string, unknown>;
  const issues = bgBbPatternIssues(c.frequency, c.recency, c.opportunities, (f) => ["customer", f]);
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  return [c.frequency as number, c.recency as number, c.opportunities as number];
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
