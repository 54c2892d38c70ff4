import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { describeReceived } from "./describeReceived.ts";
import { unknownKeysIssue } from "./unknownKeysIssue.ts";

/**
 * Checks a columnar input's shape: no keys outside `known`, every present column (and every
 * `required` one) array-like, and all columns as long as the first. Shared by every reader of columnar
 * input (transaction columns, summary columns) so they report the same issues with the same paths.
 *
 * @param record - The columns object.
 * @param known - Accepted column names, in checking order.
 * @param required - Column names that must be present.
 * @param root - Path of `record` (e.g. `"transactions"`, or `["records", "transactions"]`), the start of
 *   every issue path.
 * @param otherKeys - `"reject"` (the default: an issue at `root` names them) or `"ignore"` (a whole
 *   result object can be passed where two of its columns are read).
 * @returns The common length (undefined if no column was readable) and the issues found.
 * @internal
 */
export function columnIssues(
  record: Readonly<Record<string, unknown>>,
  known: readonly string[],
  required: readonly string[],
  root: string | readonly (string | number)[],
  otherKeys: "reject" | "ignore" = "reject",
): { readonly length: number | undefined; readonly issues: ClienteleIssue[] } {
  const issues: ClienteleIssue[] = [];
  const at = typeof root === "string" ? [root] : root;
  const unknown = otherKeys === "ignore" ? undefined : unknownKeysIssue(record, known, [...at]);
  if (unknown !== undefined) issues.push(unknown);
  let length: number | undefined;
  for (const key of known) {
    const column = record[key];
    if (column === undefined && !required.includes(key)) continue;
    const n = (column as { length?: unknown } | null | undefined)?.length;
    if (typeof column !== "object" || column === null || typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      const received = describeReceived(column);
      issues.push({
        code: "invalid_type",
        path: [...at, key],
        message:
          column === undefined
            ? "missing required field (expected array-like column)"
            : `expected array-like column, received ${received}`,
        expected: "array-like column",
        received,
      });
    } else if (length === undefined) {
      length = n;
    } else if (n !== length) {
      issues.push({
        code: "invalid_length",
        path: [...at, key],
        message: `expected ${length} items like ${known[0]}, received length ${n}`,
        expected: `${length} items`,
        received: `length ${n}`,
      });
    }
  }
  return { length, issues };
}
