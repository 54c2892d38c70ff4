import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import type { PreparedRules } from "../rules/prepareRules.ts";
import type { RuleFinding } from "../rules/RuleFinding.ts";
import type { RuleSetConfig } from "../rules/RuleSetConfig.ts";
import type { RuleRecord, RuleSet } from "../rules/ruleSet.ts";
import { collectFacts } from "./_internal/collectFacts.ts";
import { decideOnFacts, resolveRules } from "./_internal/decideOnFacts.ts";
import type { TerminationFactsOptions } from "./collectTerminationFacts.ts";
import type { CoreTerminationRules, ProposedAction } from "./coreTerminationRules.ts";
import type { CorrectionAttempt, TerminationEconomics } from "./TerminationFacts.ts";

const FN = "decideTermination";

/**
 * Options of {@link decideTermination}: the facts' options ({@link TerminationFactsOptions}) and the
 * rule set with its config.
 *
 * @typeParam Rules - The rules of the set used (default: {@link coreTerminationRules}).
 * @example
 * ```ts
 * import type { DecideTerminationOptions } from "clientele/termination";
 * const options: DecideTerminationOptions = {
 *   asOf: "2024-06-30",
 *   costDrivers: { perIncidentStaffHour: 40, perInteraction: { call: 6 }, otherInteraction: 0 },
 *   grossMarginRate: 0.3,
 *   config: { "emotionally-draining": { abuseIncidentsAtLeast: 1 } },
 * };
 * ```
 * @category Termination
 */
export interface DecideTerminationOptions<Rules extends RuleRecord = CoreTerminationRules>
  extends TerminationFactsOptions {
  /** The rule set (default {@link coreTerminationRules}) or a set prepared with `prepareRules` (fastest for many customers). */
  readonly rules?: RuleSet<Rules> | PreparedRules<Rules> | undefined;
  /** Per-rule `"off"` or option overrides, typed from the set (not with a prepared set: it has its config). */
  readonly config?: RuleSetConfig<Rules> | undefined;
}

/**
 * A corrective or closing step, with the rule that proposed it.
 *
 * @example
 * ```ts
 * import type { TerminationAction } from "clientele/termination";
 * const a: TerminationAction = {
 *   ruleId: "emotionally-draining",
 *   lever: "conduct-agreement",
 *   reason: "set written rules of conduct",
 *   targets: { abuseIncidents: 0 },
 * };
 * ```
 * @category Termination
 */
export interface TerminationAction extends ProposedAction {
  /** The rule whose finding proposed the step. */
  readonly ruleId: string;
}

/**
 * What {@link decideTermination} returns.
 *
 * @typeParam Id - The rule ids of the set.
 * @example
 * ```ts
 * import { decideTermination, type TerminationDecision } from "clientele/termination";
 * const d: TerminationDecision = decideTermination(
 *   { customerId: "c1", transactions: [], interactions: [], serviceFailures: [], complaints: [],
 *     surveyResponses: [], incidents: [], bonds: [], loyaltyEvents: [] },
 *   { asOf: "2024-06-30" },
 * );
 * d.decision; // => "keep"
 * ```
 * @category Termination
 */
export interface TerminationDecision<Id extends string = keyof CoreTerminationRules & string> {
  /** The customer. */
  readonly customerId: string;
  /** The date of the decision. */
  readonly asOf: Date;
  /** `"terminate"` if a `terminate` finding exists, else `"correct"` if a `correct` finding exists, else `"keep"`. */
  readonly decision: "keep" | "correct" | "terminate";
  /** Every finding, most severe first, each with its evidence and the thresholds applied (`options`). */
  readonly findings: readonly RuleFinding<Id>[];
  /** The steps proposed by the findings that made the decision (`correct` ones for "correct", `terminate` ones for "terminate"); none for "keep". */
  readonly actions: readonly TerminationAction[];
  /** The economics the rules read. */
  readonly economics: TerminationEconomics;
  /** The corrections already tried, oldest first. */
  readonly corrections: readonly CorrectionAttempt[];
  /** Ids of the rules that ran. */
  readonly evaluated: readonly Id[];
  /** Ids of the rules switched off. */
  readonly skipped: readonly Id[];
}

/**
 * Whether to keep a customer, correct the relationship (price, service level, conduct) or end it, and
 * why: builds the customer's {@link TerminationFacts} (economics over a lookback window and a horizon,
 * corrections already tried) and runs {@link coreTerminationRules} (or an extended set) on them.
 *
 * @remarks
 * - **Decision.** `"terminate"` when any finding has severity `terminate` (a core-value violation, or a
 *   correction that was tried and failed: see {@link coreTerminationRules}); else `"correct"` when any
 *   has severity `correct` (too costly, emotionally draining); else `"keep"`. `actions` lists the steps
 *   the deciding findings propose (`evidence.actions`), each with its rule id: which price or service
 *   lever, with its figures and the reason.
 * - **Economics** ({@link TerminationEconomics}): margin and priced service cost over (asOf −
 *   lookbackDays, asOf], projected over `horizonDays` with the fitted model when given (the record is
 *   summarised in the fit's unit with `summarizeTransactions`, or `summary` is used) and the run rate
 *   otherwise. Days are 24-hour UTC days.
 * - Events after `asOf` are not read. Corrections: interactions of `correctionKind` and `corrections`,
 *   at or before `asOf`.
 * - For many customers, pass `rules: prepareRules(coreTerminationRules, config)` (validated once) and
 *   each customer's `summary` from one `summarizeTransactions` of the whole log.
 * - Deterministic; neither the record nor the options are mutated.
 *
 * @param record - A validated customer record (`groupByCustomer`, `CustomerRecordSchema`).
 * @param options - `asOf` (required), the economics' inputs, corrections, and the rule set and config.
 * @returns The decision, the findings with their evidence and thresholds, and the proposed actions.
 * @throws {@link ClienteleInputError} `invalid_input` with paths: a bad record field (negative
 * `staffHours` at `record.incidents[i].staffHours`), a transaction without `cost` and no
 * `grossMarginRate`, `asOf` missing or before the record starts (`options.asOf`), bad options or config.
 * @throws {@link ClienteleDomainError} `unknown_rule` for a config id not in the set; `invalid_rule` when a
 * rule of the set fails while evaluating.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { decideTermination } from "clientele/termination";
 * const [record] = groupByCustomer({
 *   transactions: [{ customerId: "c1", timestamp: "2024-01-10", amount: 100, cost: 70 }],
 *   incidents: [
 *     { customerId: "c1", timestamp: "2024-02-01", kind: "abuse", staffHours: 2 },
 *     { customerId: "c1", timestamp: "2024-03-01", kind: "abuse", staffHours: 3 },
 *   ],
 * });
 * const d = decideTermination(record!, { asOf: "2024-06-30" });
 * d.decision; // => "correct"
 * d.actions.map((a) => a.lever); // => ["conduct-agreement"]
 * ```
 * @category Termination
 */
export function decideTermination<Rules extends RuleRecord = CoreTerminationRules>(
  record: CustomerRecord,
  options: DecideTerminationOptions<Rules>,
): TerminationDecision<keyof Rules & string> {
  const facts = collectFacts(FN, record, options);
  return decideOnFacts(FN, facts, resolveRules(FN, options));
}
