import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { createPortfolioAccumulator } from "./createPortfolioAccumulator.ts";
import type { PortfolioSummary } from "./PortfolioSummary.ts";
import type { RelationshipContext } from "./RelationshipContext.ts";

/**
 * The relationship assessment of a whole customer base, summed up: counts and value by lifecycle stage,
 * termination decision and CRM job; the customers to act on first, ranked by value at risk; and a
 * segment table — in one pass, with memory bounded by the output.
 *
 * @remarks
 * Each customer is assessed as {@link assessRelationship} would assess them (the same parts, with the
 * work shared: one summary and one vectorised prediction per block of records, rule sets prepared once,
 * the batch forms of the lifecycle and termination areas). **Value at risk** is the customer's value
 * (lifetime value when computed, else revenue over the lookback window) times the share at risk
 * (1 − P(alive) when computed, else the switching-risk level: low 0, medium ½, high 1); the
 * "act on first" list keeps the `portfolio.topK` (100) customers with the most. For chunks (streams,
 * workers) use {@link createPortfolioAccumulator}: this is `createPortfolioAccumulator(context).add(records).finish()`.
 *
 * @param records - Validated customer records, one per customer (`groupByCustomer`).
 * @param context - As for {@link assessRelationship}.
 * @returns The summary.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad context (`context.…`) or record
 *   (`records[i].…`), or a customer id that appears twice.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { assessPortfolio } from "clientele/relationship";
 * const records = groupByCustomer({
 *   transactions: [
 *     { customerId: "a", timestamp: "2024-06-01", amount: 40, cost: 25 },
 *     { customerId: "b", timestamp: "2022-06-01", amount: 70, cost: 40 },
 *     { customerId: "c", timestamp: "2023-09-01", amount: 90, cost: 50 },
 *     { customerId: "c", timestamp: "2024-05-01", amount: 60, cost: 35 },
 *   ],
 * });
 * const s = assessPortfolio(records, { asOf: "2024-06-30" });
 * s.byStage.new.customers; // => 1
 * s.byJob["win-back"].customers; // => 1
 * s.byJob.retention.revenue; // => 150
 * ```
 * @category Portfolio
 */
export function assessPortfolio(records: readonly CustomerRecord[], context: RelationshipContext): PortfolioSummary {
  return createPortfolioAccumulator(context).add(records).finish();
}
