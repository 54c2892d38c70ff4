import type { BondProfile } from "../bonds/bondProfile.ts";
import type { SwitchingCostBreakdown } from "../bonds/SwitchingCostBreakdown.ts";
import type { DiscountRate } from "../clv/DiscountRate.ts";
import type { TimeLength } from "../clv/lifetimeValue/TimeLength.ts";
import type { LifecycleStage } from "../lifecycle/lifecycleStage.ts";
import type { SwitchingRiskAssessment } from "../retention/createSwitchingRiskAssessor.ts";
import type { RuleEvidence, RuleSeverity } from "../rules/Rule.ts";
import type { SatisfactionFigures } from "../satisfaction/aggregateSatisfaction.ts";
import type { SatisfactionChainResult } from "../satisfaction/SatisfactionChainResult.ts";
import type { TerminationDecision } from "../termination/decideTermination.ts";
import type { TimeUnit } from "../time/TimeUnitSchema.ts";
import type { CustomerProfit } from "../value/customerProfit.ts";
import type { CrmJob } from "./CrmJobFacts.ts";

/**
 * One part of a relationship assessment, in the one shape every part has: `"computed"` with its `value`,
 * or `"missing"` with the `reason` it could not be computed (a missing input, never a guess). Both say
 * which `inputs` the part reads (`"record.transactions"`, `"countFit"`, `"config.costDrivers"`, …).
 *
 * @typeParam T - The part's value.
 * @example
 * ```ts
 * import type { AssessmentPart } from "clientele/relationship";
 * const p: AssessmentPart<number> = { status: "missing", inputs: ["countFit"], reason: "no fitted count model in the context" };
 * ```
 * @category Assessment
 */
export type AssessmentPart<T> =
  | {
      /** Computed. */
      readonly status: "computed";
      /** The inputs the part read. */
      readonly inputs: readonly string[];
      /** The part. */
      readonly value: T;
    }
  | {
      /** Not computable from the inputs given. */
      readonly status: "missing";
      /** The inputs the part needs. */
      readonly inputs: readonly string[];
      /** Why it is missing, in words. */
      readonly reason: string;
    };

/**
 * The customer's purchase history in the count model's unit: their row of `summarizeTransactions`
 * (clientele/rfm) at `asOf`.
 *
 * @example
 * ```ts
 * import type { ModelHistory } from "clientele/relationship";
 * const h: ModelHistory = { unit: "week", frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };
 * ```
 * @category Assessment
 */
export interface ModelHistory {
  /** The fit's unit. */
  readonly unit: TimeUnit;
  /** Repeat purchases x. */
  readonly frequency: number;
  /** t_x. */
  readonly recency: number;
  /** T. */
  readonly T: number;
  /** Mean repeat-purchase value (0 without a repeat purchase). */
  readonly monetaryValue: number;
}

/**
 * The P(alive) part: `probabilityAlive(countFit, history)` (clientele/clv).
 *
 * @example
 * ```ts
 * import type { ProbabilityAlivePart } from "clientele/relationship";
 * const p: ProbabilityAlivePart = { model: "bg-nbd", value: 0.41, history: { unit: "week", frequency: 2, recency: 30, T: 39, monetaryValue: 20 } };
 * ```
 * @category Assessment
 */
export interface ProbabilityAlivePart {
  /** The count model. */
  readonly model: string;
  /** P(alive) at `asOf`. */
  readonly value: number;
  /** The history it was computed from. */
  readonly history: ModelHistory;
}

/**
 * The expected-purchases part: `conditionalExpectedPurchases(countFit, horizon, history)`.
 *
 * @example
 * ```ts
 * import type { ExpectedPurchasesPart } from "clientele/relationship";
 * const p: ExpectedPurchasesPart = { model: "bg-nbd", value: 0.9, horizon: 52, unit: "week" };
 * ```
 * @category Assessment
 */
export interface ExpectedPurchasesPart {
  /** The count model. */
  readonly model: string;
  /** Purchases expected over the horizon. */
  readonly value: number;
  /** The horizon in the fit's unit. */
  readonly horizon: number;
  /** The fit's unit. */
  readonly unit: TimeUnit;
}

/**
 * The lifetime-value part: `customerLifetimeValue` (clientele/clv) over the forecast horizon.
 *
 * @example
 * ```ts
 * import type { LifetimeValuePart } from "clientele/relationship";
 * const p: LifetimeValuePart = { value: 11.04, currency: "USD", horizon: 52, period: undefined, discountRate: 0.0018, margin: 0.3, models: ["bg-nbd", "gamma-gamma"] };
 * ```
 * @category Assessment
 */
export interface LifetimeValuePart {
  /** The discounted expected margin over the horizon. */
  readonly value: number;
  /** Its currency, when configured. */
  readonly currency: string | undefined;
  /** The horizon. */
  readonly horizon: TimeLength;
  /** The discounting period, when configured. */
  readonly period: TimeLength | undefined;
  /** The discount rate. */
  readonly discountRate: DiscountRate;
  /** The margin (`grossMarginRate`). */
  readonly margin: number;
  /** The count and spend models. */
  readonly models: readonly [string, string];
}

/**
 * The profitability part: `customerProfit` (clientele/value) over (asOf − lookbackDays, asOf].
 *
 * @example
 * ```ts
 * import type { ProfitabilityPart } from "clientele/relationship";
 * declare const p: ProfitabilityPart;
 * p.profit.profit; // revenue − product cost − cost to serve
 * ```
 * @category Assessment
 */
