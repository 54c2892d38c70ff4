import { ClienteleDomainError } from "../../errors/ClienteleError.ts";

/**
 * Builds the `domain_error` a `clientele/math` function throws for arguments outside its domain or a
 * result that is not a finite number: the message is `<fnName>: <summary>`, with one issue at `path`.
 *
 * @param fnName - Public function name.
 * @param summary - What is wrong, lower case, no trailing period.
 * @param path - Path of the offending argument (empty for the result as a whole).
 * @returns The error, for the caller to throw.
 * @internal
 */
export function mathDomainError(
  fnName: string,
  summary: string,
  path: readonly (string | number)[] = [],
): ClienteleDomainError {
  return new ClienteleDomainError("domain_error", `${fnName}: ${summary}`, {
    issues: [{ code: "domain_error", path, message: summary }],
  });
}
