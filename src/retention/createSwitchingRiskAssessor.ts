import { describeReceived } from "../_lib/describeReceived.ts";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import { collectIssue, createIssueCollector } from "../_lib/issueCollector.ts";
import { readRecordEvents } from "../_lib/readRecordEvents.ts";
import type { CountModel } from "../clv/CountModelFit.ts";
import type { CustomerHistory } from "../clv/CustomerHistory.ts";
import { probabilityAlive } from "../clv/predictions/probabilityAlive.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleInputError, isClienteleError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import type { EvaluateRulesResult } from "../rules/evaluateRules.ts";
import { prepareRules } from "../rules/prepareRules.ts";
import type { RuleSetConfig } from "../rules/RuleSetConfig.ts";
import type { RuleRecord, RuleSet } from "../rules/ruleSet.ts";
import { parseIsoTimestamp } from "../schema/parseIsoTimestamp.ts";
import { throwIfAny } from "./_internal/throwIfAny.ts";
import type { SwitchingRiskFacts } from "./SwitchingRiskFacts.ts";
import { defaultSwitchingRiskLevels, type SwitchingRiskLevel, type SwitchingRiskLevels } from "./SwitchingRiskLevel.ts";
import { type SwitchingRiskRules, switchingRiskRules } from "./switchingRiskRules.ts";

/**
 * Options of {@link assessSwitchingRisk} and {@link createSwitchingRiskAssessor}.
 *
 * @typeParam Rules - The rules of the set used (default: {@link switchingRiskRules}).
 * @example
 * ```ts
 * import type { AssessSwitchingRiskOptions } from "clientele/retention";
 * const options: AssessSwitchingRiskOptions = {
 *   asOf: "2024-06-30",
 *   levels: { medium: 1, high: 2 },
 *   config: { "competitor-offer": { lookbackDays: 30 }, "bond-lapsed": "off" },
 * };
 * ```
 * @category Switching risk
 */
export interface AssessSwitchingRiskOptions<Rules extends RuleRecord = SwitchingRiskRules> {
  /** The date of the assessment: a `Date` or an ISO-8601 string (required; never defaulted). */
  readonly asOf: Date | string;
  /** A fitted count model (BG/NBD, MBG/NBD, Pareto/NBD) for `probability-alive-low`; without it that rule does not fire. */
  readonly fit?: CountModel | undefined;
  /**
   * The customer's (x, t_x, T) at `asOf` in `fit.unit` (their row of `summarizeTransactions(log, { unit:
   * fit.unit, observationEnd: asOf })`), when the base was summarised in one call; otherwise the rule
   * summarises the record's transactions itself. Only with `fit`. Ignored by {@link createSwitchingRiskAssessor}
   * (pass it per record to `assess`).
   */
  readonly summary?: CustomerHistory | undefined;
  /** Score thresholds of the levels (merged over {@link defaultSwitchingRiskLevels}). */
  readonly levels?: Partial<SwitchingRiskLevels> | undefined;
  /** The rule set (default {@link switchingRiskRules}); an extended set's rules read {@link SwitchingRiskFacts}. */
  readonly rules?: RuleSet<Rules> | undefined;
  /** Per-rule `"off"` or option overrides, typed from the set (e.g. from `parseRuleConfig`). */
  readonly config?: RuleSetConfig<Rules> | undefined;
}

/**
 * What {@link assessSwitchingRisk} returns: the rule engine's result (every finding with its evidence
 * and thresholds, most severe first), the risk level and the score behind it.
 *
 * @typeParam Id - The rule ids of the set.
 * @example
 * ```ts
 * import { assessSwitchingRisk, type SwitchingRiskAssessment } from "clientele/retention";
 * const record = {
 *   customerId: "c1", transactions: [], interactions: [], serviceFailures: [], complaints: [],
 *   surveyResponses: [], incidents: [], bonds: [], loyaltyEvents: [],
 * };
 * const a: SwitchingRiskAssessment = assessSwitchingRisk(record, { asOf: "2024-06-30" });
 * a.level; // => "low"
 * ```
 * @category Switching risk
 */
export interface SwitchingRiskAssessment<Id extends string = keyof SwitchingRiskRules & string>
  extends EvaluateRulesResult<Id> {
  /** The customer assessed. */
  readonly customerId: string;
  /** The date of the assessment. */
  readonly asOf: Date;
  /** The risk level: the score against `levels`. */
  readonly level: SwitchingRiskLevel;
  /** Σ over the rules that fired of their severity's weight (info 0, warn 1, correct 2, terminate 3). */
  readonly score: number;
  /** The thresholds applied. */
  readonly levels: SwitchingRiskLevels;
  /** Ids of the rules that fired (non-error findings), in finding order, each once. */
  readonly firedRules: readonly Id[];
}

