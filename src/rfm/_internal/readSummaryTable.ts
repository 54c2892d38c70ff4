import { safeParse } from "zod/v4/core";
import { columnIssues } from "../../_lib/columnIssues.ts";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { checkDistinctIds } from "../../_lib/duplicateIds.ts";
import {
  collectImpossibleSummary,
  impossibleSummariesError,
  isImpossibleSummary,
} from "../../_lib/impossibleSummary.ts";
import { collectIssue, collectIssues, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { toClienteleIssues } from "../../schema/toClienteleIssues.ts";
import { SummaryRowSchema } from "../SummaryRowSchema.ts";
import type { SummaryTable } from "../SummaryTable.ts";

const REQUIRED = ["customerId", "frequency", "recency", "T"] as const;
const OPTIONAL = ["monetaryValue", "holdoutFrequency", "holdoutMonetaryValue", "holdoutDuration"] as const;
type OptionalField = (typeof OPTIONAL)[number];
const FIELDS: readonly string[] = [...REQUIRED, ...OPTIONAL];
const MAX = Number.MAX_VALUE;
/** A valid id put in place of a missing optional one, so that the schema judges the other fields only. */
const PLACEHOLDER_ID = 0;

/**
 * How {@link readSummaryTable} reads: whether rows may leave out `customerId` (all of them, or none: a
 * table with some ids is refused) and whether keys outside the summary fields are ignored rather than
 * refused.
 *
 * @internal
 */
export interface ReadSummaryTableOptions {
  /** `customerId` may be absent from every row (the table's `customerId` is then `undefined`). */
  readonly idsOptional?: boolean | undefined;
  /** Keys (or columns) that are not summary fields are skipped instead of being `invalid_input`. */
  readonly ignoreUnknown?: boolean | undefined;
}

/**
 * A {@link SummaryTable} whose ids may be absent (read with `idsOptional`).
 *
 * @internal
 */
export type SummaryTableWithOptionalIds = Omit<SummaryTable, "customerId"> & {
  /** Customer ids, or `undefined` when no row has one. */
  readonly customerId: readonly string[] | undefined;
};

/**
 * Validates customer summaries given as rows (each checked as {@link SummaryRowSchema} checks it, with a
 * hand-written fast path and the schema deciding whatever the fast path does not accept) or as
 * {@link SummaryColumns}, then checks each row's fields together: `recency ≤ T`, and `recency = 0` when
 * `frequency = 0`. Customer ids, where present, must be distinct (`invalid_input` at each repeat, naming the
 * first occurrence).
 *
 * @param fnName - Public function name, first word of error messages.
 * @param input - Rows or columns (untrusted).
 * @param root - First path segment of issues, e.g. `"summaries"` → `summaries[3].T` / `summaries.T[3]`.
 * @param options - Whether ids are optional and unknown keys ignored (default: neither).
 * @returns The table (fresh arrays; `input` is not changed).
 * @throws {@link ClienteleInputError} `invalid_input` listing the bad fields (the first 10,000 kept, all
 *   counted in `issueCount`; past the cap no issue is built, only counted).
 * @throws {@link ClienteleDomainError} `domain_error` listing the rows with `recency > T`, or with
 *   `recency > 0` and `frequency = 0` (capped and counted alike).
 * @internal
 */
export function readSummaryTable(fnName: string, input: unknown, root: string): SummaryTable;
export function readSummaryTable(
  fnName: string,
  input: unknown,
  root: string,
  options: ReadSummaryTableOptions,
): SummaryTableWithOptionalIds;
export function readSummaryTable(
  fnName: string,
  input: unknown,
  root: string,
  options: ReadSummaryTableOptions = {},
): SummaryTableWithOptionalIds {
  const idsOptional = options.idsOptional === true;
  const ignoreUnknown = options.ignoreUnknown === true;
  const rows = Array.isArray(input);
  const checked = rows ? undefined : checkColumns(fnName, input, root, idsOptional, ignoreUnknown);
  const columns = checked?.columns;
  const n = rows ? (input as unknown[]).length : checked!.length;
  let withId = 0;
  let firstWithout = -1;
  const customerId: string[] = new Array(n);
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const T = new Float64Array(n);
  const optional: Record<OptionalField, Float64Array> = {
    monetaryValue: new Float64Array(n),
    holdoutFrequency: new Float64Array(n),
    holdoutMonetaryValue: new Float64Array(n),
    holdoutDuration: new Float64Array(n),
  };
  const seen: Record<OptionalField, boolean> = {
    monetaryValue: false,
    holdoutFrequency: false,
    holdoutMonetaryValue: false,
    holdoutDuration: false,
  };
  const issues = createIssueCollector();
  const values: unknown[] = new Array(FIELDS.length);
  for (let i = 0; i < n; i++) {
    let ok: boolean;
    let row: unknown;
    if (rows) {
      row = (input as unknown[])[i];
      ok = readRowValues(row, values, ignoreUnknown);
      if (ignoreUnknown && ok) row = knownFields(row as Record<string, unknown>);
    } else {
      const record: Record<string, unknown> = {};
      for (let f = 0; f < FIELDS.length; f++) {
        const column = (columns as unknown as Record<string, ArrayLike<unknown> | undefined>)[FIELDS[f]!];
        values[f] = column === undefined ? undefined : column[i];
        if (column !== undefined) record[FIELDS[f]!] = values[f];
      }
      row = record;
      ok = true;
    }
    const hasId = values[0] !== undefined;
    if (hasId) withId++;
    else if (firstWithout < 0) firstWithout = i;
    if (idsOptional && !hasId) values[0] = PLACEHOLDER_ID;
    if (!(ok && checkValues(values))) {
      if (idsOptional && !hasId && typeof row === "object" && row !== null && !Array.isArray(row)) {
        row = { ...row, customerId: PLACEHOLDER_ID };
      }
      if (issues.list.length >= issues.cap && ok) {
        // Past the cap only the count grows: counted by hand where that is sure to match the schema.
        const counted = countRowIssues(values);
        if (counted > 0) {
          issues.count += counted;
          continue;
        }
      }
      // The schema decides (and names the problems, while the collector keeps them).
      const result = safeParse(SummaryRowSchema, row);
      if (result.success) {
        const parsed = result.data;
        for (let f = 0; f < FIELDS.length; f++) values[f] = parsed[FIELDS[f] as keyof typeof parsed];
      } else if (issues.list.length >= issues.cap) {
        issues.count += result.error.issues.length;
        continue;
      } else {
        const found = toClienteleIssues(result.error.issues, row, rows ? [root, i] : []);
        for (const issue of found) {
          if (rows) collectIssues(issues, issue);
          else {
            const [field, ...rest] = issue.path;
            collectIssues(issues, { ...issue, path: [root, field ?? "", i, ...rest] });
          }
        }
        continue;
      }
    }
    customerId[i] = hasId ? String(values[0]) : "";
    frequency[i] = values[1] as number;
    recency[i] = values[2] as number;
    T[i] = values[3] as number;
    for (let k = 0; k < OPTIONAL.length; k++) {
      const v = values[REQUIRED.length + k];
      const field = OPTIONAL[k]!;
      if (v === undefined) optional[field][i] = Number.NaN;
      else {
        optional[field][i] = v as number;
        seen[field] = true;
      }
    }
  }
  if (idsOptional && withId > 0 && firstWithout >= 0) {
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: rows ? [root, firstWithout, "customerId"] : [root, "customerId", firstWithout],
      message: `missing customerId while ${withId} other row(s) have one; give every row an id, or none`,
      expected: "string | integer ≥ 0",
      received: "undefined",
    }));
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  const ids = withId > 0 || !idsOptional ? customerId : undefined;
  if (ids !== undefined) {
    checkDistinctIds(fnName, ids, (i) => (rows ? [root, i, "customerId"] : [root, "customerId", i]));
  }
  const impossible = createIssueCollector();
  for (let i = 0; i < n; i++) {
    const r = recency[i]!;
    const t = T[i]!;
    const x = frequency[i]!;
    if (!isImpossibleSummary(x, r, t)) continue;
    collectImpossibleSummary(impossible, x, r, t, rows ? [root, i, "recency"] : [root, "recency", i], "calibration");
  }
  if (impossible.count > 0) throw impossibleSummariesError(fnName, impossible, "summary row");
  return {
    length: n,
    customerId: ids,
    frequency,
    recency,
    T,
    monetaryValue: seen.monetaryValue ? optional.monetaryValue : undefined,
    holdoutFrequency: seen.holdoutFrequency ? optional.holdoutFrequency : undefined,
    holdoutMonetaryValue: seen.holdoutMonetaryValue ? optional.holdoutMonetaryValue : undefined,
    holdoutDuration: seen.holdoutDuration ? optional.holdoutDuration : undefined,
  };
}

