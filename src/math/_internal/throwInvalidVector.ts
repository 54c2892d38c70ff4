import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
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
  const issues: ClienteleIssue[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(typeof v === "number" && Number.isFinite(v))) issues.push(notFiniteIssue([...basePath, i], v));
  }
  throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
}
