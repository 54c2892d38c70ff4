import type { ClienteleIssue } from "./ClienteleIssue.ts";
import { formatPath } from "./formatPath.ts";

/**
 * Renders issues one per line, grouped by the array indexes in their paths (so one row's problems stay
 * together), shallower paths first, in the layout
 * `  ✖ <message> → at <path>`. Used to build {@link ClienteleError} messages.
 *
 * @param issues - The issues to render.
 * @returns The lines joined with `\n` (empty string for no issues).
 * @example
 * ```ts
 * import { formatIssues } from "clientele/errors";
 * formatIssues([{ code: "too_small", path: ["rows", 3, "amount"], message: "expected number ≥ 0, received -3" }]);
 * // => "  ✖ expected number ≥ 0, received -3 → at rows[3].amount"
 * ```
 * @category Errors
 */
export function formatIssues(issues: readonly ClienteleIssue[]): string {
  return [...issues]
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        compareIndexes(a.issue.path, b.issue.path) || a.issue.path.length - b.issue.path.length || a.order - b.order,
    )
    .map(({ issue }) => `  ✖ ${issue.message}${issue.path.length > 0 ? ` → at ${formatPath(issue.path)}` : ""}`)
    .join("\n");
}

/** Compares the numeric segments of two paths lexicographically (a path with fewer indexes sorts first). */
function compareIndexes(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const ia = a.filter((s): s is number => typeof s === "number");
  const ib = b.filter((s): s is number => typeof s === "number");
  for (let i = 0; i < Math.min(ia.length, ib.length); i++) {
    const d = ia[i]! - ib[i]!;
    if (d !== 0) return d;
  }
  return ia.length - ib.length;
}
