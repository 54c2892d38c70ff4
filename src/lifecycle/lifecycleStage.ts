import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import type { AssessSwitchingRiskOptions, SwitchingRiskAssessor } from "../retention/createSwitchingRiskAssessor.ts";
import type { SwitchingRiskLevel } from "../retention/SwitchingRiskLevel.ts";
import { placeInLifecycle, readLifecycleOptions } from "./_internal/placeInLifecycle.ts";

const FN = "lifecycleStage";

/**
 * Where a customer stands in the relationship, so an app can route them to the right CRM job:
 * `"new"` (onboarding), `"active"`, `"at-risk"` (switching prevention), `"complaining"` (complaint
 * management), `"lapsed"` and `"won-back"` (recovery), `"terminated"` (ended by the firm or the customer).
 *
 * @example
 * ```ts
 * import type { LifecycleStageName } from "clientele/lifecycle";
 * const stage: LifecycleStageName = "won-back";
 * ```
 * @category Lifecycle
 */
export type LifecycleStageName = "new" | "active" | "at-risk" | "complaining" | "lapsed" | "terminated" | "won-back";

/**
 * The stages in order of precedence: when several hold, the first decides.
 *
 * @example
 * ```ts
 * import { lifecycleStagePrecedence } from "clientele/lifecycle";
 * lifecycleStagePrecedence[0]; // => "terminated"
 * ```
 * @category Lifecycle
 */
export const lifecycleStagePrecedence: readonly LifecycleStageName[] = /* @__PURE__ */ Object.freeze([
  "terminated",
  "complaining",
  "lapsed",
  "won-back",
  "new",
  "at-risk",
  "active",
] as const);

/**
 * One stage whose condition holds, in words and figures.
 *
 * @example
 * ```ts
 * import type { LifecycleReason } from "clientele/lifecycle";
 * const r: LifecycleReason = {
 *   stage: "lapsed",
 *   message: "no purchase for 400 days (lapsed after 365)",
 *   evidence: { daysSinceLastPurchase: 400, lapsedAfterDays: 365 },
 * };
 * ```
 * @category Lifecycle
 */
export interface LifecycleReason {
  /** The stage this reason supports. */
  readonly stage: LifecycleStageName;
  /** Why, in words. */
  readonly message: string;
  /** The figures and thresholds read. */
  readonly evidence: Readonly<Record<string, unknown>>;
}

/**
 * What {@link lifecycleStage} returns.
 *
 * @example
 * ```ts
 * import type { LifecycleStage } from "clientele/lifecycle";
 * const s: LifecycleStage = {
 *   customerId: "c1",
 *   asOf: new Date("2024-06-30"),
 *   stage: "active",
 *   reasons: [{ stage: "active", message: "last purchase 20 days ago", evidence: { daysSinceLastPurchase: 20 } }],
 * };
 * ```
 * @category Lifecycle
 */
export interface LifecycleStage {
  /** The customer. */
  readonly customerId: string;
  /** The date of the placement. */
  readonly asOf: Date;
  /** The stage: the first of {@link lifecycleStagePrecedence} whose condition holds. */
  readonly stage: LifecycleStageName;
  /** Every stage whose condition holds, in order of precedence (the first is `stage`). */
  readonly reasons: readonly LifecycleReason[];
}

/**
 * Options of {@link lifecycleStage}.
 *
 * @example
 * ```ts
 * import type { LifecycleStageOptions } from "clientele/lifecycle";
 * const options: LifecycleStageOptions = { asOf: "2024-06-30", newWithinDays: 60, lapsedAfterDays: 180 };
 * ```
 * @category Lifecycle
 */
