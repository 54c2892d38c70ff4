import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import type { CostDriversInput } from "../value/CostDriversSchema.ts";

/**
 * A corrective step the firm already took with the customer (a price adjustment, a service-level limit,
 * a conduct agreement), read from the record's interactions of the correction kind (default
 * `"correction-offered"`, lever = the interaction's `topic`) and from the caller's list
 * (`DecideTerminationOptions.corrections`).
 *
 * @example
 * ```ts
 * import type { CorrectionAttempt } from "clientele/termination";
 * const c: CorrectionAttempt = { timestamp: new Date("2024-03-01"), lever: "price-adjustment", source: "interaction" };
 * ```
 * @category Termination
 */
export interface CorrectionAttempt {
  /** When the correction was offered or imposed. */
  readonly timestamp: Date;
  /** Which lever (`"price-adjustment"`, `"service-level-limit"`, `"conduct-agreement"`, or the app's own label; `"unspecified"` for an interaction without a topic). */
  readonly lever: string;
  /** Where it was read: the record's interactions or the caller's list. */
  readonly source: "interaction" | "options";
}

/**
 * The economics of a customer at `asOf`, as {@link decideTermination} computes them: what the customer
 * brought and cost over the lookback window, and what they are expected to bring and cost over the
 * horizon. Money is in the transactions' currency.
 *
 * @remarks
 * - Window: (asOf − `lookbackDays`, asOf]. `purchases` are distinct UTC calendar days with a
 *   transaction (as `summarizeTransactions` counts them by default); `grossMargin` is Σ (amount − cost),
 *   with `amount × grossMarginRate` for a transaction without `cost`.
 * - `serviceCost` is `costToServe` (`clientele/value`) of the record over the window with the caller's
 *   cost-driver table (0 without one);
 *   `netContribution = grossMargin − serviceCost`.
 * - Projection over `horizonDays`: `expectedPurchases` from the fitted count model when one is given
 *   (`conditionalExpectedPurchases`), else the window's run rate (purchases × horizon / lookback);
 *   `spendPerPurchase` from the Gamma-Gamma model when given (`expectedAverageSpend`), else the window's
 *   revenue per purchase; `marginPerPurchase = spendPerPurchase × marginRatio`, the customer's observed
 *   margin ratio (window, else whole history, else `grossMarginRate`);
 *   `projectedServiceCost = serviceCost × horizon / lookback` (service effort at the window's run rate);
 *   `expectedFutureValue = expectedPurchases × marginPerPurchase − projectedServiceCost`.
 *
 * @example
 * ```ts
 * import type { TerminationEconomics } from "clientele/termination";
 * const e: TerminationEconomics = {
 *   lookbackDays: 365, horizonDays: 365, windowStart: new Date("2023-07-01"),
 *   purchases: 4, revenue: 400, grossMargin: 100, serviceCost: 160, staffHours: 3, netContribution: -60,
 *   marginRatio: 0.25, expectedPurchases: 4, expectedPurchasesSource: "run-rate",
 *   spendPerPurchase: 100, spendSource: "observed", marginPerPurchase: 25,
 *   projectedServiceCost: 160, expectedFutureValue: -60,
 * };
 * ```
 * @category Termination
 */
export interface TerminationEconomics {
  /** Length of the window, in days. */
  readonly lookbackDays: number;
  /** Length of the projection, in days. */
  readonly horizonDays: number;
  /** Start of the window (exclusive): asOf − lookbackDays. */
  readonly windowStart: Date;
  /** Distinct UTC purchase days in the window. */
  readonly purchases: number;
  /** Σ amount in the window. */
  readonly revenue: number;
  /** Σ (amount − cost) in the window. */
  readonly grossMargin: number;
  /** Priced service effort in the window. */
  readonly serviceCost: number;
  /** Staff hours of the window's incidents. */
  readonly staffHours: number;
  /** grossMargin − serviceCost. */
  readonly netContribution: number;
  /** Margin per unit of revenue used for the projection (0 when the customer never bought and no rate is given). */
  readonly marginRatio: number;
  /** Purchases expected over the horizon. */
  readonly expectedPurchases: number;
  /** Whether `expectedPurchases` came from the fitted model or the window's run rate. */
  readonly expectedPurchasesSource: "fit" | "run-rate";
  /** Revenue expected per purchase. */
  readonly spendPerPurchase: number;
  /** Whether `spendPerPurchase` came from the Gamma-Gamma model or the observed revenue per purchase. */
  readonly spendSource: "gamma-gamma" | "observed";
  /** spendPerPurchase × marginRatio. */
  readonly marginPerPurchase: number;
  /** serviceCost × horizonDays / lookbackDays. */
  readonly projectedServiceCost: number;
  /** expectedPurchases × marginPerPurchase − projectedServiceCost: negative = the customer destroys value. */
  readonly expectedFutureValue: number;
}

/**
 * What the termination rules read (the facts of {@link coreTerminationRules}); {@link decideTermination}
 * builds them from a record and its options. A third-party rule added to the set reads the same facts.
 *
 * @example
 * ```ts
 * import type { TerminationFacts } from "clientele/termination";
 * const goneQuiet = (facts: TerminationFacts) => facts.economics.purchases === 0;
 * ```
 * @category Termination
 */
export interface TerminationFacts {
  /** The customer's record (events after `asOf` included: rules read only up to `asOf`). */
  readonly record: CustomerRecord;
  /** The date of the decision. */
  readonly asOf: Date;
  /** The customer's economics at `asOf`. */
  readonly economics: TerminationEconomics;
  /** Corrections already tried, at or before `asOf`, oldest first. */
  readonly corrections: readonly CorrectionAttempt[];
  /** The cost-driver table that prices service (`clientele/value`), or `null`: service costs nothing. */
  readonly costDrivers: CostDriversInput | null;
  /** Margin rate for transactions without `cost`, or `null` when not given. */
  readonly grossMarginRate: number | null;
  /** The caller's measure of the customer's influence on others (reach, reviews), in [0, 1], or `null`. */
  readonly influence: number | null;
}
