import { createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { readProfitWindow } from "./readProfitWindow.ts";
import type { ResolvedCostDrivers } from "./resolveCostDrivers.ts";
import { emptyCounts, type RecordTally } from "./tallyOf.ts";
import { type CurrencyState, createTallyScratch, tallyRecord } from "./tallyRecord.ts";

/**
 * Validates the table and the window, tallies each record (a lone record at path `[]`, a list at
 * `records[i]`), and throws once with every issue found, or `domain_error` if a figure overflows.
 *
 * @param fn - Public function name.
 * @param records - The records as given, and whether it was one record or a list.
 * @param drivers - The cost-driver table as given.
 * @param options - `{ from?, to, missingCost? }` as given.
 * @param withProductCost - Whether product cost is wanted.
 * @returns The tallies (in input order) and the currency.
 * @internal
 */
export function runTally(
  fn: string,
  records: { readonly list: readonly unknown[]; readonly single: boolean },
  resolved: ResolvedCostDrivers,
  options: unknown,
  withProductCost: boolean,
): { readonly tallies: readonly RecordTally[]; readonly currency: string | undefined } {
  const window = readProfitWindow(fn, options);
  const issues = createIssueCollector();
  const currency: CurrencyState = {
    currency: resolved.table.currency,
    fromTable: resolved.table.currency !== undefined,
  };
  const tallies: RecordTally[] = new Array(records.list.length);
  const scratch = createTallyScratch(resolved, emptyCounts());
  for (let i = 0; i < records.list.length; i++) {
    tallies[i] = tallyRecord(
      records.list[i],
      records.single ? -1 : i,
      resolved,
      window,
      withProductCost,
      currency,
      issues,
      scratch,
    );
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  checkTallies(fn, tallies);
  return { tallies, currency: currency.currency };
}

/**
 * Throws `domain_error` if a customer's figures overflow the largest double.
 *
 * @param fn - Public function name.
 * @param tallies - The tallies.
 * @throws {@link ClienteleDomainError} `domain_error` naming the first such customer.
 * @internal
 */
export function checkTallies(fn: string, tallies: readonly RecordTally[]): void {
  for (const t of tallies) checkFigures(fn, t.customerId, t.revenue, t.productCost, t.costToServe);
}

/**
 * Throws `domain_error` if one customer's figures overflow the largest double.
 *
 * @param fn - Public function name.
 * @param customerId - The customer.
 * @param revenue - Their revenue.
 * @param productCost - Their product cost.
 * @param costToServe - Their cost to serve.
 * @throws {@link ClienteleDomainError} `domain_error` naming the customer.
 * @internal
 */
export function checkFigures(
  fn: string,
  customerId: string,
  revenue: number,
  productCost: number,
  costToServe: number,
): void {
  if (!Number.isFinite(revenue - productCost - costToServe) || !Number.isFinite(revenue + costToServe)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: customer "${customerId}"'s figures overflow the largest double`,
    );
  }
}
