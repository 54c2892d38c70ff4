// The one reader of "which customers" for everything that predicts per customer (the predictions, their
// intervals, expectedAverageSpend, customerLifetimeValue, scoreCustomers): one customer, columns, rows, or
// a summary ({ rows, metadata }) become one customer or columns, which the kernel mappers (mapCustomers,
// mapPatterns) validate and evaluate. Rows are only transposed here, not validated, so every form is checked
// by the same code; the paths the mappers report name the form the caller gave (`customer.T[3]` for
// columns, `customer[3].T` for rows and for a summary's rows).

import { describeReceived } from "../../_lib/describeReceived.ts";
import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { checkSummaryUnit } from "./checkSummaryUnit.ts";
import type { CustomerPath } from "./mapCustomers.ts";

/**
 * Customers as the kernel mappers read them, with how to name customer i's field in the caller's terms.
 *
 * @internal
 */
export interface CustomerInput {
  /** One customer (an object with number fields) or columns (array-likes); untrusted values. */
  readonly customers: unknown;
  /** Whether `customers` came from rows (or a summary's rows), transposed. */
  readonly rows: boolean;
  /** Path of field `field` of customer i: `[root, field, i]` for columns, `[root, i, field]` for rows. */
  readonly at: CustomerPath;
}

/**
 * How {@link readCustomers} treats a summary's `metadata.unit`: `"fit-unit"` requires it to equal the
 * fit's unit (`invalid_input` at `<root>.metadata.unit` otherwise); `"none"` does not look at it (spend and
 * opportunity data have no time unit to disagree with).
 *
 * @internal
 */
export type SummaryUnitCheck = { readonly fitUnit: unknown } | "none";

/**
 * Reads the customers argument of a per-customer function: one customer or columns pass through; rows
 * (an array) and a summary (`{ rows, metadata }`, e.g. a `TransactionSummary` or an `OpportunitiesSummary`)
 * are transposed into plain arrays of `fields` (values not checked here; a row that is not an object is
 * `invalid_input` at `<root>[i]`). Entry i of the result's columns is row i, so results come back in row
 * order.
 *
 * @param fnName - Public function name.
 * @param input - The argument (untrusted).
 * @param fields - The fields a customer has for this function (`["frequency", "recency", "T"]`, …).
 * @param root - Path of the argument (`"customer"`, `"customers"`).
 * @param unitCheck - What to require of a summary's unit.
 * @returns The customers, and their paths.
 * @throws {@link ClienteleInputError} `invalid_input` for rows that are not objects or a summary in
 *   another unit than the fit's.
 * @internal
 */
export function readCustomers(
  fnName: string,
  input: unknown,
  fields: readonly string[],
  root: string,
  unitCheck: SummaryUnitCheck,
): CustomerInput {
  let rows: unknown = input;
  if (!Array.isArray(input)) {
    if (!isSummary(input)) return { customers: input, rows: false, at: (field, i) => [root, field, i] };
    if (unitCheck !== "none") checkSummaryUnit(fnName, input.metadata, unitCheck.fitUnit, [root]);
    rows = input.rows;
  }
  return { customers: transposeRows(fnName, rows, fields, root), rows: true, at: (field, i) => [root, i, field] };
}

/** Whether a value is a summary `{ rows, metadata }` (an object, not an array, with both keys). */
export function isSummary(input: unknown): input is { readonly rows: unknown; readonly metadata: unknown } {
  return typeof input === "object" && input !== null && !Array.isArray(input) && "rows" in input && "metadata" in input;
}

/** Rows → `{ field: values[] }` for each of `fields`; a summary's `rows` that is not an array is an issue. */
function transposeRows(
  fnName: string,
  rows: unknown,
  fields: readonly string[],
  root: string,
): Record<string, unknown[]> {
  if (!Array.isArray(rows)) {
    const received = describeReceived(rows);
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [root, "rows"],
          message: `expected an array of customer rows, received ${received}`,
          expected: "array",
          received,
        },
      ],
    });
  }
  const list = rows as readonly unknown[];
  const n = list.length;
  const columns: Record<string, unknown[]> = {};
  for (const field of fields) columns[field] = new Array(n);
  const issues = createIssueCollector();
  for (let i = 0; i < n; i++) {
    const row = list[i];
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      collectIssue(issues, () => {
        const received = describeReceived(row);
        return {
          code: "invalid_type",
          path: [root, i],
          message: `expected a customer row { ${fields.join(", ")} }, received ${received}`,
          expected: "object",
          received,
        };
      });
      continue;
    }
    for (const field of fields) columns[field]![i] = (row as Record<string, unknown>)[field];
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return columns;
}
