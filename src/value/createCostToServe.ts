import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { costToServeWith } from "./_internal/costToServeWith.ts";
import { resolveCostDrivers } from "./_internal/resolveCostDrivers.ts";
import type { CostDriversInput } from "./CostDriversSchema.ts";
import type { CostToServe, CostToServeOptions } from "./costToServe.ts";

/**
 * A cost-to-serve calculator for one cost-driver table (see {@link createCostToServe}).
 *
 * @example
 * ```ts
 * import type { CostToServeCalculator } from "clientele/value";
 * const totalOf = (calc: CostToServeCalculator, record: Parameters<CostToServeCalculator>[0]) =>
 *   calc(record, { to: "2025-01-01" }).total;
 * ```
 * @category Profitability
 */
export type CostToServeCalculator = (record: CustomerRecord, options: CostToServeOptions) => CostToServe;

/**
 * {@link costToServe} for many calls with one cost-driver table: the table is validated once, here, and
 * each call checks only its record and window. The results are those of `costToServe(record, drivers,
 * options)`; use it where a table prices thousands of customers or several windows per customer.
 *
 * @param drivers - The cost-driver table (see {@link CostDriversSchema}).
 * @returns A function of a record and a window.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad table (paths as in {@link costToServe});
 *   each call throws as `costToServe` does for a bad record or window.
 * @example
 * ```ts
 * import { CustomerRecordSchema } from "clientele/customers";
 * import { createCostToServe } from "clientele/value";
 * const record = CustomerRecordSchema.parse({
 *   customerId: "c1", interactions: [], serviceFailures: [], complaints: [], surveyResponses: [], incidents: [],
 *   transactions: [{ customerId: "c1", timestamp: "2024-03-01", amount: 40 }, { customerId: "c1", timestamp: "2024-05-01", amount: 25 }],
 * });
 * const costOf = createCostToServe({ perOrder: 3 });
 * costOf(record, { to: "2025-01-01" }).total; // => 6
 * costOf(record, { from: "2024-04-01", to: "2025-01-01" }).total; // => 3
 * ```
 * @category Profitability
 */
export function createCostToServe(drivers: CostDriversInput): CostToServeCalculator {
  const resolved = resolveCostDrivers("createCostToServe", drivers);
  return (record, options) => costToServeWith(resolved, record, options);
}