export interface LifecycleStageOptions {
  /** The date of the placement (required: the library never reads the clock); not before the record starts. */
  readonly asOf: Date | string;
  /** "new": the first purchase (or, without one, the record's start) is at most this many days before `asOf`. Default 90. */
  readonly newWithinDays?: number | undefined;
  /** "lapsed": no purchase for more than this many days (also the gap that makes a later purchase a win-back). Default 365. */
  readonly lapsedAfterDays?: number | undefined;
  /** "won-back": the purchase that ended a lapse is at most this many days before `asOf`. Default 180. */
  readonly wonBackWithinDays?: number | undefined;
  /** The interaction kind that marks the end of the relationship. Default `"relationship-terminated"`. */
  readonly terminationKind?: string | undefined;
  /** "at-risk": the switching-risk level at or above which a customer is at risk. Default `"medium"`. */
  readonly atRiskLevel?: Exclude<SwitchingRiskLevel, "low"> | undefined;
  /**
   * The switching-risk assessment (`clientele/retention`): a prepared assessor from
   * `createSwitchingRiskAssessor` at the same `asOf` (fastest over many customers), or the options of
   * `assessSwitchingRisk` without `asOf` (`fit`, `summary`, `levels`, `rules`, `config`). Default: the core
   * switching-risk rules without a fit.
   */
  readonly switchingRisk?: SwitchingRiskAssessor | Omit<AssessSwitchingRiskOptions, "asOf"> | undefined;
}

/**
 * Places a customer in the relationship lifecycle — new, active, at-risk, complaining, lapsed,
 * terminated, won-back — with the reasons, so an app can route each customer to the right CRM job.
 *
 * @remarks
 * Conditions, at `asOf` (days are 24-hour UTC days; events after `asOf` are not read):
 * - **terminated**: an interaction of kind `terminationKind` (`"relationship-terminated"`) at or before
 *   `asOf` with no purchase after it (a later purchase resumes the relationship).
 * - **complaining**: a complaint opened at or before `asOf` and unresolved at `asOf` (no `resolvedAt`,
 *   or one after `asOf`).
 * - **lapsed**: no purchase for more than `lapsedAfterDays` (365); a customer who never bought is lapsed
 *   once the record started more than `newWithinDays` ago.
 * - **won-back**: the latest purchase that followed a gap of more than `lapsedAfterDays` is at most
 *   `wonBackWithinDays` (180) old.
 * - **new**: the first purchase (the record's start for a customer without one) is at most
 *   `newWithinDays` (90) old.
 * - **at-risk**: `assessSwitchingRisk` (`clientele/retention`) gives a level at or above `atRiskLevel`
 *   ("medium"); its fired rules are the evidence.
 * - **active**: bought within `lapsedAfterDays` (always holds when nothing above does).
 *
 * Precedence ({@link lifecycleStagePrecedence}): terminated, complaining, lapsed, won-back, new, at-risk,
 * active — the most specific CRM job first: an ended relationship is not worked on; an open complaint is
 * handled before anything else (recovery starts there); a lapsed customer needs recovery, a won-back one
 * renewed care, a new one onboarding, whatever their risk score. Every condition that holds is listed
 * in `reasons`, so an app may apply its own order.
 *
 * @param record - A validated customer record (`groupByCustomer`, `CustomerRecordSchema`).
 * @param options - `asOf` (required), the thresholds, and the switching-risk assessment.
 * @returns The stage and the reasons.
 * @throws {@link ClienteleInputError} `invalid_input` with paths: a bad record field, `asOf` missing or
 * before the record starts (`options.asOf`), thresholds that are not whole days ≥ 1, an assessor made for
 * another date.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { lifecycleStage } from "clientele/lifecycle";
 * const [record] = groupByCustomer({
 *   transactions: [
 *     { customerId: "c1", timestamp: "2022-03-01", amount: 40 },
 *     { customerId: "c1", timestamp: "2024-05-01", amount: 55 },
 *   ],
 * });
 * const s = lifecycleStage(record!, { asOf: "2024-06-30" });
 * s.stage; // => "won-back" (a purchase after a 792-day gap, 60 days ago)
 * ```
 * @category Lifecycle
 */
export function lifecycleStage(record: CustomerRecord, options: LifecycleStageOptions): LifecycleStage {
  return placeInLifecycle(FN, record, ["record"], readLifecycleOptions(FN, options));
}
