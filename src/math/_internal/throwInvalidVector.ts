import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { notFiniteIssue } from "./throwInvalidNumbers.ts";

/**
 * Throws `invalid_input` listing every entry of `values` that is not a finite number, each with path
 * `[...basePath, index]`. Call it only after a cheap check has found such an entry.
 *
 * @param fnName - Public function name (first word of the message).
 * @param values - The vector as given.
 * @param basePath - Path of the vector, e.g. `["x0"]` (empty when the vector is the whole input).
 * @throws {@link ClienteleInputError} always.
 * @internal
 */
export function throwInvalidVector(
  fnName: string,
  values: ArrayLike<unknown>,
  basePath: readonly (string | number)[],
): never {
  // Capped before it is built: ten million NaNs must not become ten million issue objects.
  const issues = createIssueCollector();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) continue;
    collectIssue(issues, () => notFiniteIssue([...basePath, i], v));
  }
  throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
}
