import { checkIssues } from "./_internal/invalidArgument.ts";
import type { ClienteleIssue } from "./ClienteleIssue.ts";
import { formatPathUnchecked } from "./formatPath.ts";

/** Up to this many issues are listed one per line; more are summarised. */
const LIST_ALL_UP_TO = 20;
/** Issues listed before the summary, when there are too many to list. */
const LISTED_WHEN_SUMMARISED = 8;
/** Groups (same place in every row, same code) shown in the summary. */
const GROUPS_SHOWN = 5;
/** Longest message and longest path shown; longer ones are cut with "…". */
const MAX_MESSAGE = 200;
const MAX_PATH = 100;

/**
 * Renders issues for an error message: one per line, grouped by the array indexes in their paths (so
 * one row's problems stay together), shallower paths first, each as `  ✖ <message> → at <path>`.
 *
 * @remarks
 * The text stays short whatever the input size. Up to 20 issues are all listed. Beyond that, the first
 * 8 (in the order above) are listed, then a line saying how many more there are, then the commonest
 * kinds of problem with their counts, each kind being one place in every row and one issue code
 * (`rows[*].customerId`). Messages over 200 characters and paths over 100 are cut. A list of 100,000 issues renders
 * in under 2,000 characters. The full list stays in the error's `issues`.
 *
 * @param issues - The issues to render.
 * @param total - How many issues were found, when `issues` holds only the first of them (a capped
 *   list); defaults to `issues.length`.
 * @returns The lines joined with `\n` (empty string for no issues).
 * @example
 * ```ts
 * import { formatIssues } from "clientele/errors";
 * formatIssues([{ code: "too_small", path: ["rows", 3, "amount"], message: "expected number ≥ 0, received -3" }]);
 * // => "  ✖ expected number ≥ 0, received -3 → at rows[3].amount"
 * const many = Array.from({ length: 1000 }, (_, i) => ({ code: "invalid_type", path: ["rows", i, "customerId"], message: "missing required field" }));
 * formatIssues(many).split("\n").length; // => 11 (8 listed, "… and 992 more", 1 kind, its count)
 * ```
 * @category Errors
 */
export function formatIssues(issues: readonly ClienteleIssue[], total: number = issues?.length): string {
  checkIssues("formatIssues", "issues", issues);
  return formatIssuesUnchecked(issues, total);
}

/**
 * {@link formatIssues} for issues known to be well formed (the `ClienteleError` constructor's), so that
 * the error classes do not bundle the argument check.
 *
 * @internal
 */
export function formatIssuesUnchecked(issues: readonly ClienteleIssue[], total: number): string {
  const count = Math.max(total, issues.length);
  const ordered = sortIssues(issues);
  if (count <= LIST_ALL_UP_TO) return ordered.map(line).join("\n");
  const lines = ordered.slice(0, LISTED_WHEN_SUMMARISED).map(line);
  const rest = count - lines.length;
  const stored =
    issues.length < count
      ? ` (the first ${formatCount(issues.length)} kept in error.issues); by kind, of those`
      : " (all in error.issues); by kind";
  lines.push(`  … and ${formatCount(rest)} more issue${rest === 1 ? "" : "s"}${stored}:`);
  const groups = new Map<string, { count: number; example: ClienteleIssue }>();
  for (const issue of issues) {
    const key = `${pattern(issue.path)}\u0000${issue.code}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { count: 1, example: issue });
    else group.count++;
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count);
  for (const { count: n, example } of sorted.slice(0, GROUPS_SHOWN)) {
    const at = example.path.length > 0 ? ` at ${pattern(example.path)}` : "";
    lines.push(
      `    ${formatCount(n)} × ${example.code}${cut(at, MAX_PATH)}, e.g. ${cut(example.message, MAX_MESSAGE)}`,
    );
  }
  if (sorted.length > GROUPS_SHOWN) lines.push(`    … and ${formatCount(sorted.length - GROUPS_SHOWN)} more kinds`);
  return lines.join("\n");
}

/** The issues in message order: by row indexes, then shallower paths, then input order. */
function sortIssues(issues: readonly ClienteleIssue[]): ClienteleIssue[] {
  const keyed = issues.map((issue, order) => ({
    issue,
    order,
    indexes: issue.path.filter((s) => typeof s === "number"),
  }));
  keyed.sort((a, b) => {
    const ia = a.indexes;
    const ib = b.indexes;
    for (let i = 0; i < ia.length && i < ib.length; i++) if (ia[i] !== ib[i]) return ia[i]! - ib[i]!;
    return ia.length - ib.length || a.issue.path.length - b.issue.path.length || a.order - b.order;
  });
  return keyed.map((k) => k.issue);
}

function line(issue: ClienteleIssue): string {
  const at = issue.path.length > 0 ? ` → at ${cut(formatPathUnchecked(issue.path), MAX_PATH)}` : "";
  return `  ✖ ${cut(issue.message, MAX_MESSAGE)}${at}`;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The path with every index shown as `*`: `rows[*].customerId`. */
function pattern(path: readonly (string | number)[]): string {
  return formatPathUnchecked(path.map((s) => (typeof s === "number" ? -1 : s))).replaceAll("[-1]", "[*]");
}

function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
