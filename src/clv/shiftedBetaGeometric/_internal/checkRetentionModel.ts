import { describeReceived } from "../../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../../errors/ClienteleIssue.ts";
import { timeUnits } from "../../../time/TimeUnitSchema.ts";
import type { RetentionModel } from "../RetentionModel.ts";

const MODELS: readonly string[] = ["shifted-beta-geometric"];

/**
 * The cheap check the retention predictions make on the fit they are given (it may come from
 * `JSON.parse` without {@link parseAnyFit}): a known `model`, finite `params.alpha` and
 * `params.beta` > 0, and a known `unit`. The full check is `ShiftedBetaGeometricFitSchema`.
 *
 * @param fnName - Public function name.
 * @param fit - The fit (untrusted).
 * @returns The fit, typed.
 * @throws {@link ClienteleInputError} `invalid_input` at `fit.model`, `fit.params.alpha`, `fit.params.beta`
 *   or `fit.unit`.
 * @internal
 */
export function checkRetentionModel(fnName: string, fit: unknown): RetentionModel {
  const record =
    typeof fit === "object" && fit !== null
      ? (fit as { model?: unknown; params?: unknown; unit?: unknown })
      : undefined;
  const issues: ClienteleIssue[] = [];
  const model = record?.model;
  if (typeof model !== "string" || !MODELS.includes(model)) {
    const received = describeReceived(record === undefined ? fit : model);
    issues.push({
      code: "invalid_value",
      path: ["fit", "model"],
      message: `expected a fitted retention model (model "shifted-beta-geometric"), received ${received}`,
      expected: '"shifted-beta-geometric"',
      received,
    });
  } else {
    const params = record?.params;
    for (const name of ["alpha", "beta"]) {
      const v = typeof params === "object" && params !== null ? (params as Record<string, unknown>)[name] : undefined;
      if (!(typeof v === "number" && v > 0 && v <= Number.MAX_VALUE)) {
        const received = describeReceived(v);
        issues.push({
          code: "invalid_value",
          path: ["fit", "params", name],
          message: `expected finite number > 0, received ${received}`,
          expected: "finite number > 0",
          received,
        });
      }
    }
    const unit = record?.unit;
    if (typeof unit !== "string" || !(timeUnits as readonly string[]).includes(unit)) {
      const expected = timeUnits.map((u) => JSON.stringify(u)).join(" | ");
      const received = describeReceived(unit);
      issues.push({
        code: "invalid_value",
        path: ["fit", "unit"],
        message: `expected one of ${expected}, received ${received}`,
        expected,
        received,
      });
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  return fit as RetentionModel;
}
