import { describeReceived } from "../../../_lib/describeReceived.ts";
// The one dispatch point of clv's predictions: `fit.model` → that model's kernel record. Every function that
// takes a count-model or BG/BB fit (the predictions, probabilityAliveHistory, the intervals, the checking
// functions, customerLifetimeValue) reads its fit here and then works through the record only.

import { ClienteleInputError } from "../../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../../errors/ClienteleIssue.ts";
import { bgBbKernels } from "../../bgBb/_internal/bgBbKernels.ts";
import { bgNbdKernels } from "../../bgNbd/_internal/bgNbdKernels.ts";
import { mbgNbdKernels } from "../../mbgNbd/_internal/mbgNbdKernels.ts";
import { paretoNbdKernels } from "../../paretoNbd/_internal/paretoNbdKernels.ts";
import type { PredictionKernels } from "./PredictionKernels.ts";

/** The kernel record of each model, by `fit.model`. */
const KERNELS: Readonly<Record<string, PredictionKernels<object>>> = {
  "bg-nbd": bgNbdKernels,
  "pareto-nbd": paretoNbdKernels,
  "mbg-nbd": mbgNbdKernels,
  "bg-bb": bgBbKernels,
};

/**
 * A fit given to a prediction, read: its model's kernel record, its checked parameters (to pass to the
 * record's kernels) and its `unit` as given (not checked: only the readers of checking data and discount
 * rates use it).
 *
 * @internal
 */
export interface PredictionModel {
  /** The model's kernel record. */
  readonly kernels: PredictionKernels<object>;
  /** `fit.params`, checked (every parameter of the record a finite number > 0). */
  readonly params: object;
  /** `fit.unit` as given. */
  readonly unit: unknown;
}

/**
 * Reads the fit given to a prediction (it may come from `JSON.parse` without a loader): a known `model` and
 * each of its parameters a finite number > 0 (the full check is the fit schemas'). Only `model` and `params`
 * are checked.
 *
 * @param fnName - Public function name.
 * @param fit - The fit (untrusted).
 * @param path - Path of the fit in the public function's arguments (default `["fit"]`).
 * @returns The model's kernel record with the parameters.
 * @throws {@link ClienteleInputError} `invalid_input` at `fit.model` (naming the known models) or
 *   `fit.params.<name>`.
 * @internal
 */
export function readPredictionModel(
  fnName: string,
  fit: unknown,
  path: readonly (string | number)[] = ["fit"],
): PredictionModel {
  const model = typeof fit === "object" && fit !== null ? (fit as { model?: unknown }).model : undefined;
  const kernels = typeof model === "string" && Object.hasOwn(KERNELS, model) ? KERNELS[model] : undefined;
  const issues: ClienteleIssue[] = [];
  if (kernels === undefined) {
    const known = Object.keys(KERNELS)
      .map((m) => JSON.stringify(m))
      .join(" | ");
    // describeReceived never throws (String() of a null-prototype object does).
    const received = describeReceived(typeof fit === "object" && fit !== null ? model : fit);
    issues.push({
      code: "invalid_value",
      path: [...path, "model"],
      message: `expected a fitted count model (model ${known}), received ${received}`,
      expected: known,
      received,
    });
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  }
  const params = (fit as { params?: unknown }).params;
  for (const name of kernels.parameters) {
    const v = typeof params === "object" && params !== null ? (params as Record<string, unknown>)[name] : undefined;
    if (!(typeof v === "number" && v > 0 && v <= Number.MAX_VALUE)) {
      const received = describeReceived(v);
      issues.push({
        code: "invalid_value",
        path: [...path, "params", name],
        message: `expected finite number > 0, received ${received}`,
        expected: "finite number > 0",
        received,
      });
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  return { kernels, params: params as object, unit: (fit as { unit?: unknown }).unit };
}
