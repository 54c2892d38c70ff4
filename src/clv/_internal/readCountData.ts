import { describeReceived } from "../../_lib/describeReceived.ts";
import { checkDistinctIds } from "../../_lib/duplicateIds.ts";
import {
  collectImpossibleSummary,
  impossibleSummariesError,
  isImpossibleSummary,
} from "../../_lib/impossibleSummary.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { unknownKeysIssue } from "../../_lib/unknownKeysIssue.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { parseSummaryTable } from "../../rfm/parseSummaryTable.ts";
import type { SummaryColumns } from "../../rfm/SummaryColumns.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { TimeUnit } from "../../time/TimeUnitSchema.ts";
import { TimeUnitSchema } from "../../time/TimeUnitSchema.ts";
import { buildCountData, type CountData } from "./buildCountData.ts";
import { columnLength } from "./mapCustomers.ts";

const SUMMARY_FIELDS: readonly string[] = [
  "customerId",
  "frequency",
  "recency",
  "T",
  "monetaryValue",
  "holdoutFrequency",
  "holdoutMonetaryValue",
  "holdoutDuration",
];
const COUNT_FIELDS = ["holdoutFrequency"];
const COMPRESSED_FIELDS: readonly string[] = ["frequency", "recency", "T", "count", "customers"];
const MAX = Number.MAX_VALUE;

/**
 * What {@link readCountData} returns: the weighted triples, and the time unit recorded in a
 * `TransactionSummary`'s metadata (`undefined` for rows, columns and compressed input).
 *
 * @internal
 */
export interface CountInput {
  /** The validated, compressed data. */
  readonly data: CountData;
  /** `metadata.unit` of a `TransactionSummary`, else `undefined`. */
  readonly unit: TimeUnit | undefined;
}

/**
 * Reads the input of a count-model fit, in any of its four forms, validates it and compresses it:
 * - a `TransactionSummary` (`{ rows, metadata }`; issues at `rows[i].field`, unit from `metadata.unit`);
 * - summary rows (an array; issues at `rows[i].field`);
 * - summary columns (issues at `columns.field[i]`), with a fast path for typed arrays that accepts exactly
 *   what the row schema accepts and otherwise hands over to it for the issues;
 * - compressed summaries `{ frequency, recency, T, count }` with an optional `customers` (= Σ count when
 *   given; issues at `compressed.field[k]`).
 * Rows are checked as `SummaryRowSchema` checks them, then across fields (`recency ≤ T`; `recency = 0` when
 * `frequency = 0`). Customer ids are optional (the models never read them): every row has one or none,
 * and those given must be distinct.
 *
 * @param fnName - Public function name.
 * @param input - The untrusted data.
 * @param ignoreUnknown - Whether keys and columns that are not summary fields are skipped (else
 *   `invalid_input`).
 * @returns The compressed data and the metadata unit, if any.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad value, field, column or shape.
 * @throws {@link ClienteleDomainError} `domain_error` for impossible rows (recency > T, or recency > 0
 *   with frequency 0); `insufficient_data` when there are no customers.
 * @internal
 */
export function readCountData(fnName: string, input: unknown, ignoreUnknown = false): CountInput {
  if (Array.isArray(input)) return { data: fromTable(fnName, input, "rows", ignoreUnknown), unit: undefined };
  if (typeof input !== "object" || input === null) {
    const received = describeReceived(input);
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["data"],
          message: `expected summary rows, summary columns, compressed summaries or a transaction summary, received ${received}`,
          expected: "array | object",
          received,
        },
      ],
    });
  }
  const record = input as Record<string, unknown>;
  if ("rows" in record && "metadata" in record) {
    const metadata = record.metadata;
    const unitValue =
      typeof metadata === "object" && metadata !== null ? (metadata as { unit?: unknown }).unit : undefined;
    const unit = parseInput(fnName, TimeUnitSchema, unitValue, ["metadata", "unit"]);
    return { data: fromTable(fnName, record.rows, "rows", ignoreUnknown), unit };
  }
  if ("count" in record) return { data: fromCompressed(fnName, record, ignoreUnknown), unit: undefined };
  return { data: fromColumns(fnName, record, ignoreUnknown), unit: undefined };
}

function insufficient(fnName: string): ClienteleDomainError {
  return new ClienteleDomainError("insufficient_data", `${fnName}: no customers to fit`);
}

function fromTable(fnName: string, input: unknown, root: string, ignoreUnknown: boolean): CountData {
  const table = parseSummaryTable(input as SummaryColumns, {
    caller: fnName,
    path: root,
    customerIds: "optional",
    unknownFields: ignoreUnknown ? "ignore" : "reject",
  });
  if (table.length === 0) throw insufficient(fnName);
  return buildCountData(table.length, table.frequency, table.recency, table.T, undefined);
}

