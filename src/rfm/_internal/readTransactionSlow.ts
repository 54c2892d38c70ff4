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
 * @param issues - Receives the row's issues.
 * @returns Whether the row is valid.
 * @internal
 */
export function readTransactionSlow(
  fnName: string,
  row: unknown,
  path: readonly (string | number)[],
  out: FastTransactionFields,
  issues: ClienteleIssue[],
): boolean {
  try {
    const t = parseInput(fnName, TransactionSchema, row, path);
    out.id = t.customerId;
    out.ms = t.timestamp.getTime();
    out.amount = t.amount;
    return true;
  } catch (error) {
    if (!isClienteleError(error, "invalid_input")) throw error;
    issues.push(...error.issues);
    return false;
  }
}
