import { describeReceived } from "../../../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../../errors/ClienteleIssue.ts";
import { columnLength } from "../../_internal/mapCustomers.ts";

/**
 * Validated spend data of the repeat customers, in input order: their frequencies and mean repeat values,
 * and how many customers without repeat purchases were left out.
 *
 * @internal
 */
export interface SpendData {
  /** x > 0 of each fitted customer. */
  readonly frequency: Float64Array;
  /** z̄ > 0 of each fitted customer. */
  readonly monetaryValue: Float64Array;
  /** Customers with x = 0 (not fitted). */
  readonly excludedNonRepeaters: number;
}

const MAX = Number.MAX_VALUE;

/**
 * Reads the data of a spend fit: a `TransactionSummary` (`{ rows, metadata }`), rows with `frequency` and
 * `monetaryValue` (other fields ignored), or columns of them. Every `frequency` must be an integer ≥ 0;
 * every `monetaryValue` present a finite number ≥ 0, and required where `frequency` > 0
 * (`invalid_input`, paths `rows[3].monetaryValue` / `columns.monetaryValue[3]`). A repeat customer with
 * `monetaryValue` 0 is a `domain_error` listing every such row: the model's spend is positive.
 *
 * @param fnName - Public function name.
 * @param input - The data (untrusted).
 * @returns The repeat customers' (x, z̄) and the count of the others.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad shape or value.
 * @throws {@link ClienteleDomainError} `domain_error` for repeat customers with zero spend.
 * @internal
 */
export function readSpendData(fnName: string, input: unknown): SpendData {
  let source = input;
  if (typeof input === "object" && input !== null && !Array.isArray(input) && "rows" in input && "metadata" in input) {
    source = (input as { rows: unknown }).rows;
  }
  const rows = Array.isArray(source);
  let n: number;
  let xs: ArrayLike<unknown>;
  let zs: ArrayLike<unknown>;
  const root = rows ? "rows" : "columns";
  const at = (i: number, field: string): (string | number)[] => (rows ? [root, i, field] : [root, field, i]);
  if (rows) {
    const list = source as unknown[];
    n = list.length;
    const shapeIssues = createIssueCollector();
    const x: unknown[] = new Array(n);
    const z: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const row = list[i];
      if (typeof row !== "object" || row === null || Array.isArray(row)) {
        collectIssue(shapeIssues, () => ({
          code: "invalid_type",
          path: [root, i],
          message: `expected object { frequency, monetaryValue }, received ${describeReceived(row)}`,
          expected: "object",
          received: describeReceived(row),
        }));
        continue;
      }
      x[i] = (row as { frequency?: unknown }).frequency;
      z[i] = (row as { monetaryValue?: unknown }).monetaryValue;
    }
    if (shapeIssues.count > 0) {
      throw new ClienteleInputError(`${fnName}: invalid input`, {
        issues: shapeIssues.list,
        issueCount: shapeIssues.count,
      });
    }
    xs = x;
    zs = z;
  } else {
    if (typeof source !== "object" || source === null) {
      const received = describeReceived(source);
      throw new ClienteleInputError(`${fnName}: invalid input`, {
        issues: [
          {
            code: "invalid_type",
            path: ["data"],
            message: `expected summary rows, columns { frequency, monetaryValue } or a transaction summary, received ${received}`,
            expected: "array | object",
            received,
          },
        ],
      });
    }
    const record = source as { frequency?: unknown; monetaryValue?: unknown };
    n = columnLength(record.frequency);
    const m = columnLength(record.monetaryValue);
    const shapeIssues: ClienteleIssue[] = [];
    if (n < 0) {
      shapeIssues.push({
        code: "invalid_type",
        path: [root, "frequency"],
        message: `expected array-like column, received ${describeReceived(record.frequency)}`,
        expected: "array-like column",
        received: describeReceived(record.frequency),
      });
    }
    if (m < 0) {
      shapeIssues.push({
        code: "invalid_type",
        path: [root, "monetaryValue"],
        message: `expected array-like column (the mean value of each customer's repeat purchases), received ${describeReceived(record.monetaryValue)}`,
        expected: "array-like column",
        received: describeReceived(record.monetaryValue),
      });
    } else if (n >= 0 && m !== n) {
      shapeIssues.push({
        code: "invalid_value",
        path: [root, "monetaryValue"],
        message: `expected ${n} items like frequency, received length ${m}`,
        expected: `${n} items`,
        received: `length ${m}`,
      });
    }
    if (shapeIssues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues: shapeIssues });
    xs = record.frequency as ArrayLike<unknown>;
    zs = record.monetaryValue as ArrayLike<unknown>;
  }
  const issues = createIssueCollector();
  const zero = createIssueCollector();
  let repeaters = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const z = zs[i];
    const xOk = typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
    if (!xOk) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: at(i, "frequency"),
        message: `expected integer ≥ 0, received ${describeReceived(x)}`,
        expected: "integer ≥ 0",
        received: describeReceived(x),
      }));
    }
    if (z === undefined) {
      if (xOk && x > 0) {
        collectIssue(issues, () => ({
          code: "invalid_type",
          path: at(i, "monetaryValue"),
          message: "missing required field (the mean value of the repeat purchases, needed when frequency > 0)",
          expected: "finite number > 0",
          received: "undefined",
        }));
      }
    } else if (!(typeof z === "number" && z >= 0 && z <= MAX)) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: at(i, "monetaryValue"),
        message: `expected finite number ≥ 0, received ${describeReceived(z)}`,
        expected: "finite number ≥ 0",
        received: describeReceived(z),
      }));
    } else if (xOk && x > 0 && z === 0) {
      collectIssue(zero, () => ({
        code: "domain_error",
        path: at(i, "monetaryValue"),
        message: "monetary value 0 for a repeat customer (the Gamma-Gamma model needs positive spend)",
        expected: "number > 0",
        received: "0",
      }));
    }
    if (xOk && x > 0) repeaters++;
  }
  if (issues.count > 0)
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  if (zero.count > 0) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fnName}: ${zero.count} repeat customer${zero.count === 1 ? " has" : "s have"} monetary value 0; the Gamma-Gamma model needs positive spend (remove them, or replace zero-value purchases, and say so)`,
      { issues: zero.list, issueCount: zero.count },
    );
  }
  const frequency = new Float64Array(repeaters);
  const monetaryValue = new Float64Array(repeaters);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    if (x > 0) {
      frequency[k] = x;
      monetaryValue[k] = zs[i] as number;
      k++;
    }
  }
  return { frequency, monetaryValue, excludedNonRepeaters: n - repeaters };
}
