import { describeReceived } from "../../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";

function issue(path: (string | number)[], expected: string, v: unknown): ClienteleIssue {
  const received = describeReceived(v);
  return { code: "invalid_value", path, message: `expected ${expected}, received ${received}`, expected, received };
}

/**
 * Reads an array-like of finite numbers (purchase or evaluation times) into a fresh Float64Array, naming
 * every bad entry.
 *
 * @param fnName - Public function name.
 * @param values - The times (untrusted).
 * @param path - Path of the array, e.g. `["options", "at"]`.
 * @param nonEmpty - Whether at least one time is required.
 * @returns The times, in input order.
 * @throws {@link ClienteleInputError} `invalid_input` at `path` (not an array, or empty when `nonEmpty`) or
 *   at `path[i]` for each entry that is not a finite number.
 * @internal
 */
export function readTimes(fnName: string, values: unknown, path: (string | number)[], nonEmpty: boolean): Float64Array {
  const n = typeof values === "object" && values !== null ? (values as { length?: unknown }).length : undefined;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0 || (nonEmpty && n === 0)) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [issue(path, nonEmpty ? "non-empty array of times" : "array of times", values)],
    });
  }
  const out = new Float64Array(n);
  const issues = createIssueCollector();
  for (let i = 0; i < n; i++) {
    const v = (values as ArrayLike<unknown>)[i];
    if (typeof v === "number" && Number.isFinite(v)) out[i] = v;
    else collectIssue(issues, () => issue([...path, i], "finite number", v));
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return out;
}

/**
 * Reads an array-like of whole numbers in [`min`, 10⁷] (opportunities) into a fresh Float64Array, naming
 * every bad entry.
 *
 * @param fnName - Public function name.
 * @param values - The values (untrusted).
 * @param path - Path of the array.
 * @param min - Smallest value accepted.
 * @returns The values, in input order.
 * @throws {@link ClienteleInputError} `invalid_input` at `path` or `path[i]`.
 * @internal
 */
export function readWholeTimes(fnName: string, values: unknown, path: (string | number)[], min: number): Float64Array {
  const out = readTimes(fnName, values, path, false);
  const issues = createIssueCollector();
  out.forEach((v, i) => {
    if (!(Number.isInteger(v) && v >= min && v <= 1e7)) {
      collectIssue(issues, () => issue([...path, i], `a whole number ≥ ${min}`, v));
    }
  });
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return out;
}

/**
 * An `invalid_value` issue for a bad time.
 *
 * @param path - Path of the value.
 * @param expected - What was expected, in words.
 * @param v - The value received.
 * @returns The issue.
 * @internal
 */
export function timeIssue(path: (string | number)[], expected: string, v: unknown): ClienteleIssue {
  return issue(path, expected, v);
}
