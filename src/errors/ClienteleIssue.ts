/**
 * One problem found in an input: what is wrong (`code`, `message`), where (`path`), and for type
 * and range problems what was expected and what was received.
 *
 * @remarks
 * `code` is a zod issue code for schema problems (`invalid_type`, `too_small`, `too_big`,
 * `invalid_format`, `unrecognized_keys`, `custom`, …) or a clientele code for domain problems.
 * `path` is the location of the bad field from the root of the input, e.g. `["rows", 1042, "amount"]`,
 * rendered as `rows[1042].amount` by {@link formatPath}.
 *
 * @example
 * ```ts
 * import type { ClienteleIssue } from "clientele/errors";
 * const issue: ClienteleIssue = {
 *   code: "too_small",
 *   path: ["rows", 3, "amount"],
 *   message: "expected number ≥ 0, received -3",
 *   expected: "number ≥ 0",
 *   received: "-3",
 * };
 * ```
 * @category Errors
 */
export interface ClienteleIssue {
  /** Machine-readable kind of the problem. */
  readonly code: string;
  /** Location of the bad value, from the root of the function's input. */
  readonly path: readonly (string | number)[];
  /** Lower-case human-readable fragment, without the path and without a trailing period. */
  readonly message: string;
  /** What was expected, when that is known (e.g. `"number ≥ 0"`). */
  readonly expected?: string;
  /** A short rendering of what was received, when that is known (e.g. `"-3"`, `"string"`). */
  readonly received?: string;
}
