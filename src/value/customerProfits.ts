import { describeReceived } from "../_lib/describeReceived.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { profitOfTally } from "./_internal/profitOfTally.ts";
import { readProfitWindow } from "./_internal/readProfitWindow.ts";
import { resolveCostDrivers } from "./_internal/resolveCostDrivers.ts";
import { checkTallies, runTally } from "./_internal/runTally.ts";
import { tallyColumns } from "./_internal/tallyColumns.ts";
import type { CostDriversInput } from "./CostDriversSchema.ts";
import type { CustomerBaseColumns } from "./CustomerBaseColumns.ts";
import type { CustomerProfit, CustomerProfitOptions } from "./customerProfit.ts";

/**
 * {@link customerProfit} for every customer of a base, with one table, one window and one currency,
 * validated once: the input to {@link whaleCurve}, {@link customerPyramid} and {@link profitBySegment}.
 * The base is either customer records or, the fast path for large bases, {@link CustomerBaseColumns}.
 *
 * @remarks
 * Every record or column element is read before any figure is returned, and every problem is reported
 * (at `records[i]…`, or `records.transactions.amount[i]` for columns; the first 10,000 kept). All
 * transactions in the window must share one currency (the table's when it states one). Runs in
 * O(events). Columns give the same profits as the records they hold (when each customer's rows come in
 * the same order, as floating-point sums follow it) faster: they avoid an object per event and, with
 * `timestampMs`, a `Date` per event. The result is still one object per customer with its lines; for the
 * whale curve of a large base, {@link customerProfitColumns} returns the figures as typed arrays instead,
 * the layout that keeps 1,000,000 transactions of 100,000 customers and the curve within 300 ms
 * (bench/value.bench.ts).
 *
 * @param records - Validated customer records (`groupByCustomer`'s output), or the base as
 *   {@link CustomerBaseColumns} (the profits then come in `customers` order).
 * @param drivers - The cost-driver table.
 * @param options - The window (`to` required) and the missing-cost policy.
 * @returns One profit per record (or per customer of the columns), in input order.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link customerProfit}, at `records[i]…`; for
 *   columns, at `records.<table>.<column>[i]` (and for a missing table the cost-driver table prices, an
 *   event of an unlisted customer, a repeated customer id).
 * @throws {@link ClienteleDomainError} `domain_error` if a figure overflows.
 * @example
 * ```ts
 * import { customerProfits } from "clientele/value";
 * const empty = { interactions: [], serviceFailures: [], complaints: [], surveyResponses: [], incidents: [], bonds: [], loyaltyEvents: [] };
 * const profits = customerProfits(
 *   [
 *     { customerId: "a", ...empty, transactions: [{ customerId: "a", timestamp: new Date("2026-01-05"), amount: 80, cost: 50 }] },
 *     { customerId: "b", ...empty, transactions: [{ customerId: "b", timestamp: new Date("2026-01-06"), amount: 10, cost: 6 }] },
 *   ],
 *   { perOrder: 5 },
 *   { to: new Date("2027-01-01") },
 * );
 * profits.map((p) => p.profit); // => [25, -1]
 *
 * // The same base as columns (the fast path).
 * const fast = customerProfits(
 *   {
 *     customers: { customerId: ["a", "b"] },
 *     transactions: {
 *       customerId: ["a", "b"],
 *       timestampMs: Float64Array.of(Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 6)),
 *       amount: Float64Array.of(80, 10),
 *       cost: Float64Array.of(50, 6),
 *     },
 *   },
 *   { perOrder: 5 },
 *   { to: new Date("2027-01-01") },
 * );
 * fast.map((p) => p.profit); // => [25, -1]
 * ```
 * @category Profitability
 */
export function customerProfits(
  records: readonly CustomerRecord[] | CustomerBaseColumns,
  drivers: CostDriversInput,
  options: CustomerProfitOptions,
): readonly CustomerProfit[] {
  const fn = "customerProfits";
  if (!Array.isArray(records) && (typeof records !== "object" || records === null)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["records"],
          message: `expected an array of customer records or CustomerBaseColumns, received ${describeReceived(records)}`,
        },
      ],
    });
  }
  const resolved = resolveCostDrivers(fn, drivers);
  let result: ReturnType<typeof runTally>;
  if (Array.isArray(records)) result = runTally(fn, { list: records, single: false }, resolved, options, true);
  else {
    result = tallyColumns(fn, records, resolved, readProfitWindow(fn, options));
    checkTallies(fn, result.tallies);
  }
  const { tallies, currency } = result;
  const out: CustomerProfit[] = new Array(tallies.length);
  for (let i = 0; i < tallies.length; i++) out[i] = profitOfTally(tallies[i]!, currency);
  return out;
}
