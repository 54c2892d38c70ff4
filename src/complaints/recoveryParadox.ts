import { newcombeInterval } from "../_lib/wilsonInterval.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { classifyRecords } from "./_internal/classifyRecords.ts";
import { proportion, readWindowOptions } from "./_internal/readWindowOptions.ts";
import type { EstimateRepurchaseTreeOptions } from "./estimateRepurchaseTree.ts";
import type { ProportionEstimate } from "./ProportionEstimate.ts";
import type { RepurchaseWindow } from "./RepurchaseWindow.ts";

const FN = "recoveryParadox";

/**
 * What {@link recoveryParadox} returns: the two repurchase rates and their difference with a confidence
 * interval — an estimate, not a verdict.
 *
 * @example
 * ```ts
 * import type { RecoveryParadox } from "clientele/complaints";
 * const spansZero = (r: RecoveryParadox) => r.difference.lower <= 0 && r.difference.upper >= 0;
 * ```
 * @category Service recovery
 */
export interface RecoveryParadox {
  /** The observation instant. */
  readonly asOf: Date;
  /** The outcome window. */
  readonly window: RepurchaseWindow;
  /** When customers are classified: `asOf − window`. */
  readonly cutoff: Date;
  /** Confidence level of the intervals. */
  readonly confidenceLevel: number;
  /** Repurchase rate of customers whose latest complaint was resolved quickly (Wilson interval). */
  readonly recovered: ProportionEstimate;
  /** Repurchase rate of customers with no failure and no complaint (Wilson interval). */
  readonly noFailure: ProportionEstimate;
  /** `recovered − noFailure`, with Newcombe's hybrid score interval. */
  readonly difference: {
    /** The point estimate. */
    readonly estimate: number;
    /** Lower bound. */
    readonly lower: number;
    /** Upper bound. */
    readonly upper: number;
    /** The interval method. */
    readonly method: "newcombe-hybrid-score";
  };
}

/**
 * The service recovery paradox measured from data: do customers whose complaint was resolved quickly
 * buy again more often than customers who had no failure at all? Returns both repurchase rates and
 * their difference with an interval, never a yes/no.
 *
 * @remarks
 * Customers are classified exactly as in {@link estimateRepurchaseTree} (same cutoff `asOf − window`,
 * reference events, lookback, exclusions; bought again = a purchase in `(cutoff, asOf]`); the two groups
 * are its `failure.complained.resolvedQuickly` and `noFailure` leaves. Each rate has a Wilson score interval; the difference `recovered − noFailure` has Newcombe's
 * hybrid score interval (Newcombe 1998, "Interval estimation for the difference between independent
 * proportions", method 10), which stays within [−1, 1] and behaves at 0 and n. An interval above 0 is
 * consistent with a paradox, one below 0 with recovery falling short, one spanning 0 with no detectable
 * difference at this sample size. The comparison is observational: customers who complain, and whose
 * complaints get resolved quickly, differ from others in more than the recovery (customers who buy more
 * meet more failures).
 *
 * @param records - Validated customer records.
 * @param options - `asOf` and `window` (required), `lookback`, `confidenceLevel` (default 0.95).
 * @returns The rates and the difference.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link estimateRepurchaseTree}.
 * @throws {@link ClienteleDomainError} `insufficient_data` when either group has no included customer.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { recoveryParadox } from "clientele/complaints";
 * const records = groupByCustomer({
 *   transactions: [
 *     { customerId: "a", timestamp: "2024-01-01", amount: 10 },
 *     { customerId: "a", timestamp: "2024-05-01", amount: 10 },
 *     { customerId: "b", timestamp: "2024-01-01", amount: 10 },
 *     { customerId: "c", timestamp: "2024-01-01", amount: 10 },
 *     { customerId: "c", timestamp: "2024-05-15", amount: 10 },
 *   ],
 *   complaints: [
 *     { customerId: "c", openedAt: "2024-01-15", resolvedAt: "2024-01-16", severity: "minor", outcome: "resolved-quickly" },
 *   ],
 * });
 * const r = recoveryParadox(records, { asOf: "2024-06-30", window: { length: 90, unit: "day" } });
 * r.recovered.estimate; // => 1
 * r.noFailure.estimate; // => 0.5
 * r.difference.estimate; // => 0.5
 * ```
 * @category Service recovery
 */
export function recoveryParadox(
  records: readonly CustomerRecord[],
  options: EstimateRepurchaseTreeOptions,
): RecoveryParadox {
  const o = readWindowOptions(FN, options);
  const counts = classifyRecords(FN, records, o.asOf.getTime(), o.window, o.lookback);
  const nRecovered = counts.included[2]!;
  const nNoFailure = counts.included[0]!;
  if (nRecovered === 0 || nNoFailure === 0) {
    const empty = nRecovered === 0 ? "quickly recovered customers" : "customers without a failure";
    throw new ClienteleDomainError("insufficient_data", `${FN}: no ${empty} at the cutoff`, {
      issues: [{ code: "insufficient_data", path: ["records"], message: `no ${empty} at the cutoff` }],
    });
  }
  const kRecovered = counts.repurchased[2]!;
  const kNoFailure = counts.repurchased[0]!;
  const bounds = newcombeInterval(kRecovered, nRecovered, kNoFailure, nNoFailure, o.z);
  return {
    asOf: o.asOf,
    window: { length: o.window.length, unit: o.window.unit },
    cutoff: new Date(counts.cutoff),
    confidenceLevel: o.confidenceLevel,
    recovered: proportion(kRecovered, nRecovered, o.z),
    noFailure: proportion(kNoFailure, nNoFailure, o.z),
    difference: {
      estimate: kRecovered / nRecovered - kNoFailure / nNoFailure,
      lower: bounds.lower,
      upper: bounds.upper,
      method: "newcombe-hybrid-score",
    },
  };
}
