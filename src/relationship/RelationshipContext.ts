import type { CountModel } from "../clv/CountModelFit.ts";
import type { SpendModel } from "../clv/gammaGamma/GammaGammaFit.ts";
import type { RuleRecord, RuleSet } from "../rules/ruleSet.ts";
import type { RelationshipConfigInput } from "./RelationshipConfigSchema.ts";

/**
 * What {@link assessRelationship} and {@link assessPortfolio} read beside the records: the date, the fitted
 * models, and the configuration ({@link RelationshipConfigInput}, e.g. from {@link parseRelationshipConfig})
 * whose fields sit beside them. One `asOf`, one currency, one discount rate and one fitted model for every
 * part, so the parts agree.
 *
 * @example
 * ```ts
 * import type { RelationshipContext } from "clientele/relationship";
 * const context: RelationshipContext = {
 *   asOf: "1998-06-30",
 *   countFit: { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" },
 *   spendFit: { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   currency: "USD",
 *   grossMarginRate: 0.3,
 *   discountRate: { rate: 0.0018, per: "week" },
 *   forecast: { horizon: 52 },
 * };
 * ```
 * @category Assessment
 */
export interface RelationshipContext extends RelationshipConfigInput {
  /** The date of the assessment (required: the library never reads the clock); a `Date` or an ISO-8601 string. */
  readonly asOf: Date | string;
  /** A fitted count model (BG/NBD, MBG/NBD, Pareto/NBD): P(alive), expected purchases, lifetime value, and the projections of the termination economics and the P(alive) switching-risk rule. */
  readonly countFit?: CountModel | undefined;
  /** A fitted Gamma-Gamma spend model: lifetime value and the termination economics' spend per purchase. */
  readonly spendFit?: SpendModel | undefined;
  /** The CRM job rule set (default {@link crmJobRules}; an extended one from `extendRuleSet`). */
  readonly jobRules?: RuleSet<RuleRecord> | undefined;
}
