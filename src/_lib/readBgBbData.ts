import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { describeReceived } from "./describeReceived.ts";
import { isPlainObject } from "./isPlainObject.ts";
import { collectIssue, collectIssues, createIssueCollector } from "./issueCollector.ts";

/** Largest number of opportunities accepted (the likelihood costs O(n) per pattern). */
export const MAX_OPPORTUNITIES = 1_000_000;

/**
 * BG/BB data compressed to distinct (x, t_x, n) with their weights.
 *
 * @internal
 */
export interface BgBbCompressed {
  /** x of each distinct pattern. */
  readonly frequency: number[];
  /** t_x of each distinct pattern. */
  readonly recency: number[];
  /** n of each distinct pattern. */
  readonly opportunities: number[];
  /** Customers with each pattern (> 0). */
  readonly weight: number[];
  /** Σ weight. */
  readonly customers: number;
}

/**
 * Issues of one BG/BB pattern (x, t_x, n), with `at(field)` giving each field's path; empty when valid.
 *
 * @param x - Frequency (untrusted).
 * @param tx - Recency (untrusted).
 * @param n - Opportunities (untrusted).
 * @param at - Path of a field.
 * @returns Issues.
 * @internal
 */
export function bgBbPatternIssues(
  x: unknown,
  tx: unknown,
  n: unknown,
  at: (field: string) => (string | number)[],
): ClienteleIssue[] {
  const issues: ClienteleIssue[] = [];
  const values = { frequency: x, recency: tx, opportunities: n };
  for (const [field, v] of Object.entries(values)) {
    if (!(typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= MAX_OPPORTUNITIES)) {
      issues.push({
        code: typeof v === "number" && Number.isFinite(v) ? "invalid_value" : "invalid_type",
        path: at(field),
        message: `expected an integer in [0, ${MAX_OPPORTUNITIES}], received ${describeReceived(v)}`,
        expected: "integer ≥ 0",
        received: describeReceived(v),
      });
    }
  }
  if (issues.length > 0) return issues;
  const [xi, ti, ni] = [x as number, tx as number, n as number];
  if (xi > ni) {
    issues.push({
      code: "too_big",
      path: at("frequency"),
      message: `expected frequency ≤ opportunities (${ni}), received ${xi}`,
      expected: `≤ ${ni}`,
      received: String(xi),
    });
  } else if (ti > ni) {
    issues.push({
      code: "too_big",
      path: at("recency"),
      message: `expected recency ≤ opportunities (${ni}), received ${ti}`,
      expected: `≤ ${ni}`,
      received: String(ti),
    });
  } else if (xi > ti) {
    issues.push({
      code: "too_big",
      path: at("frequency"),
      message: `expected frequency ≤ recency (${ti}): x transactions need x opportunities up to the last, received ${xi}`,
      expected: `≤ ${ti}`,
      received: String(xi),
    });
  } else if ((xi === 0) !== (ti === 0)) {
    issues.push({
      code: "invalid_value",
      path: at("recency"),
      message: `expected recency 0 exactly when frequency is 0, received recency ${ti} with frequency ${xi}`,
      received: String(ti),
    });
  }
  return issues;
}

/**
 * Reads BG/BB data (pattern rows with optional `count`, or columns), validates every value with its path,
 * and compresses to distinct (x, t_x, n).
 *
 * @param fnName - Public function name.
 * @param input - Rows or columns (untrusted).
 * @returns The compressed data.
 * @throws {@link ClienteleInputError} `invalid_input` for bad values (paths `rows[3].frequency`,
 *   `columns.count[2]`): the first 10,000 issues kept, all counted in `issueCount`.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no customers.
 * @internal
 */
export function readBgBbData(fnName: string, input: unknown): BgBbCompressed {
  const issues = createIssueCollector();
  const index = new Map<string, number>();
  const out = {
    frequency: [] as number[],
    recency: [] as number[],
    opportunities: [] as number[],
    weight: [] as number[],
  };
  let customers = 0;
  const add = (x: unknown, tx: unknown, n: unknown, c: unknown, at: (f: string) => (string | number)[]): void => {
    const found = bgBbPatternIssues(x, tx, n, at);
    if (c !== undefined && !(typeof c === "number" && Number.isSafeInteger(c) && c >= 0)) {
      found.push({
        code: "invalid_type",
        path: at("count"),
        message: `expected an integer ≥ 0, received ${describeReceived(c)}`,
        expected: "integer ≥ 0",
        received: describeReceived(c),
      });
    }
    if (found.length > 0) {
      collectIssues(issues, found);
      return;
    }
    const w = (c as number | undefined) ?? 1;
    if (w === 0) return;
    const key = `${x},${tx},${n}`;
    const k = index.get(key);
    if (k === undefined) {
      index.set(key, out.weight.length);
      out.frequency.push(x as number);
      out.recency.push(tx as number);
      out.opportunities.push(n as number);
      out.weight.push(w);
    } else {
      out.weight[k] = out.weight[k]! + w;
    }
    customers += w;
  };
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) {
      const row: unknown = input[i];
      if (!isPlainObject(row)) {
        collectIssue(issues, () => ({
          code: "invalid_type",
          path: ["rows", i],
          message: `expected an object, received ${describeReceived(row)}`,
        }));
        continue;
      }
      add(row.frequency, row.recency, row.opportunities, row.count, (f) => ["rows", i, f]);
    }
  } else if (isPlainObject(input)) {
    const cols = ["frequency", "recency", "opportunities", "count"] as const;
    let length = -1;
    for (const name of cols) {
      const col = input[name];
      if (col === undefined && name === "count") continue;
      const len = (col as { length?: unknown } | null)?.length;
      if (typeof col !== "object" || col === null || typeof len !== "number") {
        collectIssue(issues, () => ({
          code: "invalid_type",
          path: ["columns", name],
          message: `expected an array, received ${describeReceived(col)}`,
        }));
      } else if (length === -1) {
        length = len;
      } else if (len !== length) {
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: ["columns", name],
          message: `expected ${length} values like the first column, received ${len}`,
        }));
      }
    }
    if (issues.count === 0) {
      const c = input as unknown as Record<string, ArrayLike<unknown>>;
      for (let i = 0; i < length; i++) {
        add(c.frequency![i], c.recency![i], c.opportunities![i], c.count?.[i], (f) => ["columns", f, i]);
      }
    }
  } else {
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: [],
      message: `expected rows or columns of { frequency, recency, opportunities, count? }, received ${describeReceived(input)}`,
    }));
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  if (customers === 0) {
    throw new ClienteleDomainError(
      "insufficient_data",
      `${fnName}: no customers (every count is 0 or there are no rows)`,
    );
  }
  return { ...out, customers };
}
