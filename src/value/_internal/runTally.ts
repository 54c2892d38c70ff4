import { createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { readProfitWindow } from "./readProfitWindow.ts";
import type { ResolvedCostDrivers } from "./resolveCostDrivers.ts";
import { type CurrencyState, createTallyScratch, type RecordTally, tallyRecord } from "./tallyRecord.ts";

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
  const scratch = createTallyScratch(resolved);
  const empty: readonly (string | number)[] = [];
  for (let i = 0; i < records.list.length; i++) {
    tallies[i] = tallyRecord(
      records.list[i],
      records.single ? empty : ["records", i],
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
  for (const t of tallies) {
    if (!Number.isFinite(t.revenue - t.productCost - t.costToServe) || !Number.isFinite(t.revenue + t.costToServe)) {
      throw new ClienteleDomainError(
        "domain_error",
        `${fn}: customer "${t.customerId}"'s figures overflow the largest double`,
      );
    }
  }
  return { tallies, currency: currency.currency };
}