/**
 * A prepared assessment: options read and checked once, then {@link SwitchingRiskAssessor.assess} per
 * record (the fast path for a whole customer base).
 *
 * @typeParam Id - The rule ids of the set.
 * @example
 * ```ts
 * import { createSwitchingRiskAssessor, type SwitchingRiskAssessor } from "clientele/retention";
 * const assessor: SwitchingRiskAssessor = createSwitchingRiskAssessor({ asOf: "2024-06-30" });
 * assessor.asOf.toISOString(); // => "2024-06-30T00:00:00.000Z"
 * ```
 * @category Switching risk
 */
export interface SwitchingRiskAssessor<Id extends string = keyof SwitchingRiskRules & string> {
  /** The date of every assessment. */
  readonly asOf: Date;
  /**
   * Assesses one record.
   *
   * @param record - The customer's record (checked for shape; `asOf` must not precede its first event).
   * @param summary - The customer's (x, t_x, T) at `asOf` in `fit.unit`, when summarised already (only with a fit).
   * @returns The findings, level and score.
   */
  assess(record: CustomerRecord, summary?: CustomerHistory): SwitchingRiskAssessment<Id>;
}

/**
 * Prepares switching-risk assessments at one `asOf`: reads and checks the options (date, fit, levels,
 * set and config) once and returns an assessor whose `assess(record, summary?)` runs the rules on one
 * record. {@link assessSwitchingRisk} is the one-record form; use this one over a whole base.
 *
 * @remarks
 * The set and config are prepared once with `prepareRules` (clientele/rules): unknown ids and bad
 * options throw now, and every record runs the same resolved options. See {@link assessSwitchingRisk} for the
 * rules, the level mapping and the errors.
 *
 * @param options - `asOf` (required), optionally `fit`, `levels`, `rules`, `config`.
 * @returns The assessor.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad `asOf`, fit, levels or rule options.
 * @throws {@link ClienteleDomainError} `unknown_rule` if the config names a rule not in the set.
 * @example
 * ```ts
 * import { createSwitchingRiskAssessor } from "clientele/retention";
 * import { groupByCustomer } from "clientele/customers";
 * const records = groupByCustomer({
 *   transactions: [
 *     { customerId: "a", timestamp: "2024-01-05", amount: 20 },
 *     { customerId: "b", timestamp: "2024-06-01", amount: 35 },
 *   ],
 *   complaints: [{ customerId: "a", openedAt: "2024-05-02", severity: "major", outcome: "unresolved" }],
 * });
 * const assessor = createSwitchingRiskAssessor({ asOf: "2024-06-30" });
 * records.map((r) => [r.customerId, assessor.assess(r).level]); // => [["a", "medium"], ["b", "low"]]
 * ```
 * @category Switching risk
 */
export function createSwitchingRiskAssessor<Rules extends RuleRecord = SwitchingRiskRules>(
  options: AssessSwitchingRiskOptions<Rules>,
): SwitchingRiskAssessor<keyof Rules & string> {
  return prepare("createSwitchingRiskAssessor", options);
}

