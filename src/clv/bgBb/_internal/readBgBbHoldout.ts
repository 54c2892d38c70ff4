import { describeReceived } from "../../../_lib/describeReceived.ts";
import { isPlainObject } from "../../../_lib/isPlainObject.ts";
import { bgBbPatternIssues, MAX_OPPORTUNITIES } from "../../../_lib/readBgBbData.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../../errors/ClienteleIssue.ts";
import { columnLength } from "../../_internal/mapCustomers.ts";

/**
 * BG/BB calibration patterns with their holdout, one entry per input row (rows with count 0 included).
 *
 * @internal
 */
export interface BgBbHoldoutTable {
  /** Number of rows. */
  readonly length: number;
  /** x of each row. */
  readonly frequency: Float64Array;
  /** t_x of each row. */
  readonly recency: Float64Array;
  /** n of each row. */
  readonly opportunities: Float64Array;
  /** x* of each row. */
  readonly holdoutFrequency: Float64Array;
  /** n* of each row. */
  readonly holdoutOpportunities: Float64Array;
  /** Customers of each row. */
  readonly count: Float64Array;
  /** Σ count. */
  readonly customers: number;
}

const FIELDS = ["frequency", "recency", "opportunities", "holdoutFrequency", "holdoutOpportunities"] as const;

/**
 * Reads BG/BB holdout data: the result of `summarizeOpportunities` (n* from `metadata.holdoutPeriods`),
 * rows `{ frequency, recency, opportunities, holdoutFrequency, holdoutOpportunities, count? }`, or columns
 * of them; validates every value with its path (up to 20 issues).
 *
 * @param fnName - Public function name.
 * @param input - The data (untrusted).
 * @returns The table.
 * @throws {@link ClienteleInputError} `invalid_input` for bad values (paths `summaries[3].holdoutFrequency`,
 *   `summaries.count[2]`, `summaries.metadata.holdoutPeriods`).
 * @throws {@link ClienteleDomainError} `insufficient_data` for no customers.
 * @internal
 */
export function readBgBbHoldout(fnName: string, input: unknown): BgBbHoldoutTable {
  const issues: ClienteleIssue[] = [];
  let get: (i: number, field: string) => unknown;
  let at: (i: number, field: string) => (string | number)[];
  let length: number;
  if (isPlainObject(input) && Array.isArray(input.rows) && isPlainObject(input.metadata)) {
    const rows = input.rows as unknown[];
    const holdout = input.metadata.holdoutPeriods;
    if (!(typeof holdout === "number" && Number.isInteger(holdout) && holdout >= 0 && holdout <= MAX_OPPORTUNITIES)) {
      issues.push(wrongNumber(["summaries", "metadata", "holdoutPeriods"], holdout));
    }
    length = rows.length;
    get = (i, field) => (field === "holdoutOpportunities" ? holdout : field === "count" ? 1 : cell(rows[i], field));
    at = (i, field) => ["summaries", i, field];
  } else if (Array.isArray(input)) {
    length = input.length;
    get = (i, field) => cell(input[i], field);
    at = (i, field) => ["summaries", i, field];
    for (let i = 0; i < length && issues.length < 20; i++) {
      if (!isPlainObject(input[i])) {
        issues.push({
          code: "invalid_type",
          path: ["summaries", i],
          message: `expected an object, received ${describeReceived(input[i])}`,
        });
      }
    }
  } else if (isPlainObject(input)) {
    length = columnLength(input.frequency);
    for (const field of [...FIELDS, "count"]) {
      const column = input[field];
      if (field === "count" && column === undefined) continue;
      const n = columnLength(column);
      if (n < 0 || (length >= 0 && n !== length)) {
        issues.push({
          code: n < 0 ? "invalid_type" : "invalid_length",
          path: ["summaries", field],
          message:
            n < 0
              ? `expected an array-like column, received ${describeReceived(column)}`
              : `expected ${length} values like frequency, received length ${n}`,
        });
      }
    }
    const columns = input as Record<string, ArrayLike<unknown> | undefined>;
    get = (i, field) => columns[field]?.[i];
    at = (i, field) => ["summaries", field, i];
  } else {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["summaries"],
          message: `expected summarizeOpportunities' result, pattern rows with holdoutFrequency and holdoutOpportunities, or columns; received ${describeReceived(input)}`,
        },
      ],
    });
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  const table = {
    length,
    frequency: new Float64Array(length),
    recency: new Float64Array(length),
    opportunities: new Float64Array(length),
    holdoutFrequency: new Float64Array(length),
    holdoutOpportunities: new Float64Array(length),
    count: new Float64Array(length),
    customers: 0,
  };
  for (let i = 0; i < length && issues.length < 20; i++) {
    const found = bgBbPatternIssues(get(i, "frequency"), get(i, "recency"), get(i, "opportunities"), (f) => at(i, f));
    const xStar = get(i, "holdoutFrequency");
    const nStar = get(i, "holdoutOpportunities");
    const count = get(i, "count") ?? 1;
    if (!(typeof nStar === "number" && Number.isInteger(nStar) && nStar >= 0 && nStar <= MAX_OPPORTUNITIES)) {
      found.push(wrongNumber(at(i, "holdoutOpportunities"), nStar));
    } else if (!(typeof xStar === "number" && Number.isInteger(xStar) && xStar >= 0 && xStar <= nStar)) {
      found.push(wrongNumber(at(i, "holdoutFrequency"), xStar, nStar));
    }
    if (!(typeof count === "number" && Number.isSafeInteger(count) && count >= 0)) {
      found.push(wrongNumber(at(i, "count"), count, Number.MAX_SAFE_INTEGER));
    }
    if (found.length > 0) {
      issues.push(...found);
      continue;
    }
    table.frequency[i] = get(i, "frequency") as number;
    table.recency[i] = get(i, "recency") as number;
    table.opportunities[i] = get(i, "opportunities") as number;
    table.holdoutFrequency[i] = xStar as number;
    table.holdoutOpportunities[i] = nStar as number;
    table.count[i] = count as number;
    table.customers += count as number;
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.slice(0, 20) });
  if (table.customers === 0) throw new ClienteleDomainError("insufficient_data", `${fnName}: no customers`);
  return table;
}

/** A row's field, or undefined when the row is not an object. */
function cell(row: unknown, field: string): unknown {
  return isPlainObject(row) ? row[field] : undefined;
}

function wrongNumber(path: (string | number)[], value: unknown, max = MAX_OPPORTUNITIES): ClienteleIssue {
  const received = describeReceived(value);
  return {
    code: typeof value === "number" ? "invalid_value" : "invalid_type",
    path,
    message: `expected an integer in [0, ${max}], received ${received}`,
    expected: `integer in [0, ${max}]`,
    received,
  };
}
