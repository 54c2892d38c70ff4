import type { CountModel } from "../clv/CountModelFit.ts";
import type { SpendModel } from "../clv/gammaGamma/GammaGammaFit.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import type { CostDriversInput } from "../value/CostDriversSchema.ts";
import { collectFacts } from "./_internal/collectFacts.ts";
import type { CorrectionAttempt, TerminationFacts } from "./TerminationFacts.ts";

const FACTS_FN = "collectTerminationFacts";

/**
 * A correction the caller records outside the customer's interactions (see {@link CorrectionAttempt}).
 *
 * @example
 * ```ts
 * import type { CorrectionInput } from "clientele/termination";
 * const c: CorrectionInput = { timestamp: "2024-02-01", lever: "service-level-limit" };
 * ```
 * @category Termination
 */
export interface CorrectionInput {
  /** When it was made: a `Date` or an ISO-8601 string. */
  readonly timestamp: Date | string;
  /** Which lever (`"price-adjustment"`, `"service-level-limit"`, `"conduct-agreement"`, …). */
  readonly lever: string;
}

/**
 * The customer's purchase summary at `asOf` in the fit's unit (a row of `summarizeTransactions` with
 * `unit: fit.unit` and `observationEnd: asOf`): pass it to skip summarising the record on every call.
 *
 * @example
 * ```ts
 * import type { TerminationSummary } from "clientele/termination";
 * const row: TerminationSummary = { frequency: 3, recency: 20, T: 52, monetaryValue: 41.5 };
 * ```
 * @category Termination
 */
export interface TerminationSummary {
  /** The customer, when known: must be the record's. */
  readonly customerId?: string | undefined;
  /** Repeat purchases x. */
  readonly frequency: number;
  /** t_x, in the fit's unit. */
  readonly recency: number;
  /** T, in the fit's unit. */
  readonly T: number;
  /** Mean repeat-purchase value (needed with `spendFit`). */
  readonly monetaryValue?: number | undefined;
}

/**
 * Options of {@link collectTerminationFacts} (and the facts part of `DecideTerminationOptions`).
 *
 * @example
 * ```ts
 * import type { TerminationFactsOptions } from "clientele/termination";
 * const options: TerminationFactsOptions = {
 *   asOf: "2024-06-30",
 *   costDrivers: { perIncidentStaffHour: 40, perInteraction: { call: 6 }, otherInteraction: 0 },
 *   grossMarginRate: 0.3,
 * };
 * ```
 * @category Termination
 */
export interface TerminationFactsOptions {
  /** The date of the decision (required: the library never reads the clock); not before the record starts. */
  readonly asOf: Date | string;
  /** Days of history the economics read, (asOf − lookbackDays, asOf]; a positive integer, default 365. */
  readonly lookbackDays?: number | undefined;
  /** Days ahead the economics project; a positive integer, default 365. */
  readonly horizonDays?: number | undefined;
  /**
   * The firm's cost-driver table (`CostDrivers` of `clientele/value`: per order, per interaction kind,
   * per complaint, per service failure, per incident staff hour, a share of revenue): the service cost
   * of a period is `costToServe` of the record over it. Absent: service costs nothing.
   */
  readonly costDrivers?: CostDriversInput | undefined;
  /** Margin as a share of revenue, in [0, 1], for transactions without `cost` (required if there are any). */
  readonly grossMarginRate?: number | undefined;
  /** A fitted count model (BG/NBD, MBG/NBD, Pareto/NBD): expected purchases over the horizon come from it. */
  readonly fit?: CountModel | undefined;
  /** A fitted Gamma-Gamma model: spend per purchase comes from it (needs a summary with `monetaryValue`). */
  readonly spendFit?: SpendModel | undefined;
  /** The customer's summary at `asOf` in the fit's unit; without it, the record is summarised (slower). */
  readonly summary?: TerminationSummary | undefined;
  /** Corrections recorded outside the interactions. */
  readonly corrections?: readonly CorrectionInput[] | undefined;
  /** The interaction kind that records a correction (default `"correction-offered"`; its `topic` is the lever). */
  readonly correctionKind?: string | undefined;
  /** The customer's influence on others (reach, reviews, referrals) in [0, 1], when the app measures it. */
  readonly influence?: number | undefined;
}

/**
 * The facts the termination rules read, for one customer at `asOf`: the customer's economics over a
 * lookback window and a horizon ({@link TerminationEconomics}), the corrections already tried, and the
 * inputs the rules need. {@link decideTermination} runs the rules on them; call this to run
 * `evaluateRules` yourself or to inspect the figures.
 *
 * @remarks
 * - **Economics**: margin and priced service cost over (asOf − lookbackDays, asOf], projected over
 *   `horizonDays` with the fitted model when given (the record is summarised in the fit's unit with
 *   `summarizeTransactions`, or `summary` is used) and the run rate otherwise. Days are 24-hour UTC days.
 * - Events after `asOf` are not read. Corrections: interactions of `correctionKind` (default
 *   `"correction-offered"`, the lever in `topic`) and `corrections`, at or before `asOf`, oldest first.
 * - Neither the record nor the options are mutated; the facts hold the record itself (not a copy).
 *
 * @param record - A validated customer record (`groupByCustomer`, `CustomerRecordSchema`).
 * @param options - `asOf` (required) and the economics' inputs.
 * @returns The facts.
 * @throws {@link ClienteleInputError} `invalid_input` with paths: a bad record field (negative
 * `staffHours` at `record.incidents[i].staffHours`), a transaction without `cost` and no
 * `grossMarginRate`, `asOf` missing or before the record starts (`options.asOf`), bad options.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { collectTerminationFacts } from "clientele/termination";
 * const [record] = groupByCustomer({
 *   transactions: [
 *     { customerId: "c1", timestamp: "2024-01-10", amount: 100, cost: 70 },
 *     { customerId: "c1", timestamp: "2024-04-10", amount: 100, cost: 70 },
 *   ],
 *   incidents: [{ customerId: "c1", timestamp: "2024-02-01", kind: "policy-violation", staffHours: 3 }],
 * });
 * const facts = collectTerminationFacts(record!, { asOf: "2024-06-30", costDrivers: { perIncidentStaffHour: 40 } });
 * facts.economics.grossMargin; // => 60
 * facts.economics.serviceCost; // => 120 (3 staff hours × 40)
 * facts.economics.expectedFutureValue; // => -60 (the next 365 days repeat the last 365)
 * ```
 * @category Termination
 */
export function collectTerminationFacts(record: CustomerRecord, options: TerminationFactsOptions): TerminationFacts {
  return collectFacts(FACTS_FN, record, options);
}
