import { describeReceived } from "../_lib/describeReceived.ts";
import { checkDistinctIds } from "../_lib/duplicateIds.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { markDistinctIds } from "./_internal/distinctIdLists.ts";
import { readProfitWindow } from "./_internal/readProfitWindow.ts";
import { resolveCostDrivers } from "./_internal/resolveCostDrivers.ts";
import { checkFigures, runTally } from "./_internal/runTally.ts";
import { countsAt, sumColumns } from "./_internal/tallyColumns.ts";
import { emptyCounts, priceCounts } from "./_internal/tallyOf.ts";
import type { CostDriversInput } from "./CostDriversSchema.ts";
import type { CustomerBaseColumns } from "./CustomerBaseColumns.ts";
import type { CustomerProfitOptions } from "./customerProfit.ts";

/**
 * Every customer's profit as columns (see {@link customerProfitColumns}): element `i` of each column is
 * customer `i`, with the figures of {@link CustomerProfit} but not its per-driver `lines`.
 *
 * @example
 * ```ts
 * import type { CustomerProfitColumns } from "clientele/value";
 * const p: CustomerProfitColumns = {
 *   customerId: ["a", "b"], revenue: Float64Array.of(80, 10), productCost: Float64Array.of(50, 6),
 *   grossProfit: Float64Array.of(30, 4), costToServe: Float64Array.of(5, 5), profit: Float64Array.of(25, -1),
 *   orders: Float64Array.of(1, 1), imputedCostCount: Float64Array.of(0, 0),
 * };
 * ```
 * @category Profitability
 */
export interface CustomerProfitColumns {
  /** The customers, in input order. */
  readonly customerId: readonly string[];
  /** Their segments, when the base states any (`record.customer.segment`, or the `segment` column). */
  readonly segment?: readonly (string | undefined)[] | undefined;
  /** The currency of the figures, when the table or the transactions state one. */
  readonly currency?: string | undefined;
  /** Sum of the window's transaction amounts. */
  readonly revenue: Float64Array;
  /** Sum of their costs, with missing costs treated by the stated policy. */
  readonly productCost: Float64Array;
  /** revenue − productCost. */
  readonly grossProfit: Float64Array;
  /** The activity-based cost to serve. */
  readonly costToServe: Float64Array;
  /** grossProfit − costToServe. */
  readonly profit: Float64Array;
  /** Transactions in the window. */
  readonly orders: Float64Array;
  /** Transactions whose cost the `missingCost` policy supplied. */
  readonly imputedCostCount: Float64Array;
}

/**
 * {@link customerProfits} as columns: every customer's revenue, product cost, cost to serve and profit
 * in typed arrays, without an object per customer. The fast path for large bases: give it
 * {@link CustomerBaseColumns} and pass the result to {@link whaleCurve}, which takes these columns as
 * they are.
 *
 * @remarks
 * The figures are those of `customerProfits` on the same base, element for element (for columns, when
 * each customer's rows come in the same order, as floating-point sums follow it); the per-driver `lines`
 * are left out (ask `customerProfits` for them). Validation, paths and errors are `customerProfits`'.
 * On 1,000,000 transactions of 100,000 customers given as columns, this and the whale curve stay within
 * 300 ms (bench/value.bench.ts).
 *
 * @param base - Validated customer records, or the base as {@link CustomerBaseColumns}.
 * @param drivers - The cost-driver table.
 * @param options - The window (`to` required) and the missing-cost policy.
 * @returns One element per customer, in input order (`customerId` frozen).
 * @throws {@link ClienteleInputError} `invalid_input` as {@link customerProfits}, and for records with a
 *   repeated customer id (at `records[i].customerId`).
 * @throws {@link ClienteleDomainError} `domain_error` if a figure overflows.
 * @example
 * ```ts
 * import { customerProfitColumns, whaleCurve } from "clientele/value";
 * const profits = customerProfitColumns(
 *   {
 *     customers: { customerId: ["a", "b", "c"] },
 *     transactions: {
 *       customerId: ["a", "b", "c"],
 *       timestampMs: Float64Array.of(Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 6), Date.UTC(2026, 0, 7)),
 *       amount: Float64Array.of(80, 10, 40),
 *       cost: Float64Array.of(50, 6, 20),
 *     },
 *   },
 *   { perOrder: 5 },
 *   { to: new Date("2027-01-01") },
 * );
 * Array.from(profits.profit); // => [25, -1, 15]
 * whaleCurve(profits).peakProfitShare; // => 40 / 39
 * ```
 * @category Profitability
 */
