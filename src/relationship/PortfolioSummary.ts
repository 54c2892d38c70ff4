import type { LifecycleStageName } from "../lifecycle/lifecycleStage.ts";
import type { CrmJob } from "./CrmJobFacts.ts";
import type { NextAction } from "./RelationshipAssessment.ts";

/**
 * Counts and value of a group of customers in a {@link PortfolioSummary}. Sums run over the customers
 * whose part was computed; the counts beside them say how many.
 *
 * @example
 * ```ts
 * import type { PortfolioCell } from "clientele/relationship";
 * const cell: PortfolioCell = { customers: 3, lifetimeValue: 120, valued: 2, profit: 80, profitable: 3, revenue: 400, valueAtRisk: 35 };
 * ```
 * @category Portfolio
 */
export interface PortfolioCell {
  /** Customers in the group. */
  readonly customers: number;
  /** Σ lifetime value over the customers that have one. */
  readonly lifetimeValue: number;
  /** Customers with a lifetime value. */
  readonly valued: number;
  /** Σ profit over the lookback window, over the customers whose profitability was computed. */
  readonly profit: number;
  /** Customers whose profitability was computed. */
  readonly profitable: number;
  /** Σ revenue over the lookback window. */
  readonly revenue: number;
  /** Σ value at risk (see {@link PortfolioEntry.valueAtRisk}). */
  readonly valueAtRisk: number;
}

/**
 * One customer of the "act on first" list of a {@link PortfolioSummary}.
 *
 * @example
 * ```ts
 * import type { PortfolioEntry } from "clientele/relationship";
 * const e: PortfolioEntry = {
 *   customerId: "c7", segment: null, stage: "at-risk", job: "switching-prevention", decision: "keep",
 *   value: 1240, valueSource: "lifetime value", risk: 0.59, riskSource: "probability alive",
 *   valueAtRisk: 731.6, firstAction: null,
 * };
 * ```
 * @category Portfolio
 */
export interface PortfolioEntry {
  /** The customer. */
  readonly customerId: string;
  /** `record.customer.segment`, or `null`. */
  readonly segment: string | null;
  /** The lifecycle stage. */
  readonly stage: LifecycleStageName;
  /** The CRM job. */
  readonly job: CrmJob;
  /** The termination decision, or `null` when it could not be computed. */
  readonly decision: "keep" | "correct" | "terminate" | null;
  /** The customer's value: the lifetime value when computed, else the revenue over the lookback window. */
  readonly value: number;
  /** Which value it is. */
  readonly valueSource: "lifetime value" | "revenue over the lookback";
  /** The share of the value at risk, in [0, 1]: 1 − P(alive) when computed, else the switching-risk level (low 0, medium 0.5, high 1). */
  readonly risk: number;
  /** Which risk it is. */
  readonly riskSource: "probability alive" | "switching-risk level";
  /** value × risk. */
  readonly valueAtRisk: number;
  /** The first next action of the customer's job, or `null`. */
  readonly firstAction: NextAction | null;
}

/**
 * One row of the segment table of a {@link PortfolioSummary}: a segment's counts and value, by lifecycle
 * stage and by CRM job.
 *
 * @example
 * ```ts
 * import type { PortfolioSegmentRow } from "clientele/relationship";
 * declare const row: PortfolioSegmentRow;
 * row.byJob["win-back"];
 * ```
 * @category Portfolio
 */
export interface PortfolioSegmentRow extends PortfolioCell {
  /** The segment (`record.customer.segment`), or `null` for customers without one. */
  readonly segment: string | null;
  /** Customers by lifecycle stage. */
  readonly byStage: Readonly<Record<LifecycleStageName, number>>;
  /** Customers by CRM job. */
  readonly byJob: Readonly<Record<CrmJob, number>>;
}

/**
 * What {@link assessPortfolio} and a {@link PortfolioAccumulator} return: counts and value by lifecycle
 * stage, termination decision and CRM job, the customers to act on first (the `topK` with the most value
 * at risk), and a segment table. Its size depends on the number of segments and `topK`, not on the
 * number of customers. JSON-ready.
 *
 * @example
 * ```ts
 * import type { PortfolioSummary } from "clientele/relationship";
 * const atRisk = (s: PortfolioSummary) => s.byJob["switching-prevention"].valueAtRisk;
 * ```
 * @category Portfolio
 */
export interface PortfolioSummary {
  /** The date of the assessment. */
  readonly asOf: Date;
  /** The configured currency, or `undefined`. */
  readonly currency: string | undefined;
  /** Customers assessed. */
  readonly customers: number;
  /** Every customer together. */
  readonly total: PortfolioCell;
  /** By lifecycle stage. */
  readonly byStage: Readonly<Record<LifecycleStageName, PortfolioCell>>;
  /** By termination decision (`"missing"`: it could not be computed). */
  readonly byDecision: Readonly<Record<"keep" | "correct" | "terminate" | "missing", PortfolioCell>>;
  /** By CRM job. */
  readonly byJob: Readonly<Record<CrmJob, PortfolioCell>>;
  /** How many customers miss each part of the assessment, by part name. */
  readonly missingParts: Readonly<Record<string, number>>;
  /** The customers with the most value at risk, most first (ties by customer id); at most `topK`. */
  readonly actFirst: readonly PortfolioEntry[];
  /** The size limit of `actFirst`. */
  readonly topK: number;
  /** One row per segment, in segment order (`null` last). */
  readonly segments: readonly PortfolioSegmentRow[];
}
