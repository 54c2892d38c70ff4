import type { Severity } from "../customers/SeveritySchema.ts";
import type { LifecycleStageName } from "../lifecycle/lifecycleStage.ts";
import type { SwitchingRiskLevel } from "../retention/SwitchingRiskLevel.ts";
import type { RuleEvidence, RuleSeverity } from "../rules/Rule.ts";
import type { TerminationAction } from "../termination/decideTermination.ts";

/**
 * The CRM jobs a customer can be routed to: onboarding (`"new-customer"`), `"retention"` (preferential
 * treatment, post-purchase communication), `"complaint-management"`, `"switching-prevention"`,
 * `"termination"` (correct or end the relationship) and `"win-back"` (recovery of lapsed customers).
 *
 * @example
 * ```ts
 * import type { CrmJob } from "clientele/relationship";
 * const job: CrmJob = "win-back";
 * ```
 * @category CRM jobs
 */
export type CrmJob =
  | "new-customer"
  | "retention"
  | "complaint-management"
  | "switching-prevention"
  | "termination"
  | "win-back";

/**
 * One complaint of the customer as the CRM job rules read it.
 *
 * @example
 * ```ts
 * import type { CrmComplaint } from "clientele/relationship";
 * const c: CrmComplaint = { openedAt: new Date("2024-06-01"), resolvedAt: null, severity: "major", category: "billing", daysOpen: 29 };
 * ```
 * @category CRM jobs
 */
export interface CrmComplaint {
  /** When it was opened. */
  readonly openedAt: Date;
  /** When it was resolved, or `null` when open at `asOf`. */
  readonly resolvedAt: Date | null;
  /** Minor or major. */
  readonly severity: Severity;
  /** Its category, or `null`. */
  readonly category: string | null;
  /** Days from opening to `asOf` (open) or to resolution. */
  readonly daysOpen: number;
}

/**
 * What the CRM job rules read: plain data about one customer at `asOf`, built by
 * {@link assessRelationship} from the record and the other parts of the assessment (a figure that could
 * not be computed is `null`). Third-party rules added with `extendRuleSet` read the same facts.
 *
 * @remarks
 * Days are 24-hour UTC days before `asOf`; only events at or before `asOf` are read.
 *
 * @example
 * ```ts
 * import type { CrmJobFacts } from "clientele/relationship";
 * const quietVip = (f: CrmJobFacts) => (f.lifetimeValue ?? 0) > 1000 && (f.daysSinceLastPurchase ?? 0) > 60;
 * ```
 * @category CRM jobs
 */
export interface CrmJobFacts {
  /** The customer. */
  readonly customerId: string;
  /** The date of the assessment. */
  readonly asOf: Date;
  /** The job the customer is routed to ({@link routeCrmJob}): a rule acts only for its own job. */
  readonly job: CrmJob;
  /** The lifecycle stage. */
  readonly stage: LifecycleStageName;
  /** Transactions at or before `asOf`. */
  readonly purchases: number;
  /** Revenue of those transactions. */
  readonly revenue: number;
  /** The first purchase, or `null`. */
  readonly firstPurchaseAt: Date | null;
  /** The last purchase, or `null`. */
  readonly lastPurchaseAt: Date | null;
  /** Days since the first purchase, or `null`. */
  readonly daysSinceFirstPurchase: number | null;
  /** Days since the last purchase, or `null`. */
  readonly daysSinceLastPurchase: number | null;
  /** The latest interaction of each kind at or before `asOf`, by kind. */
  readonly lastContactByKind: Readonly<Record<string, Date>>;
  /** Interactions after the last purchase (at or before `asOf`), by direction. */
  readonly contactsSinceLastPurchase: {
    /** From the customer. */
    readonly inbound: number;
    /** From the firm. */
    readonly outbound: number;
  };
  /** Complaints open at `asOf`, oldest first. */
  readonly openComplaints: readonly CrmComplaint[];
  /** The latest complaint opened at or before `asOf` (open or resolved), or `null`. */
  readonly lastComplaint: CrmComplaint | null;
  /** Service failures at or before `asOf`. */
  readonly serviceFailures: number;
  /** The latest service failure, or `null`. */
  readonly lastServiceFailureAt: Date | null;
  /** The switching-risk assessment, or `null` when it could not be computed. */
  readonly switchingRisk: {
    /** Level. */
    readonly level: SwitchingRiskLevel;
    /** Score. */
    readonly score: number;
    /** The switching-risk findings (rule id, severity, message, evidence). */
    readonly findings: readonly {
      /** The switching-risk rule. */
      readonly ruleId: string;
      /** Its severity. */
      readonly severity: RuleSeverity | "error";
      /** Its message. */
      readonly message: string;
      /** Its evidence. */
      readonly evidence: RuleEvidence;
    }[];
  } | null;
  /** The termination decision, or `null` when it could not be computed. */
  readonly termination: {
    /** Keep, correct or terminate. */
    readonly decision: "keep" | "correct" | "terminate";
    /** The steps the deciding findings propose. */
    readonly actions: readonly TerminationAction[];
    /** The messages of the deciding findings. */
    readonly reasons: readonly string[];
  } | null;
  /** P(alive) from the count model, or `null`. */
  readonly probabilityAlive: number | null;
  /** Lifetime value over the forecast horizon, or `null`. */
  readonly lifetimeValue: number | null;
  /** Profit over the lookback window, or `null`. */
  readonly profit: number | null;
  /** Revenue over the lookback window. */
  readonly recentRevenue: number;
  /** Overall satisfaction of the latest chain response, or `null`. */
  readonly overallSatisfaction: number | null;
  /** The highest active bond level, or `null`. */
  readonly highestBondLevel: "financial" | "social" | "structural" | null;
}
