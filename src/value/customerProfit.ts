import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { profitOfTally } from "./_internal/profitOfTally.ts";
import { resolveCostDrivers } from "./_internal/resolveCostDrivers.ts";
import { runTally } from "./_internal/runTally.ts";
import type { CostDriversInput } from "./CostDriversSchema.ts";
import type { CostDriverLine, CostToServeOptions } from "./costToServe.ts";

/**
 * A customer's profit over a window (see {@link customerProfit}): revenue − product cost − cost to serve.
 *
 * @example
 * ```ts
 * import type { CustomerProfit } from "clientele/value";
 * const p: CustomerProfit = {
 *   customerId: "c1", revenue: 150, productCost: 90, grossProfit: 60, costToServe: 23, profit: 37,
 *   orders: 2, imputedCostCount: 0, lines: [],
 * };
 * ```
 * @category Profitability
 */
export interface CustomerProfit {
  /** The customer. */
  readonly customerId: string;
  /** `record.customer.segment`, when the record states it. */
  readonly segment?: string | undefined;
  /** The currency of the figures, when the table or the transactions state one. */
  readonly currency?: string | undefined;
  /** Sum of the window's transaction amounts. */
  readonly revenue: number;
  /** Sum of their `cost`, with missing costs treated by the stated policy. */
  readonly productCost: number;
  /** revenue − productCost. */
  readonly grossProfit: number;
  /** The activity-based cost to serve (the sum of `lines`). */
  readonly costToServe: number;
  /** grossProfit − costToServe. */
  readonly profit: number;
  /** Transactions in the window. */
  readonly orders: number;
  /** Transactions whose cost the `missingCost` policy supplied (0 under `"throw"`). */
  readonly imputedCostCount: number;
  /** The cost to serve by driver (see {@link costToServe}). */
  readonly lines: readonly CostDriverLine[];
}

/**
 * How to treat a transaction without `cost`: `"throw"` (the default: `invalid_input` at its path),
 * `"zero"` (it cost the firm nothing to supply: a service, a licence), or `{ margin }` (impute
 * cost = amount × (1 − margin), the firm's stated gross margin in [0, 1]). Imputed transactions are
 * counted in `imputedCostCount`.
 *
 * @example
 * ```ts
 * import type { MissingCostPolicy } from "clientele/value";
 * const assumed: MissingCostPolicy = { margin: 0.3 };
 * ```
 * @category Profitability
 */
export type MissingCostPolicy =
  | "throw"
  | "zero"
  | {
      /** The gross margin in [0, 1]: cost = amount × (1 − margin). */
      readonly margin: number;
    };

/**
 * Options of {@link customerProfit} and {@link customerProfits}: the window and the missing-cost policy.
 *
 * @example
 * ```ts
 * import type { CustomerProfitOptions } from "clientele/value";
 * const options: CustomerProfitOptions = { from: "2026-01-01", to: "2027-01-01", missingCost: { margin: 0.3 } };
 * ```
 * @category Profitability
 */
export interface CustomerProfitOptions extends CostToServeOptions {
  /** What a transaction without `cost` costs (default `"throw"`: never a silent 0). */
  readonly missingCost?: MissingCostPolicy | undefined;
}

/**
 * A customer's profit over a window: revenue − product cost (the transactions' `cost`) − the
 * activity-based cost to serve ({@link costToServe}).
 *
 * @remarks
 * Customer profitability analysis (Kotler & Keller, *Marketing Management*, "customer profitability
 * analysis"; Kaplan & Narayanan 2001): a customer is profitable when the revenue they bring exceeds the
 * cost of the products and of the activities they cause. A transaction without `cost` follows
 * `options.missingCost`, never a silent 0. Runs in O(events).
 *
 * @param record - One customer's validated record.
 * @param drivers - The cost-driver table.
 * @param options - The window (`to` required) and the missing-cost policy.
 * @returns The profit and its parts.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link costToServe}, and at
 *   `transactions[i].cost` for a missing cost under `"throw"`.
 * @throws {@link ClienteleDomainError} `domain_error` if a figure overflows.
 * @example
 * ```ts
 * import { customerProfit } from "clientele/value";
 * const p = customerProfit(
 *   {
 *     customerId: "c1",
 *     transactions: [
 *       { customerId: "c1", timestamp: new Date("2026-02-01"), amount: 100, cost: 60 },
 *       { customerId: "c1", timestamp: new Date("2026-03-01"), amount: 50 },
 *     ],
 *     interactions: [], serviceFailures: [], complaints: [], surveyResponses: [], incidents: [],
 *     bonds: [], loyaltyEvents: [],
 *   },
 *   { perOrder: 5 },
 *   { to: new Date("2027-01-01"), missingCost: { margin: 0.4 } },
 * );
 * p.productCost; // => 90 (60 + 50 × 0.6)
 * p.profit; // => 50 (150 − 90 − 10)
 * ```
 * @category Profitability
 */
export function customerProfit(
  record: CustomerRecord,
  drivers: CostDriversInput,
  options: CustomerProfitOptions,
): CustomerProfit {
  const { tallies, currency } = runTally(
    "customerProfit",
    { list: [record], single: true },
    resolveCostDrivers("customerProfit", drivers),
    options,
    true,
  );
  return profitOfTally(tallies[0]!, currency);
}
