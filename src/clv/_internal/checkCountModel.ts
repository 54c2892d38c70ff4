import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import type { CountModel, CountModelFit } from "../CountModelFit.ts";

/** Parameter names of each count model, in the order of its params record. */
const PARAMETERS: Readonly<Record<CountModelFit["model"], readonly string[]>> = {
  "bg-nbd": ["r", "alpha", "a", "b"],
  "pareto-nbd": ["r", "alpha", "s", "beta"],
  "mbg-nbd": ["r", "alpha", "a", "b"],
};

/**
 * The cheap check the prediction functions make on the fit they are given (it may come from
 * `JSON.parse` without {@link parseAnyFit}): a known `model` and finite parameters > 0. The full check is
 * `CountModelFitSchema`.
 *
 * @param fnName - Public function name.
 * @param fit - The fit (untrusted).
 * @param alsoAccepted - Other models the caller accepts (handled before this check), listed in the error.
 * @returns The fit, typed (only `model` and `params` are checked; `unit` is not read by the kernels).
 * @throws {@link ClienteleInputError} `invalid_input` at `fit.model` or `fit.params.<name>`.
 * @internal
 */
export function checkCountModel(fnName: string, fit: unknown, alsoAccepted: readonly string[] = []): CountModel {
  const model = typeof fit === "object" && fit !== null ? (fit as { model?: unknown }).model : undefined;
  const names =
    typeof model === "string" && Object.hasOwn(PARAMETERS, model)
      ? PARAMETERS[model as CountModelFit["model"]]
      : undefined;
  const issues: ClienteleIssue[] = [];
  if (names === undefined) {
    const known = [...Object.keys(PARAMETERS), ...alsoAccepted].map((m) => JSON.stringify(m)).join(" | ");
    const received =
      typeof model === "string"
        ? JSON.stringify(model)
        : typeof fit === "object" && fit !== null
          ? String(model)
          : String(fit);
    issues.push({
      code: "invalid_value",
      path: ["fit", "model"],
      message: `expected a fitted count model (model ${known}), received ${received}`,
      expected: known,
      received,
    });
  } else {
    const params = (fit as { params?: unknown }).params;
    for (const name of names) {
      const v = typeof params === "object" && params !== null ? (params as Record<string, unknown>)[name] : undefined;
      if (!(typeof v === "number" && v > 0 && v <= Number.MAX_VALUE)) {
        issues.push({
          code: "invalid_value",
          path: ["fit", "params", name],
          message: `expected finite number > 0, received ${typeof v === "number" ? String(v) : typeof v}`,
          expected: "finite number > 0",
          received: typeof v === "number" ? String(v) : typeof v,
        });
      }
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  return fit as CountModel;
}
