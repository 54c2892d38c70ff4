import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError, isClienteleError } from "../errors/ClienteleError.ts";
import { assessRecords } from "./_internal/assessRecords.ts";
import { prepareAssessment } from "./_internal/prepareAssessment.ts";
import type { RelationshipAssessment } from "./RelationshipAssessment.ts";
import type { RelationshipContext } from "./RelationshipContext.ts";

const FN = "assessRelationship";

/**
 * The whole relationship of one customer in one call: lifecycle stage; bond profile and switching cost;
 * satisfaction (chain constructs and indices, where survey data exist); P(alive), expected purchases and
 * lifetime value (when fits are given); profitability; switching-risk findings; the termination decision
 * with its corrective actions; and the CRM job the customer belongs to now, with the next actions and the
 * evidence for each.
 *
 * @remarks
 * Every part is the result of its area's function on the same inputs — one `asOf`, one currency, one
 * discount rate, one fitted model — and says which inputs it read; a part that cannot be computed is
 * `{ status: "missing", inputs, reason }` (no fit, no survey mapping, no response, transactions without a
 * cost and no margin), never a guess:
 *
 * | part | computed with |
 * |---|---|
 * | `lifecycle` | `lifecycleStage` (clientele/lifecycle), reading the switching-risk assessment below |
 * | `bonds` | `bondProfile` and `switchingCost` (clientele/bonds) |
 * | `satisfactionChain` | `satisfactionChain` of the latest response of `satisfaction.chain.instrument` at or before `asOf` |
 * | `satisfactionIndices` | `satisfactionFromRecords` of the responses at or before `asOf` (`satisfaction.survey`) |
 * | `probabilityAlive`, `expectedPurchases` | `probabilityAlive`, `conditionalExpectedPurchases` (clientele/clv) on the customer's `summarizeTransactions` row in the fit's unit at `asOf`; expected purchases over `forecast.horizon` |
 * | `lifetimeValue` | `customerLifetimeValue` over `forecast.horizon` with `spendFit`, `discountRate` and `grossMarginRate` as the margin |
 * | `profitability` | `customerProfit` (clientele/value) over (asOf − `lookbackDays`, asOf] with `costDrivers` (none: service costs nothing) |
 * | `switchingRisk` | `createSwitchingRiskAssessor` (clientele/retention), with the count model when given |
 * | `termination` | `decideTerminations` (clientele/termination) with the same economics inputs and models |
 * | `job` | {@link routeCrmJob} on the stage and decision, then {@link crmJobRules} on {@link CrmJobFacts} |
 *
 * Events after `asOf` are not read. The record and the context are not mutated. Over many customers use
 * {@link assessPortfolio} (the same assessments, with the work shared).
 *
 * @param record - A validated customer record (`groupByCustomer`, `CustomerRecordSchema`).
 * @param context - `asOf` (required), the fits, and the configuration ({@link RelationshipContext}).
 * @returns The assessment.
 * @throws {@link ClienteleInputError} `invalid_input` with paths: a bad record field (`record.…`), `asOf`
 * missing or before the record starts (`context.asOf`), a bad configuration or fit (`context.…`).
 * @throws {@link ClienteleDomainError} `unknown_rule` for a rule config id not in its set.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { assessRelationship } from "clientele/relationship";
 * const [record] = groupByCustomer({
 *   transactions: [
 *     { customerId: "c1", timestamp: "2024-01-10", amount: 120, cost: 80 },
 *     { customerId: "c1", timestamp: "2024-06-20", amount: 90, cost: 60 },
 *   ],
 *   complaints: [{ customerId: "c1", openedAt: "2024-06-22", severity: "major", outcome: "unresolved" }],
 * });
 * const a = assessRelationship(record!, { asOf: "2024-06-30" });
 * a.lifecycle.status === "computed" && a.lifecycle.value.stage; // => "complaining"
 * a.job.status === "computed" && a.job.value.job; // => "complaint-management"
 * a.probabilityAlive.status; // => "missing" (no fitted count model)
 * ```
 * @category Assessment
 */
export function assessRelationship(record: CustomerRecord, context: RelationshipContext): RelationshipAssessment {
  const prepared = prepareAssessment(FN, context);
  try {
    return assessRecords(FN, [record], prepared)[0]!;
  } catch (error) {
    if (!isClienteleError(error, "invalid_input")) throw error;
    const issues = error.issues.map((issue) =>
      issue.path[0] === "records" && issue.path[1] === 0
        ? { ...issue, path: ["record", ...issue.path.slice(2)] }
        : issue,
    );
    throw new ClienteleInputError(`${FN}: invalid input`, { issues, issueCount: error.issueCount, cause: error });
  }
}
