import { DAY_MS } from "../_lib/civilCalendar.ts";
import { describeReceived } from "../_lib/describeReceived.ts";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import { asOfBeforeStartIssue, readAsOfMs, readRecordEvents } from "../_lib/readRecordEvents.ts";
import type { CountModel } from "../clv/CountModelFit.ts";
import type { SpendModel } from "../clv/gammaGamma/GammaGammaFit.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { type PreparedRules, prepareRules } from "../rules/prepareRules.ts";
import type { RuleFinding } from "../rules/RuleFinding.ts";
import type { RuleSetConfig } from "../rules/RuleSetConfig.ts";
import type { RuleRecord, RuleSet } from "../rules/ruleSet.ts";
import { runPreparedRules } from "../rules/runPreparedRules.ts";
import { measureWindow } from "./_internal/measureWindow.ts";
import { type ProjectionInput, projectPurchases } from "./_internal/projectPurchases.ts";
import { type CoreTerminationRules, coreTerminationRules, type ProposedAction } from "./coreTerminationRules.ts";
import type { ServiceCostRates, ServiceCostRatesResolved } from "./ServiceCostRates.ts";
import type { CorrectionAttempt, TerminationEconomics, TerminationFacts } from "./TerminationFacts.ts";

const FN = "decideTermination";

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
 * Options of {@link decideTermination}.
 *
 * @typeParam Rules - The rules of the set used (default: {@link coreTerminationRules}).
 * @example
 * ```ts
 * import type { DecideTerminationOptions } from "clientele/termination";
 * const options: DecideTerminationOptions = {
 *   asOf: "2024-06-30",
 *   serviceCosts: { staffHour: 40, interactionByKind: { call: 6 } },
 *   grossMarginRate: 0.3,
 *   config: { "emotionally-draining": { abuseIncidentsAtLeast: 1 } },
 * };
 * ```
 * @category Termination
 */
