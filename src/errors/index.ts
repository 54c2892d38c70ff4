/**
 * `clientele/errors`: the one error family of the library. Light: no zod import.
 *
 * @module errors
 */
export type { ClienteleErrorCode } from "./codes.ts";
export { clienteleErrorCodes } from "./codes.ts";
export type { ClienteleIssue } from "./ClienteleIssue.ts";
export {
  ClienteleError,
  ClienteleInputError,
  ClienteleDomainError,
  ClienteleConvergenceError,
  isClienteleError,
  type ClienteleErrorOptions,
} from "./ClienteleError.ts";
export { formatIssues } from "./formatIssues.ts";
export { formatPath } from "./formatPath.ts";
export { flattenIssues } from "./flattenIssues.ts";
