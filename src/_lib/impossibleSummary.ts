import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { collectIssues, type IssueCollector } from "./issueCollector.ts";

/**
 * Whether a summary (x, t_x, T) cannot happen: recency after T, or recency > 0 without repeat purchases.
 * The cheap test a reader runs on every row before it builds an issue.
 *
 * @param x - Frequency.
 * @param recency - t_x.
 * @param T - T.
 * @returns True for an impossible summary.
 * @internal
 */
export function isImpossibleSummary(x: number, recency: number, T: number): boolean {
  return recency > T || (x === 0 && recency !== 0);
}

/**
 * Counts an impossible summary in a collector, building its issue only while the collector keeps
 * issues (so a million impossible rows cost a count, not a million messages).
 *
 * @param collector - Where to count.
 * @param x - Frequency (a valid integer ≥ 0).
 * @param recency - t_x (a valid number ≥ 0).
 * @param T - T (a valid number ≥ 0).
 * @param path - Path of the row's recency.
 * @param end - What T ends, in the message.
 * @internal
 */
export function collectImpossibleSummary(
  collector: IssueCollector,
  x: number,
  recency: number,
  T: number,
  path: (string | number)[],
  end: "calibration" | "observation",
): void {
  if (collector.list.length >= collector.cap) {
    collector.count++;
    return;
  }
  const found = impossibleSummaryIssue(x, recency, T, path, end);
  if (found !== undefined) collectIssues(collector, found);
}

/**
 * The `domain_error` issue of a summary (x, t_x, T) that cannot happen, or undefined when it can: recency
 * after T (the last purchase after the end of observation), or recency > 0 without repeat purchases.
 * Shared by every reader of summaries and by the prediction functions, so all report it alike.
 *
 * @param x - Frequency (a valid integer ≥ 0).
 * @param recency - t_x (a valid number ≥ 0).
 * @param T - T (a valid number ≥ 0).
 * @param path - Path of the row's recency.
 * @param end - What T ends, in the message: `"calibration"` or `"observation"`.
 * @returns The issue, or undefined.
 * @internal
 */
export function impossibleSummaryIssue(
  x: number,
  recency: number,
  T: number,
  path: (string | number)[],
  end: "calibration" | "observation",
): ClienteleIssue | undefined {
  if (recency > T) {
    return {
      code: "domain_error",
      path,
      message: `recency ${recency} exceeds T ${T} (the last purchase cannot come after the end of ${end})`,
      expected: `recency ≤ T (${T})`,
      received: String(recency),
    };
  }
  if (x === 0 && recency !== 0) {
    return {
      code: "domain_error",
      path,
      message: `recency ${recency} with frequency 0 (recency is 0 without repeat purchases)`,
      expected: "0",
      received: String(recency),
    };
  }
  return undefined;
}

/**
 * The `domain_error` that reports impossible summaries found by {@link impossibleSummaryIssue}, counted in
 * its message (`fitBgNbd: 2 summary rows are impossible`), so every reader words it alike.
 *
 * @param fnName - Public function name.
 * @param issues - The collected issues, at least one counted.
 * @param noun - What each summary is in the caller's words: `"summary row"` or `"customer"`.
 * @returns The error, to throw.
 * @internal
 */
export function impossibleSummariesError(
  fnName: string,
  issues: IssueCollector,
  noun: "summary row" | "customer",
): ClienteleDomainError {
  const n = issues.count;
  return new ClienteleDomainError("domain_error", `${fnName}: ${n} ${noun}${n === 1 ? " is" : "s are"} impossible`, {
    issues: issues.list,
    issueCount: n,
  });
}
