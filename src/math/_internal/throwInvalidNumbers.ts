import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";

/**
 * Throws `invalid_input` listing every argument of `args` that is not a finite number, each with the
 * argument name as its path (`x`, `options.tolerance`). Call it only after a cheap check has failed.
 *
 * @param fnName - Public function name (first word of the message).
 * @param args - Named arguments to check, e.g. `{ a, b, c, z }`.
 * @param basePath - Path prefix for the issues, e.g. `["options"]`.
 * @throws {@link ClienteleInputError} always.
 * @internal
 */
export function throwInvalidNumbers(
  fnName: string,
  args: Readonly<Record<string, unknown>>,
  basePath: readonly (string | number)[] = [],
): never {
  const issues: ClienteleIssue[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (!(typeof value === "number" && Number.isFinite(value))) issues.push(notFiniteIssue([...basePath, name], value));
  }
  throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
}

/**
 * The issue for a value that should have been a finite number.
 *
 * @param path - Where the value is.
 * @param value - The value received.
 * @returns An `invalid_type` issue: "expected finite number, received …".
 * @internal
 */
export function notFiniteIssue(path: (string | number)[], value: unknown): ClienteleIssue {
  const received = describeReceived(value);
  return {
    code: "invalid_type",
    path,
    message: `expected finite number, received ${received}`,
    expected: "finite number",
    received,
  };
}