/**
 * Assesses how likely one customer is to switch away: runs the {@link switchingRiskRules} (or an extended
 * set) on the record at `asOf` and maps the findings to a risk level.
 *
 * @remarks
 * - The rules look for a weakening relationship: a purchase gap growing against the customer's own
 *   history, falling spend or frequency, a low P(alive) (with a fit), falling satisfaction, an open
 *   complaint, a lapsed bond, a competitor's offer; see {@link switchingRiskRules}. Apps add or
 *   reconfigure rules through `config` (e.g. from `parseRuleConfig`) and `rules` (`extendRuleSet`, plugins).
 * - Level: every rule that fired adds its severity's weight once (info 0, warn 1, correct 2, terminate 3;
 *   an `error` finding adds 0); score ≥ `levels.high` (3) is `"high"`, ≥ `levels.medium` (1) `"medium"`,
 *   else `"low"` (see {@link SwitchingRiskLevels}).
 * - Only events on or before `asOf` are read; `asOf` before the record's first event (or its
 *   `customer.acquiredAt`) is an error, not an empty assessment.
 * - Over many records use {@link createSwitchingRiskAssessor}: it checks the options once.
 *
 * @param record - One customer's record (from `groupByCustomer`, or parsed with `CustomerRecordSchema`).
 * @param options - `asOf` (required), optionally `fit` and `summary`, `levels`, `rules`, `config`.
 * @returns The findings (most severe first), level, score and the thresholds applied.
 * @throws {@link ClienteleInputError} `invalid_input` if `asOf` is missing, invalid or before the record
 * starts (path `options.asOf`), the record is malformed (paths `record.…`), `levels` are negative or
 * out of order, the fit is not a count-model fit, or rule options fail validation (`config["id"].option`).
 * @throws {@link ClienteleDomainError} `unknown_rule` if the config names a rule not in the set.
 * @example
 * ```ts
 * import { assessSwitchingRisk } from "clientele/retention";
 * import { CustomerRecordSchema } from "clientele/customers";
 * const record = CustomerRecordSchema.parse({
 *   customerId: "c1",
 *   transactions: ["2024-01-01", "2024-01-31", "2024-03-01", "2024-03-31"].map((timestamp) => ({
 *     customerId: "c1", timestamp, amount: 40,
 *   })),
 *   interactions: [
 *     { customerId: "c1", timestamp: "2024-06-10", kind: "competitor-offer", channel: "phone", direction: "inbound" },
 *   ],
 *   serviceFailures: [], complaints: [], surveyResponses: [], incidents: [],
 * });
 * const risk = assessSwitchingRisk(record, { asOf: "2024-06-30" });
 * risk.level; // => "medium"
 * risk.firedRules; // => ["competitor-offer", "purchase-gap-growing"]
 * ```
 * @category Switching risk
 */
export function assessSwitchingRisk<Rules extends RuleRecord = SwitchingRiskRules>(
  record: CustomerRecord,
  options: AssessSwitchingRiskOptions<Rules>,
): SwitchingRiskAssessment<keyof Rules & string> {
  const assessor = prepare<Rules>("assessSwitchingRisk", options);
  return assessor.assess(record, (options as { summary?: CustomerHistory }).summary);
}

function prepare<Rules extends RuleRecord>(
  fn: string,
  options: AssessSwitchingRiskOptions<Rules>,
): SwitchingRiskAssessor<keyof Rules & string> {
  type Id = keyof Rules & string;
  if (!isPlainObject(options as unknown)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["options"],
          message: `expected options { asOf }, received ${describeReceived(options)}`,
        },
      ],
    });
  }
  const issues = createIssueCollector();
  const asOf = readDate(options.asOf);
  if (asOf === undefined) {
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: ["options", "asOf"],
      message:
        options.asOf === undefined
          ? "expected date or ISO-8601 string (asOf is required: the library never reads the clock), received undefined"
          : `expected date or ISO-8601 string, received ${describeReceived(options.asOf)}`,
    }));
  }
  const levels = { ...defaultSwitchingRiskLevels, ...(isPlainObject(options.levels) ? options.levels : {}) };
  if (options.levels !== undefined && !isPlainObject(options.levels)) {
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: ["options", "levels"],
      message: `expected { medium?, high? }, received ${describeReceived(options.levels)}`,
    }));
  }
  for (const key of ["medium", "high"] as const) {
    const v = levels[key];
    if (!(typeof v === "number" && Number.isFinite(v) && v > 0)) {
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["options", "levels", key],
        message: `expected finite number > 0, received ${describeReceived(v)}`,
      }));
    }
  }
  if (levels.high < levels.medium) {
    collectIssue(issues, () => ({
      code: "invalid_value",
      path: ["options", "levels", "high"],
      message: `expected a score ≥ levels.medium (${levels.medium}), received ${levels.high}`,
    }));
  }
  const fit = options.fit;
  if (fit !== undefined) for (const issue of fitIssues(fit)) collectIssue(issues, () => issue);
  throwIfAny(fn, issues);
  const set = (options.rules ?? switchingRiskRules) as unknown as RuleSet<Rules>;
  // The set and config are checked, and every rule's options resolved, once (unknown ids and bad
  // option values throw here, not at the first record).
  const prepared = prepareRules(set, options.config as never);
  const asOfDate = asOf as Date;
  const asOfMs = asOfDate.getTime();
  const frozenLevels: SwitchingRiskLevels = Object.freeze({ medium: levels.medium, high: levels.high });
  return {
    asOf: asOfDate,
    assess(record, summary) {
      const start = readRecordEvents(fn, record).startMs;
      const bad = createIssueCollector();
      if (start !== undefined && asOfMs < start) {
        collectIssue(bad, () => ({
          code: "invalid_value",
          path: ["options", "asOf"],
          message: `expected a date on or after the record's start (${new Date(start).toISOString()}), received ${asOfDate.toISOString()}`,
        }));
      }
      if (summary !== undefined)
        for (const issue of summaryIssues(summary, fit, record)) collectIssue(bad, () => issue);
      throwIfAny(fn, bad);
      const facts: SwitchingRiskFacts =
        fit === undefined
          ? { record, asOf: asOfDate }
          : summary === undefined
            ? { record, asOf: asOfDate, fit }
            : { record, asOf: asOfDate, fit, summary };
      const result = prepared.evaluate(facts as never);
      return withLevel<Id>(result as EvaluateRulesResult<Id>, record.customerId, asOfDate, frozenLevels);
    },
  };
}

