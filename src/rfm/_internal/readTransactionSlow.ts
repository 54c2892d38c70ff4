import { safeParse } from "zod/v4/core";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { TransactionSchema } from "../../customers/TransactionSchema.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { toClienteleIssues } from "../../schema/toClienteleIssues.ts";
import type { FastTransactionFields } from "./readTransactionFast.ts";

/**
 * Schema fallback for one transaction row that {@link readTransactionFast} did not take: validates it
 * with `TransactionSchema`, fills `out` and returns 0, or appends the schema's issues (with `path` as
 * their prefix) and returns how many. Without an `issues` list (the caller's is full) nothing is built:
 * the count of the schema's own issues is returned, as `parseRows` counts past its cap.
 *
 * @param row - The row (untrusted).
 * @param path - The row's path (`["transactions", 3]`).
 * @param out - Receives the id, epoch milliseconds and amount.
 * With `allowReturns`, a row whose `amount` is a finite negative number (a return) is validated as the
 * purchase of its absolute value, so every other field is checked exactly as for a purchase, and
 * `out.amount` receives the negative amount.
 *
 * @param issues - Receives the row's issues; `undefined` to only count them.
 * @param allowReturns - Whether negative amounts are accepted (default `false`).
 * @returns 0 for a valid row, else the number of issues found.
 * @internal
 */
export function readTransactionSlow(
  row: unknown,
  path: readonly (string | number)[],
  out: FastTransactionFields,
  issues: ClienteleIssue[] | undefined,
  allowReturns = false,
): number {
  const record = allowReturns && isPlainObject(row) ? row : undefined;
  const amount = record?.amount;
  const isReturn = typeof amount === "number" && amount < 0 && amount >= -Number.MAX_VALUE;
  const input = isReturn ? { ...record, amount: -amount } : row;
  // safeParse, not parseInput: a bad row costs its issues, not a thrown and caught error (a million bad
  // rows took 23 s, most of it building ClienteleErrors that were thrown away).
  const result = safeParse(TransactionSchema, input);
  if (!result.success) {
    if (issues === undefined) return result.error.issues.length;
    const found = toClienteleIssues(result.error.issues, input, path);
    for (let k = 0; k < found.length; k++) issues.push(found[k]!);
    return found.length;
  }
  const t = result.data;
  out.id = t.customerId;
  out.ms = t.timestamp.getTime();
  out.amount = isReturn ? (amount as number) : t.amount;
  out.currency = t.currency;
  return 0;
}
