import { safeParse } from "zod/v4/core";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { TransactionSchema } from "../../customers/TransactionSchema.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { toClienteleIssues } from "../../schema/toClienteleIssues.ts";
import type { FastTransactionFields } from "./readTransactionFast.ts";

/**
 * Schema fallback for one transaction row that {@link readTransactionFast} did not take: validates it
 * with `TransactionSchema`, fills `out` and returns true, or appends the schema's issues (with `path`
 * as their prefix) and returns false.
 *
 * @param row - The row (untrusted).
 * @param path - The row's path (`["transactions", 3]`).
 * @param out - Receives the id, epoch milliseconds and amount.
 * With `allowReturns`, a row whose `amount` is a finite negative number (a return) is validated as the
 * purchase of its absolute value, so every other field is checked exactly as for a purchase, and
 * `out.amount` receives the negative amount.
 *
 * @param issues - Receives the row's issues.
 * @param allowReturns - Whether negative amounts are accepted (default `false`).
 * @returns Whether the row is valid.
 * @internal
 */
export function readTransactionSlow(
  row: unknown,
  path: readonly (string | number)[],
  out: FastTransactionFields,
  issues: ClienteleIssue[],
  allowReturns = false,
): boolean {
  const record = allowReturns && isPlainObject(row) ? row : undefined;
  const amount = record?.amount;
  const isReturn = typeof amount === "number" && amount < 0 && amount >= -Number.MAX_VALUE;
  const input = isReturn ? { ...record, amount: -amount } : row;
  // safeParse, not parseInput: a bad row costs its issues, not a thrown and caught error (a million bad
  // rows took 23 s, most of it building ClienteleErrors that were thrown away).
  const result = safeParse(TransactionSchema, input);
  if (!result.success) {
    const found = toClienteleIssues(result.error.issues, input, path);
    for (let k = 0; k < found.length; k++) issues.push(found[k]!);
    return false;
  }
  const t = result.data;
  out.id = t.customerId;
  out.ms = t.timestamp.getTime();
  out.amount = isReturn ? (amount as number) : t.amount;
  out.currency = t.currency;
  return true;
}
