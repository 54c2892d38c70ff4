import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import type { LoyaltyEvent } from "../customers/LoyaltyEventSchema.ts";
import { type TransactionInput, TransactionSchema } from "../customers/TransactionSchema.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseRows } from "../schema/parseRows.ts";
import { appendEvents } from "./_internal/appendEvents.ts";
import { readLedger } from "./_internal/ledgerBrand.ts";
import { periodKey } from "./_internal/periodKey.ts";
import type { LoyaltyLedger } from "./LoyaltyLedger.ts";
import type { EarnRule } from "./LoyaltyProgramSchema.ts";

/**
 * What {@link accrueTransactions} returns.
 *
 * @example
 * ```ts
 * import type { AccrueTransactionsResult } from "clientele/loyalty";
 * const points: AccrueTransactionsResult["points"] = [120, 0, 45];
 * ```
 * @category Ledger
 */
export interface AccrueTransactionsResult {
  /** The new ledger, with one accrual per transaction that earned points (in the transactions' order). */
  readonly ledger: LoyaltyLedger;
  /** Points each transaction earned, by row (0 when it earned none: nothing is recorded for it). */
  readonly points: readonly number[];
  /** Points each transaction would have earned before the caps, by row. */
  readonly uncapped: readonly number[];
}

const ROUND = { down: Math.floor, nearest: Math.round, up: Math.ceil } as const;

/**
 * Earns points for a transaction log (`clientele/customers` transactions) in one call, under the program's
 * {@link EarnRule}, and records them: one accrual per transaction that earns points, linked by
 * `transactionId` when the transaction has one.
 *
 * @remarks
 * Per transaction: round(rate × base × factor) (a product within 1e-9 relative of a whole number counts as it; see {@link EarnRule}: the base is `amount`, `quantity` as
 * the distance flown, or 1 per visit), then `capPerTransaction`; then `capPerPeriod`, taken per member in
 * time order over UTC calendar periods. A transaction earning 0 points (a zero amount, a factor of 0, a
 * reached cap) records nothing; its 0 is in `points` and what it would have earned in `uncapped`, so no row
 * goes unaccounted. The accruals' qualifying credits are their points. Runs in O(n log n) with the caps
 * per period, else O(n), plus a replay of the ledger.
 *
 * @param ledger - A ledger from {@link createLedger}.
 * @param transactions - The log (inputs or parsed transactions; never mutated).
 * @returns The new ledger and the points by row.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row (at `transactions[i]`), a row without
 *   `quantity` in a distance program (at `transactions[i].quantity`), or a row in another currency than
 *   the program's (at `transactions[i].currency`).
 * @throws {@link ClienteleDomainError} `domain_error` for a row earning more than 2⁵³ − 1 points.
 * @example
 * ```ts
 * import { accrueTransactions, balance, createLedger } from "clientele/loyalty";
 * const ledger = createLedger({
 *   costPerPoint: 0.01,
 *   earn: { basis: "spend", rate: 1, multipliers: [{ field: "productId", value: "fuel", factor: 2 }], capPerTransaction: 500 },
 * });
 * const result = accrueTransactions(ledger, [
 *   { customerId: "m1", timestamp: "2024-03-01", amount: 42.8 },
 *   { customerId: "m1", timestamp: "2024-03-02", amount: 60, productId: "fuel" },
 *   { customerId: "m1", timestamp: "2024-03-03", amount: 900 },
 * ]);
 * result.points; // => [42, 120, 500]
 * balance(result.ledger, { asOf: "2024-03-31" }).points; // => 662
 * ```
 * @category Ledger
 */
export function accrueTransactions(
  ledger: LoyaltyLedger,
  transactions: readonly TransactionInput[],
): AccrueTransactionsResult {
  const fn = "accrueTransactions";
  const base = readLedger(fn, ledger);
  const rows = parseRows(fn, TransactionSchema, transactions, { path: ["transactions"] });
  const { earn, currency, programId } = base.program;
  const issues = createIssueCollector();
  const uncapped = new Array<number>(rows.length);
  const points = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i]!;
    if (currency !== undefined && t.currency !== undefined && t.currency !== currency)
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["transactions", i, "currency"],
        message: `expected "${currency}" (the program's currency), received "${t.currency}"`,
        expected: currency,
        received: JSON.stringify(t.currency),
      }));
    let amount = 1;
    if (earn.basis === "spend") amount = t.amount;
    else if (earn.basis === "distance") {
      if (t.quantity === undefined) {
        collectIssue(issues, () => ({
          code: "invalid_type",
          path: ["transactions", i, "quantity"],
          message: "expected number (the distance flown, for a distance program), received undefined",
          expected: "number",
          received: "undefined",
        }));
        continue;
      }
      amount = t.quantity;
    }
    uncapped[i] = earned(earn, amount, t.productId, t.channel);
    if (!Number.isSafeInteger(uncapped[i]))
      throw new ClienteleDomainError(
        "domain_error",
        `${fn}: transactions[${i}] earns more points than a safe integer`,
        {
          issues: [{ code: "domain_error", path: ["transactions", i], message: `earns ${uncapped[i]} points` }],
        },
      );
    points[i] = earn.capPerTransaction === undefined ? uncapped[i]! : Math.min(uncapped[i]!, earn.capPerTransaction);
  }
  if (issues.count > 0)
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  const cap = earn.capPerPeriod;
  if (cap !== undefined) {
    const order = rows.map((_, i) => i);
    order.sort((a, b) => {
      const ca = rows[a]!.customerId;
      const cb = rows[b]!.customerId;
      if (ca !== cb) return ca < cb ? -1 : 1;
      return rows[a]!.timestamp.getTime() - rows[b]!.timestamp.getTime() || a - b;
    });
    let member = "";
    let period = Number.NaN;
    let used = 0;
    for (const i of order) {
      const t = rows[i]!;
      const key = periodKey(t.timestamp.getTime(), cap.period);
      if (t.customerId !== member || key !== period) [member, period, used] = [t.customerId, key, 0];
      points[i] = Math.min(points[i]!, cap.points - used);
      used += points[i]!;
    }
  }
  const added: LoyaltyEvent[] = [];
  const rowOf: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (points[i]! <= 0) continue;
    const t = rows[i]!;
    added.push({
      customerId: t.customerId,
      timestamp: t.timestamp,
      type: "accrual",
      points: points[i]!,
      ...(programId === undefined ? {} : { programId }),
      ...(t.transactionId === undefined ? {} : { transactionId: t.transactionId }),
    });
    rowOf.push(i);
  }
  const next = appendEvents(fn, base, added, (k) => ({
    where: `from transactions[${rowOf[k]}]`,
    path: ["transactions", rowOf[k]!],
  }));
  return { ledger: next, points, uncapped };
}

function earned(earn: EarnRule, amount: number, productId?: string, channel?: string): number {
  let factor = 1;
  for (const m of earn.multipliers ?? []) {
    if ((m.field === "productId" ? productId : channel) === m.value) {
      factor = m.factor;
      break;
    }
  }
  let exact = earn.rate * amount * factor;
  // A product that misses a whole number by rounding error (0.29 × 100 = 28.999999999999996) is that number.
  const nearest = Math.round(exact);
  if (Math.abs(exact - nearest) <= 1e-9 * Math.max(1, Math.abs(exact))) exact = nearest;
  return ROUND[earn.rounding ?? "down"](exact);
}
