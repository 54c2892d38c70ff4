import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { TransactionSchema } from "../../customers/TransactionSchema.ts";
import { isClienteleError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { parseInput } from "../../schema/parseInput.ts";
import type { FastTransactionFields } from "./readTransactionFast.ts";

/**
 * Schema fallback for one transaction row that {@link readTransactionFast} did not take: validates it
 * with `TransactionSchema`, fills `out` and returns true, or appends the schema's issues (with `path`
 * as their prefix) and returns false.
 *
 * @param fnName - Public function name.
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
  fnName: string,
  row: unknown,
  path: readonly (string | number)[],
  out: FastTransactionFields,
  issues: ClienteleIssue[],
  allowReturns = false,
): boolean {
  try {
    const record = allowReturns && isPlainObject(row) ? row : undefined;
    const amount = record?.amount;
    const isReturn = typeof amount === "number" && amount < 0 && amount >= -Number.MAX_VALUE;
    const t = parseInput(fnName, TransactionSchema, isReturn ? { ...record, amount: -amount } : row, path);
    out.id = t.customerId;
    out.ms = t.timestamp.getTime();
    out.amount = isReturn ? (amount as number) : t.amount;
    out.currency = t.currency;
    return true;
  } catch (error) {
    if (!isClienteleError(error, "invalid_input")) throw error;
    issues.push(...error.issues);
    return false;
  }
}