/** Adds the score, level and fired rules to an evaluation. */
function withLevel<Id extends string>(
  result: EvaluateRulesResult<Id>,
  customerId: string,
  asOf: Date,
  levels: SwitchingRiskLevels,
): SwitchingRiskAssessment<Id> {
  const fired: Id[] = [];
  let score = 0;
  const findings = result.findings;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.severity === "error" || fired.includes(f.ruleId)) continue;
    fired.push(f.ruleId);
    score += severityWeight(f.severity);
  }
  const level: SwitchingRiskLevel = score >= levels.high ? "high" : score >= levels.medium ? "medium" : "low";
  return {
    findings,
    evaluated: result.evaluated,
    skipped: result.skipped,
    customerId,
    asOf,
    level,
    score,
    levels,
    firedRules: fired,
  };
}

/** The weight a rule's severity adds to the score: info 0, warn 1, correct 2, terminate 3. */
function severityWeight(severity: string): number {
  switch (severity) {
    case "warn":
      return 1;
    case "correct":
      return 2;
    case "terminate":
      return 3;
    default:
      return 0;
  }
}

function readDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  return typeof value === "string" ? parseIsoTimestamp(value) : undefined;
}

const COUNT_MODELS = new Set(["bg-nbd", "mbg-nbd", "pareto-nbd"]);

/** A fit the P(alive) rule can use: a count model whose prediction runs (params checked by clv). */
function fitIssues(fit: unknown): ClienteleIssue[] {
  if (!isPlainObject(fit) || typeof fit.model !== "string" || !COUNT_MODELS.has(fit.model)) {
    return [
      {
        code: "invalid_type",
        path: ["options", "fit"],
        message: `expected a BG/NBD, MBG/NBD or Pareto/NBD fit { model, params, unit }, received ${
          isPlainObject(fit) ? `model ${describeReceived(fit.model)}` : describeReceived(fit)
        }`,
      },
    ];
  }
  try {
    probabilityAlive(fit as unknown as CountModel, { frequency: 0, recency: 0, T: 1 });
    return [];
  } catch (error) {
    if (!isClienteleError(error, "invalid_input")) throw error;
    return error.issues.map((i) => ({ ...i, path: ["options", "fit", ...i.path.filter((p) => p !== "fit")] }));
  }
}

/** A summary that belongs to the record and is an (x, t_x, T) history. */
function summaryIssues(summary: unknown, fit: CountModel | undefined, record: CustomerRecord): ClienteleIssue[] {
  const path = ["options", "summary"];
  if (fit === undefined) {
    return [
      { code: "custom", path, message: "expected no summary without a fit (it is read only by probability-alive-low)" },
    ];
  }
  if (!isPlainObject(summary)) {
    return [
      {
        code: "invalid_type",
        path,
        message: `expected { frequency, recency, T }, received ${describeReceived(summary)}`,
      },
    ];
  }
  const { frequency: x, recency: tx, T } = summary as Record<string, unknown>;
  const out: ClienteleIssue[] = [];
  if (!(Number.isInteger(x) && (x as number) >= 0)) {
    out.push({
      code: "invalid_value",
      path: [...path, "frequency"],
      message: `expected integer ≥ 0, received ${describeReceived(x)}`,
    });
  }
  if (!(typeof T === "number" && Number.isFinite(T) && T >= 0)) {
    out.push({
      code: "invalid_value",
      path: [...path, "T"],
      message: `expected finite number ≥ 0, received ${describeReceived(T)}`,
    });
  }
  if (!(typeof tx === "number" && tx >= 0 && tx <= (T as number))) {
    out.push({
      code: "invalid_value",
      path: [...path, "recency"],
      message: `expected number in [0, T], received ${describeReceived(tx)}`,
    });
  }
  const id = (summary as { customerId?: unknown }).customerId;
  if (id !== undefined && id !== record.customerId) {
    out.push({
      code: "invalid_value",
      path: [...path, "customerId"],
      message: `expected the record's customerId ${JSON.stringify(record.customerId)}, received ${describeReceived(id)}`,
    });
  }
  return out;
}