/**
 * Reads a row's fields into `values` (FIELDS order); false for a non-object or an unknown key (skipped
 * when `ignoreUnknown`).
 */
function readRowValues(row: unknown, values: unknown[], ignoreUnknown: boolean): boolean {
  values.fill(undefined);
  if (typeof row !== "object" || row === null || Array.isArray(row)) return false;
  for (const key in row) {
    const f = FIELDS.indexOf(key);
    if (f < 0) {
      if (ignoreUnknown) continue;
      return false;
    }
    values[f] = (row as Record<string, unknown>)[key];
  }
  return true;
}

/** The summary fields of a record (own enumerable keys only), for the schema when other keys are ignored. */
function knownFields(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FIELDS) if (Object.hasOwn(record, key)) out[key] = record[key];
  return out;
}

/** The fast path of SummaryRowSchema on values in FIELDS order (sound: true only if the schema accepts). */
function checkValues(values: readonly unknown[]): boolean {
  const id = values[0];
  if (typeof id === "string") {
    if (id.length === 0) return false;
  } else if (!(typeof id === "number" && Number.isSafeInteger(id) && id >= 0)) {
    return false;
  }
  if (!isCount(values[1]) || !isAmount(values[2]) || !isAmount(values[3])) return false;
  const m = values[4];
  const hf = values[5];
  const hm = values[6];
  const hd = values[7];
  return (
    (m === undefined || isAmount(m)) &&
    (hf === undefined || isCount(hf)) &&
    (hm === undefined || isAmount(hm)) &&
    (hd === undefined || isAmount(hd))
  );
}

