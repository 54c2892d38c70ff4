import { collectIssues, createIssueCollector } from "../../_lib/issueCollector.ts";
import { bgBbPatternIssues, MAX_OPPORTUNITIES } from "../../_lib/readBgBbData.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import {
  type CustomerPath,
  checkKernelResult,
  columnLength,
  throwColumnShape,
  throwNotCustomer,
} from "./mapCustomers.ts";

/**
 * A per-customer quantity of a discrete-opportunity (BG/BB) fit, as a function of the customer's pattern
 * (x, t_x, n), all integers with 0 ≤ x ≤ t_x ≤ n and x = 0 exactly when t_x = 0; returns NaN where it
 * cannot be evaluated (the caller turns that into `domain_error`).
 *
 * @internal
 */
export type PatternKernel = (frequency: number, recency: number, opportunities: number) => number;

/** Whether (x, t_x, n) is a valid BG/BB pattern (the fast check; bgBbPatternIssues says why not). */
function validPattern(x: unknown, tx: unknown, n: unknown): boolean {
  return (
    typeof x === "number" &&
    typeof tx === "number" &&
    typeof n === "number" &&
    Number.isInteger(x) &&
    Number.isInteger(tx) &&
    Number.isInteger(n) &&
    x >= 0 &&
    x <= tx &&
    tx <= n &&
    n <= MAX_OPPORTUNITIES &&
    (x === 0) === (tx === 0)
  );
}

/**
 * Applies a kernel to one BG/BB customer (`{ frequency, recency, opportunities }` → number) or to columns
 * of them (→ a fresh Float64Array, no per-customer allocation), validating each pattern as
 * {@link fitBgBb} does. Other keys (`count`) are ignored, so pattern rows and columns can be passed as they
 * are. Results are checked like {@link mapCustomers}'.
 *
 * @param fnName - Public function name.
 * @param customer - One pattern or columns (untrusted).
 * @param kernel - The quantity.
 * @param probability - Whether the result is a probability (clamped to [0, 1]).
 * @param at - Path of customer i's field in columns (default `customer.<field>[i]`).
 * @returns A number for one customer, a Float64Array for columns.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad pattern (paths `customer.frequency`,
 *   `at("recency", 3)`; the first 10,000 issues listed) or columns of different lengths.
 * @throws {@link ClienteleDomainError} `domain_error` for a result that could not be evaluated.
 * @internal
 */
export function mapPatterns(
  fnName: string,
  customer: unknown,
  kernel: PatternKernel,
  probability: boolean,
  at: CustomerPath = (field, i) => ["customer", field, i],
): number | Float64Array {
  if (typeof customer !== "object" || customer === null) {
    throwNotCustomer(fnName, customer, "{ frequency, recency, opportunities } (integers, or array-like columns)");
  }
  const c = customer as { frequency?: unknown; recency?: unknown; opportunities?: unknown };
  const fx = c.frequency;
  const fr = c.recency;
  const fn = c.opportunities;
  if (typeof fx === "number" || typeof fr === "number" || typeof fn === "number") {
    if (!validPattern(fx, fr, fn)) {
      const issues = bgBbPatternIssues(fx, fr, fn, (f) => ["customer", f]);
      throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
    }
    return checkKernelResult(fnName, kernel(fx as number, fr as number, fn as number), probability, []);
  }
  const length = columnLength(fx);
  if (length < 0 || columnLength(fr) !== length || columnLength(fn) !== length) {
    throwColumnShape(fnName, [
      ["frequency", fx],
      ["recency", fr],
      ["opportunities", fn],
    ]);
  }
  const xs = fx as ArrayLike<unknown>;
  const ts = fr as ArrayLike<unknown>;
  const ns = fn as ArrayLike<unknown>;
  const out = new Float64Array(length);
  const limit = probability ? 1 : Number.MAX_VALUE;
  for (let i = 0; i < length; i++) {
    const x = xs[i];
    const tx = ts[i];
    const n = ns[i];
    if (!validPattern(x, tx, n)) throwInvalidPatterns(fnName, xs, ts, ns, at);
    let v = kernel(x as number, tx as number, n as number);
    if (!(v >= 0 && v <= limit)) v = checkKernelResult(fnName, v, probability, [i]);
    out[i] = v;
  }
  return out;
}

/** Lists the bad patterns of the columns with their paths (the first 10,000 issues kept, all counted) and throws. */
function throwInvalidPatterns(
  fnName: string,
  xs: ArrayLike<unknown>,
  ts: ArrayLike<unknown>,
  ns: ArrayLike<unknown>,
  at: CustomerPath,
): never {
  const issues = createIssueCollector();
  for (let i = 0; i < xs.length; i++) {
    if (validPattern(xs[i], ts[i], ns[i])) continue;
    collectIssues(
      issues,
      bgBbPatternIssues(xs[i], ts[i], ns[i], (f) => at(f, i)),
    );
  }
  throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
}