export interface DecideTerminationOptions<Rules extends RuleRecord = CoreTerminationRules> {
  /** The date of the decision (required: the library never reads the clock); not before the record starts. */
  readonly asOf: Date | string;
  /** Days of history the economics read, (asOf − lookbackDays, asOf]; a positive integer, default 365. */
  readonly lookbackDays?: number | undefined;
  /** Days ahead the economics project; a positive integer, default 365. */
  readonly horizonDays?: number | undefined;
  /** The firm's cost of each unit of service effort ({@link ServiceCostRates}); absent rates are 0. */
  readonly serviceCosts?: ServiceCostRates | undefined;
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

let defaultPrepared: PreparedRules<CoreTerminationRules> | undefined;

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
 * import { parseCustomers } from "clientele/customers";
 * import { decideTermination } from "clientele/termination";
 * const [record] = parseCustomers({
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
  type Id = keyof Rules & string;
  if (!isPlainObject(options as unknown)) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        { code: "invalid_type", path: ["options"], message: `expected options, received ${describeReceived(options)}` },
      ],
    });
  }
  const asOfMs = readAsOfMs(FN, options.asOf);
  const read = readRecordEvents(FN, record);
  const o = readOptions(options);
  const issues = o.issues;
  const early = asOfBeforeStartIssue(asOfMs, read);
  if (early !== undefined) issues.unshift(early);
  if (o.grossMarginRate === null) {
    const txs = record.transactions;
    for (let i = 0; i < txs.length && issues.length < 100; i++) {
      const t = txs[i]!;
      if (t.cost === undefined && t.timestamp.getTime() <= asOfMs) {
        issues.push({
          code: "invalid_type",
          path: ["record", "transactions", i, "cost"],
          message: "expected a cost, or options.grossMarginRate for transactions without one, received undefined",
        });
      }
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${FN}: invalid input`, { issues });
  const asOf = new Date(asOfMs);
  const prepared = resolveRules(options);
  const economics = economicsOf(record, asOfMs, o, options);
  const corrections = correctionsOf(record, asOfMs, o.correctionKind, o.corrections);
  const facts: TerminationFacts = {
    record,
    asOf,
    economics,
    corrections,
    serviceCosts: o.serviceCosts,
    grossMarginRate: o.grossMarginRate,
    influence: o.influence,
  };
  const result = runPreparedRules(prepared, facts as never);
  let terminate = false;
  let correct = false;
  for (const f of result.findings) {
    if (f.severity === "error") {
      throw new ClienteleDomainError("invalid_rule", `${FN}: rule "${f.ruleId}" failed: ${f.message}`, {
        issues: [{ code: "invalid_rule", path: ["rules", f.ruleId], message: f.message }],
      });
    }
    if (f.severity === "terminate") terminate = true;
    else if (f.severity === "correct") correct = true;
  }
  const decision = terminate ? "terminate" : correct ? "correct" : "keep";
  const actions: TerminationAction[] = [];
  if (decision !== "keep") {
    for (const f of result.findings) {
      if (f.severity === decision) collectActions(f, actions);
    }
  }
  return {
    customerId: read.customerId,
    asOf,
    decision,
    findings: result.findings as readonly RuleFinding<Id>[],
    actions,
    economics,
    corrections,
    evaluated: result.evaluated as readonly Id[],
    skipped: result.skipped as readonly Id[],
  };
}

interface ReadOptions {
  readonly issues: ClienteleIssue[];
  readonly lookbackDays: number;
  readonly horizonDays: number;
  readonly serviceCosts: ServiceCostRatesResolved;
  readonly grossMarginRate: number | null;
  readonly influence: number | null;
  readonly correctionKind: string;
  readonly corrections: readonly CorrectionAttempt[];
}

const NO_RATES: ServiceCostRatesResolved = Object.freeze({
  staffHour: 0,
  interaction: 0,
  interactionByKind: Object.freeze({}),
  complaint: 0,
  serviceFailure: 0,
});

/** Checks the options cheaply (no zod: this runs once per customer) and fills the defaults. */
function readOptions(options: DecideTerminationOptions<RuleRecord>): ReadOptions {
  const issues: ClienteleIssue[] = [];
  const bad = (path: (string | number)[], expected: string, value: unknown) =>
    issues.push({ code: "invalid_type", path, message: `expected ${expected}, received ${describeReceived(value)}` });
  const positiveInt = (key: "lookbackDays" | "horizonDays"): number => {
    const v = options[key];
    if (v === undefined) return 365;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) bad(["options", key], "integer ≥ 1", v);
    return v;
  };
  const unit = (key: "grossMarginRate" | "influence"): number | null => {
    const v = options[key];
    if (v === undefined) return null;
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) bad(["options", key], "number in [0, 1]", v);
    return v;
  };
  const lookbackDays = positiveInt("lookbackDays");
  const horizonDays = positiveInt("horizonDays");
  const grossMarginRate = unit("grossMarginRate");
  const influence = unit("influence");
  let serviceCosts = NO_RATES;
  const sc = options.serviceCosts;
  if (sc !== undefined) {
    if (!isPlainObject(sc)) bad(["options", "serviceCosts"], "service-cost rates", sc);
    else {
      const rate = (key: "staffHour" | "interaction" | "complaint" | "serviceFailure"): number => {
        const v = sc[key];
        if (v === undefined) return 0;
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
          bad(["options", "serviceCosts", key], "finite number ≥ 0", v);
        }
        return v as number;
      };
      const byKind = sc.interactionByKind ?? {};
      if (!isPlainObject(byKind)) bad(["options", "serviceCosts", "interactionByKind"], "record of rates", byKind);
      else {
        for (const [kind, v] of Object.entries(byKind)) {
          if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
            bad(["options", "serviceCosts", "interactionByKind", kind], "finite number ≥ 0", v);
          }
        }
      }
      const unknown = Object.keys(sc).filter(
        (k) => !["staffHour", "interaction", "interactionByKind", "complaint", "serviceFailure"].includes(k),
      );
      for (const k of unknown) {
        issues.push({
          code: "unrecognized_keys",
          path: ["options", "serviceCosts", k],
          message: `unknown rate "${k}"`,
        });
      }
      serviceCosts = {
        staffHour: rate("staffHour"),
        interaction: rate("interaction"),
        interactionByKind: byKind as Readonly<Record<string, number>>,
        complaint: rate("complaint"),
        serviceFailure: rate("serviceFailure"),
      };
    }
  }
  const kind = options.correctionKind ?? "correction-offered";
  if (typeof kind !== "string" || kind === "") bad(["options", "correctionKind"], "non-empty string", kind);
  const corrections: CorrectionAttempt[] = [];
  const list = options.corrections;
  if (list !== undefined) {
    if (!Array.isArray(list)) bad(["options", "corrections"], "array", list);
    else {
      for (let i = 0; i < list.length; i++) {
        const c: unknown = list[i];
        if (!isPlainObject(c)) {
          bad(["options", "corrections", i], "correction { timestamp, lever }", c);
          continue;
        }
        let ms = Number.NaN;
        try {
          ms = readAsOfMs(FN, c.timestamp, ["options", "corrections", i, "timestamp"]);
        } catch {
          bad(["options", "corrections", i, "timestamp"], "date or ISO-8601 string", c.timestamp);
        }
        if (typeof c.lever !== "string" || c.lever === "") {
          bad(["options", "corrections", i, "lever"], "non-empty string", c.lever);
        } else if (!Number.isNaN(ms)) {
          corrections.push({ timestamp: new Date(ms), lever: c.lever, source: "options" });
        }
      }
    }
  }
  for (const key of ["fit", "spendFit", "summary"] as const) {
    const v = options[key];
    if (v !== undefined && !isPlainObject(v))
      bad(["options", key], key === "summary" ? "summary row" : "fitted model", v);
  }
  if (options.summary !== undefined && options.fit === undefined && options.spendFit === undefined) {
    issues.push({
      code: "custom",
      path: ["options", "summary"],
      message: "expected a fit or spendFit with a summary (the summary is in the fit's unit)",
    });
  }
  return {
    issues,
    lookbackDays,
    horizonDays,
    serviceCosts,
    grossMarginRate,
    influence,
    correctionKind: kind,
    corrections,
  };
}

/** The prepared rule set: the caller's prepared set, a set prepared with its config, or the core set. */
function resolveRules<Rules extends RuleRecord>(options: DecideTerminationOptions<Rules>): PreparedRules<Rules> {
  const rules = options.rules;
  if (isPlainObject(rules) && (rules as { kind?: unknown }).kind === "prepared-rules") {
    if (options.config !== undefined) {
      throw new ClienteleInputError(`${FN}: invalid input`, {
        issues: [
          {
            code: "custom",
            path: ["options", "config"],
            message: "expected no config with a prepared rule set (it was prepared with its own)",
          },
        ],
      });
    }
    return rules as PreparedRules<Rules>;
  }
  if (rules === undefined && options.config === undefined) {
    defaultPrepared ??= prepareRules(coreTerminationRules);
    return defaultPrepared as unknown as PreparedRules<Rules>;
  }
  const set = (rules ?? coreTerminationRules) as RuleSet<Rules>;
  return prepareRules(set, options.config as never);
}

/** The record's corrections at or before asOf (interactions of the correction kind, then the caller's), oldest first. */
function correctionsOf(
  record: CustomerRecord,
  asOfMs: number,
  kind: string,
  given: readonly CorrectionAttempt[],
): CorrectionAttempt[] {
  const out: CorrectionAttempt[] = [];
  for (const e of record.interactions) {
    if (e.kind === kind && e.timestamp.getTime() <= asOfMs) {
      out.push({ timestamp: e.timestamp, lever: e.topic ?? "unspecified", source: "interaction" });
    }
  }
  for (const c of given) if (c.timestamp.getTime() <= asOfMs) out.push(c);
  if (out.length > 1) out.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  return out;
}

/** The customer's economics at asOf (see TerminationEconomics). */
function economicsOf(
  record: CustomerRecord,
  asOfMs: number,
  o: ReadOptions,
  options: DecideTerminationOptions<RuleRecord>,
): TerminationEconomics {
  const fromMs = asOfMs - o.lookbackDays * DAY_MS;
  const w = measureWindow(record, fromMs, asOfMs, o.serviceCosts, o.grossMarginRate);
  const scale = o.horizonDays / o.lookbackDays;
  let ever: ReturnType<typeof measureWindow> | undefined;
  const everTotals = () => {
    ever ??= measureWindow(record, Number.NEGATIVE_INFINITY, asOfMs, o.serviceCosts, o.grossMarginRate);
    return ever;
  };
  let marginRatio: number;
  if (w.revenue > 0) marginRatio = w.grossMargin / w.revenue;
  else if (everTotals().revenue > 0) marginRatio = everTotals().grossMargin / everTotals().revenue;
  else marginRatio = o.grossMarginRate ?? 0;
  let observedSpend = 0;
  if (w.purchases > 0) observedSpend = w.revenue / w.purchases;
  else if (everTotals().purchases > 0) observedSpend = everTotals().revenue / everTotals().purchases;
  const input: ProjectionInput = {
    fn: FN,
    record,
    asOfMs,
    horizonDays: o.horizonDays,
    fit: options.fit,
    spendFit: options.spendFit,
    summary: options.summary,
  };
  const projection = projectPurchases(input);
  const expectedPurchases = projection.expectedPurchases ?? w.purchases * scale;
  const spendPerPurchase = projection.spendPerPurchase ?? observedSpend;
  const marginPerPurchase = spendPerPurchase * marginRatio;
  const projectedServiceCost = w.serviceCost * scale;
  return {
    lookbackDays: o.lookbackDays,
    horizonDays: o.horizonDays,
    windowStart: new Date(fromMs),
    purchases: w.purchases,
    revenue: w.revenue,
    grossMargin: w.grossMargin,
    serviceCost: w.serviceCost,
    staffHours: w.staffHours,
    netContribution: w.grossMargin - w.serviceCost,
    marginRatio,
    expectedPurchases,
    expectedPurchasesSource: projection.expectedPurchases === undefined ? "run-rate" : "fit",
    spendPerPurchase,
    spendSource: projection.spendPerPurchase === undefined ? "observed" : "gamma-gamma",
    marginPerPurchase,
    projectedServiceCost,
    expectedFutureValue: expectedPurchases * marginPerPurchase - projectedServiceCost,
  };
}

/** Appends the steps a finding proposes (`evidence.actions`), checking their shape. */
function collectActions(f: RuleFinding, out: TerminationAction[]): void {
  const list = f.evidence.actions;
  if (list === undefined) return;
  const ok =
    Array.isArray(list) &&
    list.every(
      (a) =>
        isPlainObject(a) &&
        typeof a.lever === "string" &&
        typeof a.reason === "string" &&
        isPlainObject(a.targets) &&
        Object.values(a.targets).every((v) => typeof v === "number" && Number.isFinite(v)),
    );
  if (!ok) {
    throw new ClienteleDomainError("invalid_rule", `${FN}: rule "${f.ruleId}" proposed malformed actions`, {
      issues: [
        {
          code: "invalid_rule",
          path: ["rules", f.ruleId, "evidence", "actions"],
          message: "expected an array of { lever: string, reason: string, targets: record of finite numbers }",
        },
      ],
    });
  }
  for (const a of list as ProposedAction[]) {
    out.push({ ruleId: f.ruleId, lever: a.lever, reason: a.reason, targets: a.targets });
  }
}