export function customerProfitColumns(
  base: readonly CustomerRecord[] | CustomerBaseColumns,
  drivers: CostDriversInput,
  options: CustomerProfitOptions,
): CustomerProfitColumns {
  const fn = "customerProfitColumns";
  if (!Array.isArray(base) && (typeof base !== "object" || base === null)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["records"],
          message: `expected an array of customer records or CustomerBaseColumns, received ${describeReceived(base)}`,
        },
      ],
    });
  }
  const resolved = resolveCostDrivers(fn, drivers);
  if (Array.isArray(base)) {
    const { tallies, currency } = runTally(fn, { list: base, single: false }, resolved, options, true);
    const n = tallies.length;
    const ids: string[] = new Array(n);
    for (let i = 0; i < n; i++) ids[i] = tallies[i]!.customerId;
    checkDistinctIds(fn, ids, (i) => ["records", i, "customerId"]);
    const out = emptyColumns(markDistinctIds(ids), currency);
    let segments: (string | undefined)[] | undefined;
    for (let i = 0; i < n; i++) {
      const t = tallies[i]!;
      if (t.segment !== undefined) {
        segments ??= new Array<string | undefined>(n).fill(undefined);
        segments[i] = t.segment;
      }
      out.revenue[i] = t.revenue;
      out.productCost[i] = t.productCost;
      out.grossProfit[i] = t.grossProfit;
      out.costToServe[i] = t.costToServe;
      out.profit[i] = t.profit;
      out.orders[i] = t.orders;
      out.imputedCostCount[i] = t.imputedCostCount;
    }
    return segments === undefined ? out : { ...out, segment: segments };
  }
  const { n, ids, segments, sums, currency } = sumColumns(fn, base, resolved, readProfitWindow(fn, options));
  const out = emptyColumns(markDistinctIds(ids), currency);
  const nChannels = resolved.channels.length;
  const nKinds = resolved.kinds.length;
  const counts = emptyCounts();
  for (let c = 0; c < n; c++) {
    countsAt(sums, c, counts);
    const costToServe = priceCounts(resolved, counts, sums.channels, c * nChannels, sums.kinds, c * nKinds, undefined);
    const revenue = counts.revenue;
    checkFigures(fn, ids[c]!, revenue, counts.productCost, costToServe);
    const grossProfit = revenue - counts.productCost;
    out.revenue[c] = revenue;
    out.productCost[c] = counts.productCost;
    out.grossProfit[c] = grossProfit;
    out.costToServe[c] = costToServe;
    out.profit[c] = grossProfit - costToServe;
    out.orders[c] = counts.orders;
    out.imputedCostCount[c] = counts.imputed;
  }
  if (segments === undefined) return out;
  return { ...out, segment: Array.from({ length: n }, (_, i) => segments[i] as string | undefined) };
}

function emptyColumns(customerId: readonly string[], currency: string | undefined): CustomerProfitColumns {
  const n = customerId.length;
  return {
    customerId,
    ...(currency === undefined ? {} : { currency }),
    revenue: new Float64Array(n),
    productCost: new Float64Array(n),
    grossProfit: new Float64Array(n),
    costToServe: new Float64Array(n),
    profit: new Float64Array(n),
    orders: new Float64Array(n),
    imputedCostCount: new Float64Array(n),
  };
}
