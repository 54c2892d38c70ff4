import { checkIssues } from "./_internal/invalidArgument.ts";
import type { ClienteleError } from "./ClienteleError.ts";
import { formatPath } from "./formatPath.ts";

/**
 * Groups an error's issue messages by rendered path, for form UIs and logs.
 *
 * @param error - A clientele error.
 * @returns A fresh record from path (`rows[3].amount`, or `(root)`) to that path's messages, in order.
 * @example
 * ```ts
 * import { ClienteleInputError, flattenIssues } from "clientele/errors";
 * const e = new ClienteleInputError("f: invalid input", {
 *   issues: [{ code: "too_small", path: ["rows", 3, "amount"], message: "expected number ≥ 0, received -3" }],
 * });
 * flattenIssues(e); // => { "rows[3].amount": ["expected number ≥ 0, received -3"] }
 * ```
 * @category Errors
 */
export function flattenIssues(error: Pick<ClienteleError, "issues">): Record<string, string[]> {
  const issues = typeof error === "object" && error !== null ? error.issues : undefined;
  checkIssues("flattenIssues", "error.issues", issues);
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = formatPath(issue.path);
    const list = out[key];
    if (list === undefined) out[key] = [issue.message];
    else list.push(issue.message);
  }
  return out;
}
