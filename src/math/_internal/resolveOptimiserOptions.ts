import { describeReceived } from "../../_lib/describeReceived.ts";
import { noProgress, type ProgressControl, progressIssues } from "../../_lib/progress.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import type { OptimiserOptions, ResolvedOptimiserOptions } from "../OptimiserOptions.ts";
import { defaultOptimiserOptions } from "../OptimiserOptions.ts";

/**
 * Fills in the defaults of {@link OptimiserOptions} and validates them (`tolerance` in (0, 1),
 * `maxIterations` a positive integer, `onProgress` a function, `signal` an AbortSignal), throwing
 * `invalid_input` with paths under `options`.
 *
 * @param fnName - Public function name.
 * @param options - Options as given.
 * @returns The resolved options, with the progress callback and signal as `control`.
 * @throws {@link ClienteleInputError} `invalid_input` listing each bad option.
 * @internal
 */
export function resolveOptimiserOptions(
  fnName: string,
  options: OptimiserOptions | undefined,
): ResolvedOptimiserOptions & { readonly control: ProgressControl } {
  const tolerance = options?.tolerance ?? defaultOptimiserOptions.tolerance;
  const maxIterations = options?.maxIterations ?? defaultOptimiserOptions.maxIterations;
  const issues: ClienteleIssue[] = [];
  if (!(typeof tolerance === "number" && tolerance > 0 && tolerance < 1)) {
    issues.push({
      code: "too_small",
      path: ["options", "tolerance"],
      message: `expected number in (0, 1), received ${describeReceived(tolerance)}`,
      expected: "number in (0, 1)",
      received: describeReceived(tolerance),
    });
  }
  if (!(typeof maxIterations === "number" && Number.isInteger(maxIterations) && maxIterations >= 1)) {
    issues.push({
      code: "too_small",
      path: ["options", "maxIterations"],
      message: `expected integer ≥ 1, received ${describeReceived(maxIterations)}`,
      expected: "integer ≥ 1",
      received: describeReceived(maxIterations),
    });
  }
  if (typeof options === "object" && options !== null) issues.push(...progressIssues(options));
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  const control: ProgressControl =
    options?.onProgress === undefined && options?.signal === undefined
      ? noProgress
      : { onProgress: options.onProgress, signal: options.signal };
  return { tolerance, maxIterations, control };
}
