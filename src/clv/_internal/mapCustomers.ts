import { describeReceived } from "../../_lib/describeReceived.ts";
import {
  collectImpossibleSummary,
  impossibleSummariesError,
  isImpossibleSummary,
} from "../../_lib/impossibleSummary.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";

/**
 * A per-customer quantity of a fitted model, as a function of the customer's summary (x, t_x, T);
 * returns NaN where it cannot be evaluated (the caller turns that into `domain_error`).
 *
 * @internal
 */
export type CustomerKernel = ((frequency: number, recency: number, T: number) => number) & {
  /**
   * The same kernel over validated columns (x an integer ≥ 0, 0 ≤ t_x ≤ T finite, t_x = 0 when x = 0), writing
   * customer i's value into `out[i]` (NaN where it cannot be evaluated): one loop in the model's own code, so
   * that the per-customer work is not a call through a shared function variable. Optional; `mapCustomers`
   * uses it for columns when present.
   */
  readonly columns?: ColumnKernel;
};

/**
 * A kernel over columns of validated customers (see {@link CustomerKernel}'s `columns`).
 *
 * @internal
 */
export type ColumnKernel = (x: Float64Array, recency: Float64Array, T: Float64Array, out: Float64Array) => void;

/**
 * The path of field `field` of customer `i` in the caller's argument: `["customer", "T", 3]` for columns
 * (the default), `["customer", 3, "T"]` for rows that were transposed into columns (see `readCustomers`).
 *
 * @internal
 */
export type CustomerPath = (field: string, i: number) => (string | number)[];

const COLUMN_PATH: CustomerPath = (field, i) => ["customer", field, i];

const MAX = Number.MAX_VALUE;
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

function valid(x: unknown, r: unknown, T: unknown): boolean {
  return (
    typeof x === "number" &&
    Number.isSafeInteger(x) &&
    x >= 0 &&
    typeof r === "number" &&
    r >= 0 &&
    r <= MAX &&
    typeof T === "number" &&
    T >= r &&
    T <= MAX &&
    (x !== 0 || r === 0)
  );
}

/**
 * Applies a kernel to one customer (`{ frequency, recency, T }` → number) or to columns of customers
 * (`{ frequency, recency, T }` of array-likes → a fresh Float64Array, no per-customer allocation),
 * validating each customer as the fits validate summary rows: `frequency` an integer ≥ 0, `recency` and
 * `T` finite ≥ 0, `recency ≤ T`, `recency = 0` when `frequency = 0`. Other keys are ignored (a
 * `CustomerSummary` row or `SummaryColumns` can be passed as they are). Results are checked: NaN or
 * ±Infinity becomes `domain_error`; for probabilities, rounding beyond [0, 1] is clamped.
 *
 * @param fnName - Public function name.
 * @param customer - One customer or columns (untrusted).
 * @param kernel - The quantity.
 * @param probability - Whether the result is a probability (clamped to [0, 1]).
 * @param at - Path of customer i's field in columns (default `customer.<field>[i]`).
 * @returns A number for one customer, a Float64Array for columns.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad value (path `customer.recency` or
 *   `at("recency", i)`) or columns of different lengths.
 * @throws {@link ClienteleDomainError} `domain_error` for recency > T or recency > 0 with frequency 0, or
 *   a result that could not be evaluated.
 * @internal
 */
