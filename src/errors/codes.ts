/**
 * The stable, snake_case codes a {@link ClienteleError} can carry. Codes never change meaning between
 * releases; new codes may be added in minor versions.
 *
 * | code | thrown when |
 * |---|---|
 * | `invalid_input` | input failed a schema: wrong type, out of range, missing field, unknown key |
 * | `insufficient_data` | the input is valid but too small for the computation (e.g. no rows) |
 * | `domain_error` | values are individually valid but jointly impossible, or a result would be NaN/Infinity |
 * | `not_converged` | an optimiser or series did not converge within its limits |
 * | `duplicate_rule` | a rule set would contain the same rule id twice |
 * | `unknown_rule` | a configuration names a rule id that the rule set does not contain |
 * | `invalid_rule` | a rule definition is malformed (bad id, missing message, bad default options) |
 * | `aborted` | the caller's `AbortSignal` (option `signal`) was aborted; the error's `cause` is the signal's `reason` |
 *
 * @example
 * ```ts
 * import type { ClienteleErrorCode } from "clientele/errors";
 * const code: ClienteleErrorCode = "invalid_input";
 * ```
 * @category Errors
 */
export type ClienteleErrorCode =
  | "invalid_input"
  | "insufficient_data"
  | "domain_error"
  | "not_converged"
  | "duplicate_rule"
  | "unknown_rule"
  | "invalid_rule"
  | "aborted";

/**
 * Every error code, in a fixed order (the order of the table in {@link ClienteleErrorCode}).
 *
 * @example
 * ```ts
 * import { clienteleErrorCodes } from "clientele/errors";
 * clienteleErrorCodes.includes("not_converged"); // => true
 * ```
 * @category Errors
 */
export const clienteleErrorCodes: readonly ClienteleErrorCode[] = [
  "invalid_input",
  "insufficient_data",
  "domain_error",
  "not_converged",
  "duplicate_rule",
  "unknown_rule",
  "invalid_rule",
  "aborted",
];