function isCount(v: unknown): boolean {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function isAmount(v: unknown): boolean {
  return typeof v === "number" && v >= 0 && v <= MAX;
}

/**
 * Summary columns: a fast check of every value (sound: it accepts only what the row schema and the
 * cross-field checks accept, ids distinct); anything else goes to parseSummaryTable, which names the
 * problems.
 */
function fromColumns(fnName: string, record: Record<string, unknown>, ignoreUnknown: boolean): CountData {
  const n = columnLength(record.frequency);
  let fast = n >= 0;
  if (!ignoreUnknown) {
    for (const key in record) {
      if (!SUMMARY_FIELDS.includes(key)) fast = false;
    }
  }
  if (fast) {
    for (const key of SUMMARY_FIELDS) {
      const column = record[key];
      if (column === undefined && !(key === "frequency" || key === "recency" || key === "T")) continue;
      if (columnLength(column) !== n) fast = false;
    }
  }
  if (fast) {
    const ids = record.customerId as ArrayLike<unknown> | undefined;
    const x = record.frequency as ArrayLike<unknown>;
    const tx = record.recency as ArrayLike<unknown>;
    const T = record.T as ArrayLike<unknown>;
    for (let i = 0; i < n && fast; i++) {
      const id = ids?.[i];
      const xi = x[i];
      const ri = tx[i];
      const Ti = T[i];
      fast =
        (ids === undefined ||
          (typeof id === "string" ? id.length > 0 : typeof id === "number" && Number.isSafeInteger(id) && id >= 0)) &&
        isCount(xi) &&
        isAmount(ri) &&
        isAmount(Ti) &&
        (ri as number) <= (Ti as number) &&
        (xi !== 0 || ri === 0);
    }
    for (const key of SUMMARY_FIELDS.slice(4)) {
      const column = record[key] as ArrayLike<unknown> | undefined;
      if (column === undefined || !fast) continue;
      const check = COUNT_FIELDS.includes(key) ? isCount : isAmount;
      for (let i = 0; i < n && fast; i++) fast = check(column[i]);
    }
    if (fast) {
      if (ids !== undefined)
        checkDistinctIds(fnName, ids as ArrayLike<string | number>, (i) => ["columns", "customerId", i]);
      if (n === 0) throw insufficient(fnName);
      return buildCountData(n, x as ArrayLike<number>, tx as ArrayLike<number>, T as ArrayLike<number>, undefined);
    }
  }
  return fromTable(fnName, record, "columns", ignoreUnknown);
}

function issue(path: (string | number)[], expected: string, received: string): ClienteleIssue {
  return { code: "invalid_value", path, message: `expected ${expected}, received ${received}`, expected, received };
}

/** Compressed summaries: hand-checked, with paths `compressed.field[k]`; `customers` optional (= Σ count). */
function fromCompressed(fnName: string, record: Record<string, unknown>, ignoreUnknown: boolean): CountData {
  const root = "compressed";
  const issues: ClienteleIssue[] = [];
  const unknown = ignoreUnknown ? undefined : unknownKeysIssue(record, COMPRESSED_FIELDS, [root]);
  if (unknown !== undefined) issues.push(unknown);
  const n = columnLength(record.count);
  for (const key of ["frequency", "recency", "T", "count"]) {
    const len = columnLength(record[key]);
    if (len < 0) {
      issues.push(issue([root, key], "array-like column", describeReceived(record[key])));
    } else if (n >= 0 && len !== n) {
      issues.push(issue([root, key], `${n} items like count`, `length ${len}`));
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  const x = record.frequency as ArrayLike<unknown>;
  const tx = record.recency as ArrayLike<unknown>;
  const T = record.T as ArrayLike<unknown>;
  const count = record.count as ArrayLike<unknown>;
  const bad = createIssueCollector();
  let total = 0;
  for (let k = 0; k < n; k++) {
    const xk = x[k];
    const rk = tx[k];
    const Tk = T[k];
    const c = count[k];
    if (!isCount(xk)) collectIssue(bad, () => issue([root, "frequency", k], "integer ≥ 0", describeReceived(xk)));
    if (!isAmount(rk)) collectIssue(bad, () => issue([root, "recency", k], "finite number ≥ 0", describeReceived(rk)));
    if (!isAmount(Tk)) collectIssue(bad, () => issue([root, "T", k], "finite number ≥ 0", describeReceived(Tk)));
    if (!(isCount(c) && (c as number) >= 1)) {
      collectIssue(bad, () => issue([root, "count", k], "integer ≥ 1", describeReceived(c)));
    } else total += c as number;
  }
  if (bad.count === 0 && record.customers !== undefined && record.customers !== total) {
    collectIssue(bad, () => issue([root, "customers"], `Σ count (${total})`, describeReceived(record.customers)));
  }
  if (bad.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: bad.list, issueCount: bad.count });
  }
  const impossible = createIssueCollector();
  for (let k = 0; k < n; k++) {
    const xk = x[k] as number;
    const r = tx[k] as number;
    const t = T[k] as number;
    if (isImpossibleSummary(xk, r, t))
      collectImpossibleSummary(impossible, xk, r, t, [root, "recency", k], "calibration");
  }
  if (impossible.count > 0) throw impossibleSummariesError(fnName, impossible, "summary row");
  if (n === 0) throw insufficient(fnName);
  return buildCountData(
    n,
    x as ArrayLike<number>,
    tx as ArrayLike<number>,
    T as ArrayLike<number>,
    count as ArrayLike<number>,
  );
}