export interface ProfitabilityPart {
  /** Start of the window (exclusive). */
  readonly from: Date;
  /** End of the window (inclusive): `asOf`. */
  readonly to: Date;
  /** The profit and its lines. */
  readonly profit: CustomerProfit;
}

/**
 * The bonds part: `bondProfile` and `switchingCost` (clientele/bonds) at `asOf`.
 *
 * @example
 * ```ts
 * import type { BondsPart } from "clientele/relationship";
 * declare const p: BondsPart;
 * p.profile.highestLevel;
 * ```
 * @category Assessment
 */
export interface BondsPart {
  /** The bond profile. */
  readonly profile: BondProfile;
  /** The switching cost. */
  readonly switchingCost: SwitchingCostBreakdown;
}

/**
 * The satisfaction-chain part: `satisfactionChain` (clientele/satisfaction) of the latest response of the
 * chain's instrument at or before `asOf`.
 *
 * @example
 * ```ts
 * import type { SatisfactionChainPart } from "clientele/relationship";
 * declare const p: SatisfactionChainPart;
 * p.result.constructs.overallSatisfaction.value;
 * ```
 * @category Assessment
 */
export interface SatisfactionChainPart {
  /** When the response was given. */
  readonly respondedAt: Date;
  /** Its position in the record's `surveyResponses`. */
  readonly responseIndex: number;
  /** The chain. */
  readonly result: SatisfactionChainResult;
}

/**
 * A recommended next action: one finding of the CRM job rules, with its evidence.
 *
 * @example
 * ```ts
 * import type { NextAction } from "clientele/relationship";
 * const a: NextAction = {
 *   ruleId: "welcome-contact", action: "welcome-contact", severity: "info",
 *   message: "welcome the customer by email (first purchase 2024-06-20, 10 days ago; due within 7 days)",
 *   evidence: { daysSinceFirstPurchase: 10 },
 * };
 * ```
 * @category CRM jobs
 */
export interface NextAction {
  /** The rule that recommends it. */
  readonly ruleId: string;
  /** What to do (the finding's `evidence.action`, else its rule id). */
  readonly action: string;
  /** The rule's severity (`"error"` if the rule failed). */
  readonly severity: RuleSeverity | "error";
  /** The recommendation in words. */
  readonly message: string;
  /** The figures and thresholds behind it. */
  readonly evidence: RuleEvidence;
}

/**
 * The CRM-job part: the one job the customer belongs to now, why, and the next actions.
 *
 * @example
 * ```ts
 * import type { CrmJobPart } from "clientele/relationship";
 * const p: CrmJobPart = { job: "retention", reason: 'otherwise ("active", "won-back")', rank: 6, nextActions: [] };
 * ```
 * @category CRM jobs
 */
export interface CrmJobPart {
  /** The job ({@link routeCrmJob}). */
  readonly job: CrmJob;
  /** The deciding condition of {@link crmJobPrecedence}. */
  readonly reason: string;
  /** Its rank in {@link crmJobPrecedence}. */
  readonly rank: number;
  /** The findings of the job's rules, most severe first. */
  readonly nextActions: readonly NextAction[];
}

/**
 * A customer's whole relationship at `asOf`: every part in the {@link AssessmentPart} shape, so a part that
 * could not be computed says why. JSON-ready: plain objects, arrays, strings, finite numbers, booleans and
 * `null`, with dates as `Date`s (`JSON.stringify` writes them as ISO-8601).
 *
 * @example
 * ```ts
 * import type { RelationshipAssessment } from "clientele/relationship";
 * const stageOf = (a: RelationshipAssessment) => (a.lifecycle.status === "computed" ? a.lifecycle.value.stage : null);
 * ```
 * @category Assessment
 */
export interface RelationshipAssessment {
  /** The customer. */
  readonly customerId: string;
  /** The date of the assessment. */
  readonly asOf: Date;
  /** The configured currency, or `undefined` (amounts in the data's currency). */
  readonly currency: string | undefined;
  /** Lifecycle stage with reasons (`lifecycleStage`). */
  readonly lifecycle: AssessmentPart<LifecycleStage>;
  /** Bond profile and switching cost. */
  readonly bonds: AssessmentPart<BondsPart>;
  /** Satisfaction chain of the latest chain response. */
  readonly satisfactionChain: AssessmentPart<SatisfactionChainPart>;
  /** Satisfaction indices of the customer's responses (`satisfactionFromRecords`). */
  readonly satisfactionIndices: AssessmentPart<SatisfactionFigures>;
  /** P(alive). */
  readonly probabilityAlive: AssessmentPart<ProbabilityAlivePart>;
  /** Expected purchases over the forecast horizon. */
  readonly expectedPurchases: AssessmentPart<ExpectedPurchasesPart>;
  /** Lifetime value over the forecast horizon. */
  readonly lifetimeValue: AssessmentPart<LifetimeValuePart>;
  /** Profit over the lookback window. */
  readonly profitability: AssessmentPart<ProfitabilityPart>;
  /** Switching-risk findings and level (`assessSwitchingRisk`). */
  readonly switchingRisk: AssessmentPart<SwitchingRiskAssessment>;
  /** Keep / correct / terminate, with corrective actions (`decideTermination`). */
  readonly termination: AssessmentPart<TerminationDecision>;
  /** The CRM job now, and the next actions with their evidence. */
  readonly job: AssessmentPart<CrmJobPart>;
  /** The names of the parts that are missing. */
  readonly missing: readonly string[];
}
