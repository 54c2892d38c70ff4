import { isClienteleError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";

/**
 * How many issues a function keeps for its error: more than anyone fixes by hand, few enough that ten
 * million bad values cost neither memory nor time (each kept issue is a few hundred bytes). The true
 * count is always kept.
 *
 * @internal
 */
export const MAX_KEPT_ISSUES = 10_000;

/**
 * Issues gathered while validating: the first `cap` kept, all counted. Pass `list` and `count` to a
 * `ClienteleError` as `issues` and `issueCount`.
 *
 * @internal
 */
export interface IssueCollector {
  /** The kept issues (the first `cap`, in the order found). */
  readonly list: ClienteleIssue[];
  /** How many were found. */
  count: number;
  /** How many are kept (default {@link MAX_KEPT_ISSUES}). */
  readonly cap: number;
}

/**
 * A new, empty collector.
 *
 * @param cap - How many issues to keep (a caller's `maxIssues`); {@link MAX_KEPT_ISSUES} by default.
 * @internal
 */
export function createIssueCollector(cap: number = MAX_KEPT_ISSUES): IssueCollector {
  return { list: [], count: 0, cap };
}

/**
 * Adds issues to a collector one by one (never by spreading, which overflows the stack on long lists),
 * keeping at most the collector's `cap`.
 *
 * @param collector - Where to add.
 * @param issues - One issue or a list.
 * @internal
 */
export function collectIssues(collector: IssueCollector, issues: ClienteleIssue | readonly ClienteleIssue[]): void {
  if (!Array.isArray(issues)) {
    collector.count++;
    if (collector.list.length < collector.cap) collector.list.push(issues as ClienteleIssue);
    return;
  }
  for (let i = 0; i < issues.length; i++) {
    collector.count++;
    if (collector.list.length < collector.cap) collector.list.push(issues[i]!);
  }
}

/**
 * Counts one issue, building it (calling `build`) only while the collector keeps issues: past the cap
 * a bad value costs a count, not a message, so the list is capped before it is built.
 *
 * @param collector - Where to add.
 * @param build - Makes the issue.
 * @internal
 */
export function collectIssue(collector: IssueCollector, build: () => ClienteleIssue): void {
  collector.count++;
  if (collector.list.length < collector.cap) collector.list.push(build());
}

/**
 * Runs `parse`, and adds the issues of an `invalid_input` it throws to the collector (kept up to the cap,
 * its full `issueCount` counted), so a reader can validate parts one by one and report them together.
 * Any other error is rethrown.
 *
 * @param collector - Where to add.
 * @param parse - Validates one part; its result is returned, or `undefined` when it threw `invalid_input`.
 * @internal
 */
export function collectThrown<T>(collector: IssueCollector, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!isClienteleError(error, "invalid_input")) throw error;
    collectIssues(collector, error.issues);
    collector.count += error.issueCount - error.issues.length;
    return undefined;
  }
}