export function mapCustomers(
  fnName: string,
  customer: unknown,
  kernel: CustomerKernel,
  probability: boolean,
  at: CustomerPath = COLUMN_PATH,
): number | Float64Array {
  if (typeof customer !== "object" || customer === null) {
    throwNotCustomer(fnName, customer, "{ frequency, recency, T } (numbers, or array-like columns)");
  }
  const c = customer as { frequency?: unknown; recency?: unknown; T?: unknown };
  const fx = c.frequency;
  const fr = c.recency;
  const fT = c.T;
  if (typeof fx === "number" || typeof fr === "number" || typeof fT === "number") {
    if (!valid(fx, fr, fT)) throwInvalid(fnName, [fx], [fr], [fT], (field) => ["customer", field]);
    return checkKernelResult(fnName, kernel(fx as number, fr as number, fT as number), probability, []);
  }
  const n = columnLength(fx);
  if (n < 0 || columnLength(fr) !== n || columnLength(fT) !== n)
    throwColumnShape(fnName, [
      ["frequency", fx],
      ["recency", fr],
      ["T", fT],
    ]);
  const xs = fx as ArrayLike<unknown>;
  const rs = fr as ArrayLike<unknown>;
  const Ts = fT as ArrayLike<unknown>;
  const out = new Float64Array(n);
  const limit = probability ? 1 : MAX;
  const columns = kernel.columns;
  if (columns !== undefined) {
    // Validate in one tight loop, evaluate in the model's loop, then check the results in another.
    validateColumns(fnName, xs, rs, Ts, at);
    columns(asFloat64(xs), asFloat64(rs), asFloat64(Ts), out);
    for (let i = 0; i < n; i++) {
      const v = out[i]!;
      if (!(v >= 0 && v <= limit)) out[i] = checkKernelResult(fnName, v, probability, [i]);
    }
    return out;
  }
  if (ArrayBuffer.isView(xs) && ArrayBuffer.isView(rs) && ArrayBuffer.isView(Ts)) {
    // Typed arrays hold only numbers: validate and evaluate in one pass.
    const x = xs as unknown as ArrayLike<number>;
    const r = rs as unknown as ArrayLike<number>;
    const T = Ts as unknown as ArrayLike<number>;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const ri = r[i]!;
      const Ti = T[i]!;
      if (
        !(
          xi >= 0 &&
          xi <= MAX_COUNT &&
          Math.floor(xi) === xi &&
          ri >= 0 &&
          Ti >= ri &&
          Ti <= MAX &&
          (xi !== 0 || ri === 0)
        )
      ) {
        throwInvalid(fnName, xs, rs, Ts, at);
      }
      let v = kernel(xi, ri, Ti);
      if (!(v >= 0 && v <= limit)) v = checkKernelResult(fnName, v, probability, [i]);
      out[i] = v;
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    const xi = xs[i];
    const ri = rs[i];
    const Ti = Ts[i];
    if (!valid(xi, ri, Ti)) throwInvalid(fnName, xs, rs, Ts, at);
    let v = kernel(xi as number, ri as number, Ti as number);
    if (!(v >= 0 && v <= limit)) v = checkKernelResult(fnName, v, probability, [i]);
    out[i] = v;
  }
  return out;
}

/** Throws (as {@link mapCustomers} documents) unless every customer of the columns is valid. */
function validateColumns(
  fnName: string,
  xs: ArrayLike<unknown>,
  rs: ArrayLike<unknown>,
  Ts: ArrayLike<unknown>,
  at: CustomerPath,
): void {
  const n = xs.length;
  if (ArrayBuffer.isView(xs) && ArrayBuffer.isView(rs) && ArrayBuffer.isView(Ts)) {
    // Typed arrays hold only numbers.
    const x = xs as unknown as ArrayLike<number>;
    const r = rs as unknown as ArrayLike<number>;
    const T = Ts as unknown as ArrayLike<number>;
    let ok = true;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const ri = r[i]!;
      const Ti = T[i]!;
      ok =
        ok &&
        xi >= 0 &&
        xi <= MAX_COUNT &&
        Math.floor(xi) === xi &&
        ri >= 0 &&
        Ti >= ri &&
        Ti <= MAX &&
        (xi !== 0 || ri === 0);
    }
    if (!ok) throwInvalid(fnName, xs, rs, Ts, at);
    return;
  }
  for (let i = 0; i < n; i++) if (!valid(xs[i], rs[i], Ts[i])) throwInvalid(fnName, xs, rs, Ts, at);
}

/** A validated column as a Float64Array: itself if it is one, else a copy. */
function asFloat64(column: ArrayLike<unknown>): Float64Array {
  return column instanceof Float64Array ? column : new Float64Array(column as ArrayLike<number>);
}

/**
 * Checks one kernel result: NaN or ±Infinity becomes `domain_error` (path `customer` or `customer[i]`);
 * rounding below 0, or above 1 for a probability, is clamped.
 *
 * @param fnName - Public function name.
 * @param v - The kernel's value.
 * @param probability - Whether the value is a probability.
 * @param at - `[]` for one customer, `[i]` for the i-th of columns.
 * @returns The checked value.
 * @throws {@link ClienteleDomainError} `domain_error` for a value that is not finite.
 * @internal
 */
