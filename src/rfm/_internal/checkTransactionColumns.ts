import { columnIssues } from "../../_lib/columnIssues.ts";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";

const REQUIRED = ["customerId", "timestamp", "amount"] as const;
const COLUMNS = [...REQUIRED, "currency"] as const;

/**
 * The three columns of a columnar transaction log, shape-checked (values not yet validated).
 *
 * @internal
 */
export interface TransactionColumnsShape {
  /** Customer ids. */
  readonly customerId: ArrayLike<unknown>;
  /** Timestamps. */
  readonly timestamp: ArrayLike<unknown>;
  /** Amounts. */
  readonly amount: ArrayLike<unknown>;
  /** Currencies (optional). */
  readonly currency?: ArrayLike<unknown> | undefined;
}

/**
 * Checks the shape of a columnar transaction log: the three required columns present (and the optional
 * `currency` column, if given), array-like, of equal length (see columnIssues for what else it checks).
 *
 * @param fnName - Public function name.
 * @param input - The value (untrusted).
 * @param root - Path of the argument (`"transactions"`).
 * @returns The columns.
 * @throws {@link ClienteleInputError} `invalid_input` for anything else, with paths `transactions.amount`.
 * @internal
 */
export function checkTransactionColumns(fnName: string, input: unknown, root: string): TransactionColumnsShape {
  const fail = (issues: ClienteleIssue[]): never => {
    throw new ClienteleInputError(`${fnName}: invalid input`, { issues });
  };
  if (typeof input !== "object" || input === null) {
    const received = describeReceived(input);
    return fail([
      {
        code: "invalid_type",
        path: [root],
        message: `expected array of transactions or columns { customerId, timestamp, amount }, received ${received}`,
        expected: "array | object",
        received,
      },
    ]);
  }
  const record = input as Record<string, unknown>;
  const { issues } = columnIssues(record, COLUMNS, REQUIRED, root);
  if (issues.length > 0) fail(issues);
  return record as unknown as TransactionColumnsShape;
}
