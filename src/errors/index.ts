/**
 * `clientele/errors`: the one error family of the library. Light: no zod import.
 *
 * @module errors
 */

export {
  ClienteleConvergenceError,
  ClienteleDomainError,
  ClienteleError,
  type ClienteleErrorOptions,
  ClienteleInputError,
  isClienteleError,
} from "./ClienteleError.ts";
export type { ClienteleIssue } from "./ClienteleIssue.ts";
export type { ClienteleErrorCode } from "./codes.ts";
export { clienteleErrorCodes } from "./codes.ts";
export { flattenIssues } from "./flattenIssues.ts";
export { formatIssues } from "./formatIssues.ts";
export { formatPath } from "./formatPath.ts";