export function checkKernelResult(fnName: string, v: number, probability: boolean, at: readonly number[]): number {
  if (!(v > -MAX && v <= MAX)) {
    const path = ["customer", ...at];
    throw new ClienteleDomainError(
      "domain_error",
      `${fnName}: the result for customer${at.length > 0 ? ` ${at[0]}` : ""} could not be evaluated accurately (${v}); the parameters or times are too extreme`,
      { issues: [{ code: "domain_error", path, message: `result is ${v}, not a finite number` }] },
    );
  }
  if (v < 0) return 0;
  return probability && v > 1 ? 1 : v;
}

/**
 * Throws `invalid_input` at `customer` for a value that is not an object (one customer or columns).
 *
 * @param fnName - Public function name.
 * @param customer - The value received.
 * @param shape - What was expected, in words.
 * @throws {@link ClienteleInputError} always.
 * @internal
 */
export function throwNotCustomer(fnName: string, customer: unknown, shape: string): never {
  const received = describeReceived(customer);
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: ["customer"],
        message: `expected ${shape}, received ${received}`,
        expected: "object",
        received,
      },
    ],
  });
}

/**
 * The length of an array-like column, or −1 if the value is not one.
 *
 * @param column - The value (untrusted).
 * @returns Its length, or −1.
 * @internal
 */
export function columnLength(column: unknown): number {
  if (typeof column !== "object" || column === null) return -1;
  const n = (column as { length?: unknown }).length;
  return typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : -1;
}

/**
 * Throws `invalid_input` for customer columns that are not array-like or whose lengths differ from the
 * first column's (paths `customer.<key>`).
 *
 * @param fnName - Public function name.
 * @param columns - `[key, column]` pairs, the first giving the expected length.
 * @throws {@link ClienteleInputError} always.
 * @internal
 */
export function throwColumnShape(fnName: string, columns: readonly (readonly [string, unknown])[]): never {
  const issues: ClienteleIssue[] = [];
  const [firstKey, first] = columns[0]!;
  const n = columnLength(first);
  for (const [key, column] of columns) {
    const len = columnLength(column);
    if (len < 0) {
      issues.push({
        code: "invalid_type",
        path: ["customer", key],
        message: `expected number or array-like column, received ${describeReceived(column)}`,
        expected: "number | array-like",
        received: describeReceived(column),
      });
    } else if (n >= 0 && len !== n) {
      issues.push({
        code: "invalid_length",
        path: ["customer", key],
        message: `expected ${n} items like ${firstKey}, received length ${len}`,
        expected: `${n} items`,
        received: `length ${len}`,
      });
    }
  }
  throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
}

/**
 * Lists the bad customers (type and range first; if none, the impossible ones; the first 10,000 issues
 * kept, all counted) and throws.
 */
function throwInvalid(
  fnName: string,
  xs: ArrayLike<unknown>,
  rs: ArrayLike<unknown>,
  Ts: ArrayLike<unknown>,
  at: CustomerPath,
): never {
  const issues = createIssueCollector();
  const impossible = createIssueCollector();
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const r = rs[i];
    const T = Ts[i];
    let ok = true;
    if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) {
      collectIssue(issues, () => problem(at("frequency", i), "integer ≥ 0", x));
      ok = false;
    }
    for (const [field, v] of [
      ["recency", r],
      ["T", T],
    ] as const) {
      if (!(typeof v === "number" && v >= 0 && v <= MAX)) {
        collectIssue(issues, () => problem(at(field, i), "finite number ≥ 0", v));
        ok = false;
      }
    }
    if (!ok || !isImpossibleSummary(x as number, r as number, T as number)) continue;
    collectImpossibleSummary(impossible, x as number, r as number, T as number, at("recency", i), "observation");
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  throw impossibleSummariesError(fnName, impossible, "customer");
}

function problem(path: (string | number)[], expected: string, v: unknown): ClienteleIssue {
  const received = describeReceived(v);
  return {
    code: typeof v === "number" ? "invalid_value" : "invalid_type",
    path,
    message: `expected ${expected}, received ${received}`,
    expected,
    received,
  };
}