/**
 * How many issues SummaryRowSchema reports for a row given in FIELDS order with no unknown key, or −1
 * when that is not certain without the schema (an unsafe integer, a number id that is not an integer).
 * Lets a reader past the issue cap count a bad row for a few nanoseconds instead of a schema parse.
 *
 * @internal
 */
export function countRowIssues(values: readonly unknown[]): number {
  const id = values[0];
  let count = 0;
  if (typeof id === "string") count += id.length === 0 ? 1 : 0;
  else if (typeof id === "number" && Number.isSafeInteger(id)) count += id < 0 ? 1 : 0;
  else if (id === undefined) count++;
  else return -1;
  for (let f = 1; f < FIELDS.length; f++) {
    const v = values[f];
    const integer = f === 1 || f === 5;
    if (v === undefined) {
      if (f < REQUIRED.length) count++;
    } else if (typeof v !== "number" || !Number.isFinite(v)) count++;
    else if (integer && !Number.isInteger(v)) count++;
    else if (integer && !Number.isSafeInteger(v)) return -1;
    else if (v < 0) count++;
  }
  return count;
}

function isCount(v: unknown): boolean {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function isAmount(v: unknown): boolean {
  return typeof v === "number" && v >= 0 && v <= MAX;
}

/**
 * Checks the shape of summary columns: required columns present (`customerId` only when ids are
 * required), array-like, equal length, and no other keys (unless they are ignored, and then left out).
 */
function checkColumns(
  fnName: string,
  input: unknown,
  root: string,
  idsOptional: boolean,
  ignoreUnknown: boolean,
): { readonly columns: Record<string, ArrayLike<unknown>>; readonly length: number } {
  if (typeof input !== "object" || input === null) {
    const received = describeReceived(input);
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [root],
          message: `expected array of summary rows or summary columns, received ${received}`,
          expected: "array | object",
          received,
        },
      ],
    });
  }
  const record = ignoreUnknown ? knownFields(input as Record<string, unknown>) : (input as Record<string, unknown>);
  const required = idsOptional ? REQUIRED.slice(1) : REQUIRED;
  const { length, issues } = columnIssues(record, FIELDS, required, root);
  if (issues.length > 0) throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  return { columns: record as Record<string, ArrayLike<unknown>>, length: length ?? 0 };
}
