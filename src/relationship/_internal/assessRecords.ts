import { DAY_MS } from "../../_lib/civilCalendar.ts";
import { checkDistinctIds } from "../../_lib/duplicateIds.ts";
import { readRecordEvents } from "../../_lib/readRecordEvents.ts";
import { bondProfile } from "../../bonds/bondProfile.ts";
import { switchingCost } from "../../bonds/switchingCost.ts";
import type { CountModel } from "../../clv/CountModelFit.ts";
import { customerLifetimeValue } from "../../clv/lifetimeValue/customerLifetimeValue.ts";
import { conditionalExpectedPurchases } from "../../clv/predictions/conditionalExpectedPurchases.ts";
import { probabilityAlive } from "../../clv/predictions/probabilityAlive.ts";
import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import type { Transaction } from "../../customers/TransactionSchema.ts";
import { ClienteleInputError, isClienteleError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { type LifecycleStage, lifecycleStage } from "../../lifecycle/lifecycleStage.ts";
import { lifecycleStages } from "../../lifecycle/lifecycleStages.ts";
import type { SwitchingRiskAssessment, SwitchingRiskAssessor } from "../../retention/createSwitchingRiskAssessor.ts";
import type { CustomerSummary } from "../../rfm/CustomerSummary.ts";
import { summarizeTransactions } from "../../rfm/summarizeTransactions.ts";
import type { TransactionSummary } from "../../rfm/TransactionSummary.ts";
import { chainResponsesFromRecords } from "../../satisfaction/chainResponsesFromRecords.ts";
import { satisfactionChain } from "../../satisfaction/satisfactionChain.ts";
import { satisfactionFromRecords } from "../../satisfaction/satisfactionFromRecords.ts";
import type { TerminationDecision } from "../../termination/decideTermination.ts";
import { decideTerminations } from "../../termination/decideTerminations.ts";
import type { CustomerProfit } from "../../value/customerProfit.ts";
import { customerProfits } from "../../value/customerProfits.ts";
import type { CrmJobFacts } from "../CrmJobFacts.ts";
import type {
  AssessmentPart,
  ExpectedPurchasesPart,
  LifetimeValuePart,
  NextAction,
  ProbabilityAlivePart,
  RelationshipAssessment,
} from "../RelationshipAssessment.ts";
import { routeCrmJob } from "../routeCrmJob.ts";
import { collectJobFacts } from "./collectJobFacts.ts";
import type { PreparedAssessment } from "./prepareAssessment.ts";

type Path = (string | number)[];

const missing = <T>(inputs: readonly string[], reason: string): AssessmentPart<T> => ({
  status: "missing",
  inputs,
  reason,
});
const computed = <T>(inputs: readonly string[], value: T): AssessmentPart<T> => ({ status: "computed", inputs, value });

/** Model figures of the records, from one summary and one vectorised call per figure. */
interface ModelFigures {
  readonly rows: (CustomerSummary | undefined)[];
  readonly pAlive: AssessmentPart<ProbabilityAlivePart>[];
  readonly expected: AssessmentPart<ExpectedPurchasesPart>[];
  readonly clv: AssessmentPart<LifetimeValuePart>[];
}

/**
 * Assesses records with the batch forms of the areas (one summary, vectorised predictions, prepared rule
 * sets), in order. Issue paths name `records[i]`.
 *
 * @param fn - The public function.
 * @param records - Validated customer records, distinct ids.
 * @param p - The prepared context.
 * @returns One assessment per record.
 * @internal
 */
export function assessRecords(
  fn: string,
  records: readonly CustomerRecord[],
  p: PreparedAssessment,
): RelationshipAssessment[] {
  if (!Array.isArray(records)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [{ code: "invalid_type", path: ["records"], message: "expected an array of customer records" }],
    });
  }
  const n = records.length;
  if (n === 0) return [];
  for (let i = 0; i < n; i++) readRecordEvents(fn, records[i], ["records", i]);
  checkDistinctIds(
    fn,
    records.map((r) => r.customerId),
    (i) => ["records", i, "customerId"],
  );
  const { config } = p;
  const asOf = p.asOf;
  const asOfMs = asOf.getTime();
  const models = modelFigures(fn, records, p);

  // Switching risk once per record; lifecycle reads the same assessments (no second run of the rules).
  const risks: SwitchingRiskAssessment[] = new Array(n);
  const riskOf = new Map<CustomerRecord, SwitchingRiskAssessment>();
  for (let i = 0; i < n; i++) {
    const row = models.rows[i];
    risks[i] = atRecord(fn, i, () => p.switchingRisk.assess(records[i]!, row));
    riskOf.set(records[i]!, risks[i]!);
  }
  const memo: SwitchingRiskAssessor = {
    asOf,
    assess: (record, summary) => riskOf.get(record) ?? p.switchingRisk.assess(record, summary),
  };
  const stages: LifecycleStage[] =
    n === 1
      ? [atRecord(fn, 0, () => lifecycleStage(records[0]!, { asOf, ...config.lifecycle, switchingRisk: memo }))]
      : lifecycleStages(records, { asOf, ...config.lifecycle, switchingRisk: memo });

  // Economics: records whose transactions have a cost, or with a margin rate for those that do not.
  const fromMs = asOfMs - config.lookbackDays * DAY_MS;
  const withRate = config.grossMarginRate !== undefined;
  const termIdx: number[] = [];
  const profitIdx: number[] = [];
  const costless: number[] = new Array(n).fill(0);
  const costlessInWindow: number[] = new Array(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (const t of records[i]!.transactions) {
      const ms = t.timestamp.getTime();
      if (ms > asOfMs || t.cost !== undefined) continue;
      costless[i]!++;
      if (ms > fromMs) costlessInWindow[i]!++;
    }
    if (withRate || costless[i] === 0) termIdx.push(i);
    if (withRate || costlessInWindow[i] === 0) profitIdx.push(i);
  }
  const decisions: (TerminationDecision | undefined)[] = new Array(n);
  if (termIdx.length > 0) {
    const subset = termIdx.map((i) => records[i]!);
    const summary = models.summary;
    const out = remapRecords(fn, termIdx, () =>
      decideTerminations(subset, {
        asOf,
        lookbackDays: config.lookbackDays,
        horizonDays: config.horizonDays,
        costDrivers: config.costDrivers,
        grossMarginRate: config.grossMarginRate,
        // Without a summary (nobody in the chunk bought by asOf) every projection is 0 purchases: the
        // run rate gives it without summarising an empty log.
        fit: summary === undefined ? undefined : p.countFit,
        spendFit: anyPurchase(subset, asOfMs) ? p.spendFit : undefined,
        summary,
        correctionKind: config.termination.correctionKind,
        rules: p.terminationRules,
      }),
    );
    for (let k = 0; k < termIdx.length; k++) decisions[termIdx[k]!] = out[k] as TerminationDecision;
  }
  const profits: (CustomerProfit | undefined)[] = new Array(n);
  if (profitIdx.length > 0) {
    const drivers = config.costDrivers ?? (config.currency === undefined ? {} : { currency: config.currency });
    const out = remapRecords(fn, profitIdx, () =>
      customerProfits(
        profitIdx.map((i) => records[i]!),
        drivers,
        {
          from: new Date(fromMs + 1),
          to: new Date(asOfMs + 1),
          missingCost: withRate ? { margin: config.grossMarginRate! } : "throw",
        },
      ),
    );
    for (let k = 0; k < profitIdx.length; k++) profits[profitIdx[k]!] = out[k];
  }

  const out: RelationshipAssessment[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const record = records[i]!;
    out[i] = atRecord(fn, i, () =>
      assemble(record, p, {
        stage: stages[i]!,
        risk: risks[i]!,
        decision: decisions[i],
        costless: costless[i]!,
        profit: profits[i],
        costlessInWindow: costlessInWindow[i]!,
        fromMs,
        pAlive: models.pAlive[i]!,
        expected: models.expected[i]!,
        clv: models.clv[i]!,
      }),
    );
  }
  return out;
}

interface Parts {
  readonly stage: LifecycleStage;
  readonly risk: SwitchingRiskAssessment;
  readonly decision: TerminationDecision | undefined;
  readonly costless: number;
  readonly profit: CustomerProfit | undefined;
  readonly costlessInWindow: number;
  readonly fromMs: number;
  readonly pAlive: AssessmentPart<ProbabilityAlivePart>;
  readonly expected: AssessmentPart<ExpectedPurchasesPart>;
  readonly clv: AssessmentPart<LifetimeValuePart>;
}

const PART_NAMES = [
  "lifecycle",
  "bonds",
  "satisfactionChain",
  "satisfactionIndices",
  "probabilityAlive",
  "expectedPurchases",
  "lifetimeValue",
  "profitability",
  "switchingRisk",
  "termination",
  "job",
] as const;
const LIFECYCLE_INPUTS = [
  "record.transactions",
  "record.interactions",
  "record.complaints",
  "config.lifecycle",
  "switchingRisk",
] as const;
const RISK_INPUTS = ["record", "config.switchingRisk"] as const;
const RISK_INPUTS_FIT = [...RISK_INPUTS, "countFit"] as const;
const TERMINATION_INPUTS = [
  "record.transactions",
  "record.incidents",
  "record.interactions",
  "config.costDrivers",
  "config.grossMarginRate",
  "config.lookbackDays",
  "config.horizonDays",
  "config.termination",
] as const;
const TERMINATION_INPUTS_BY_FITS = [
  TERMINATION_INPUTS,
  [...TERMINATION_INPUTS, "countFit"],
  [...TERMINATION_INPUTS, "spendFit"],
  [...TERMINATION_INPUTS, "countFit", "spendFit"],
] as const;
const terminationInputs = (p: PreparedAssessment): readonly string[] =>
  TERMINATION_INPUTS_BY_FITS[(p.countFit === undefined ? 0 : 1) + (p.spendFit === undefined ? 0 : 2)]!;
const BONDS_INPUTS = ["record.bonds", "record.loyaltyEvents", "config.bonds", "config.currency"] as const;
const JOB_INPUTS = [
  "lifecycle",
  "termination",
  "switchingRisk",
  "lifetimeValue",
  "profitability",
  "config.jobs",
] as const;
const PROFIT_INPUTS = [
  "record.transactions",
  "record.interactions",
  "record.complaints",
  "record.serviceFailures",
  "record.incidents",
  "config.costDrivers",
  "config.lookbackDays",
] as const;

function assemble(record: CustomerRecord, p: PreparedAssessment, parts: Parts): RelationshipAssessment {
  const { config, asOf } = p;
  const asOfMs = asOf.getTime();
  const lifecycle = computed(LIFECYCLE_INPUTS, parts.stage);
  const switchingRisk = computed(p.countFit === undefined ? RISK_INPUTS : RISK_INPUTS_FIT, parts.risk);
  const bondOptions = {
    asOf,
    weights: config.bonds.weights,
    saturation: config.bonds.saturation,
    kinds: config.bonds.kinds,
  };
  const bonds = computed(BONDS_INPUTS, {
    profile: bondProfile(record, bondOptions),
    switchingCost: switchingCost(record, { asOf, currency: config.currency, kinds: config.bonds.kinds }),
  });
  const marginReason = (count: number, where: string) =>
    `${count} transaction${count === 1 ? "" : "s"} ${where} without a cost and no grossMarginRate in the configuration`;
  const termination: AssessmentPart<TerminationDecision> =
    parts.decision === undefined
      ? missing(TERMINATION_INPUTS, marginReason(parts.costless, "at or before asOf"))
      : computed(terminationInputs(p), parts.decision);
  const profitability =
    parts.profit === undefined
      ? missing<{ from: Date; to: Date; profit: CustomerProfit }>(
          PROFIT_INPUTS,
          marginReason(parts.costlessInWindow, "in the window"),
        )
      : computed(PROFIT_INPUTS, { from: new Date(parts.fromMs), to: asOf, profit: parts.profit });

  // Satisfaction: responses at or before asOf only.
  const chainMapping = config.satisfaction.chain;
  let satisfactionChainPart: RelationshipAssessment["satisfactionChain"];
  if (chainMapping === undefined) {
    satisfactionChainPart = missing(
      ["config.satisfaction.chain"],
      "no satisfaction-chain survey mapping in the configuration",
    );
  } else {
    let last = -1;
    for (let j = 0; j < record.surveyResponses.length; j++) {
      const r = record.surveyResponses[j]!;
      if (r.instrument === chainMapping.instrument && r.timestamp.getTime() <= asOfMs) last = j;
    }
    const inputs = ["record.surveyResponses", "config.satisfaction.chain", "config.satisfaction.chainModel"];
    if (last < 0) {
      satisfactionChainPart = missing(inputs, `no response to survey "${chainMapping.instrument}" at or before asOf`);
    } else {
      const respondedAt = record.surveyResponses[last]!.timestamp;
      const [read] = chainResponsesFromRecords(
        [{ ...record, surveyResponses: [record.surveyResponses[last]!] }],
        chainMapping,
      );
      const result = answersOf(() =>
        satisfactionChain(read!.response, config.satisfaction.chainModel, { missing: config.satisfaction.missing }),
      );
      satisfactionChainPart =
        typeof result === "string"
          ? missing(inputs, `the response of ${respondedAt.toISOString().slice(0, 10)} cannot be scored: ${result}`)
          : computed(inputs, { respondedAt, responseIndex: last, result });
    }
  }
  const survey = config.satisfaction.survey;
  let satisfactionIndices: RelationshipAssessment["satisfactionIndices"];
  if (survey === undefined) {
    satisfactionIndices = missing(
      ["config.satisfaction.survey"],
      "no survey mapping (NPS, CSAT, CES, SERVQUAL, ACSI) in the configuration",
    );
  } else {
    const inputs = ["record.surveyResponses", "config.satisfaction.survey"];
    const instruments = new Set(
      Object.values(survey)
        .map((m) => (m as { instrument: string } | undefined)?.instrument)
        .filter((x) => x !== undefined),
    );
    const responses = record.surveyResponses.filter((r) => r.timestamp.getTime() <= asOfMs);
    if (!responses.some((r) => instruments.has(r.instrument))) {
      satisfactionIndices = missing(
        inputs,
        `no response to survey ${[...instruments].map((s) => `"${s}"`).join(", ")} at or before asOf`,
      );
    } else {
      const figures = answersOf(() =>
        satisfactionFromRecords([{ ...record, surveyResponses: responses }], survey, {
          level: config.satisfaction.level,
        }),
      );
      satisfactionIndices =
        typeof figures === "string"
          ? missing(inputs, `the responses cannot be scored: ${figures}`)
          : figures.responses === 0
            ? missing(inputs, "no mapped answer in the responses")
            : computed(inputs, figures);
    }
  }

  // The CRM job.
  const decision = parts.decision?.decision ?? null;
  const route = routeCrmJob(parts.stage.stage, decision);
  const facts: CrmJobFacts = collectJobFacts(record, asOfMs, route.job, parts.stage.stage, {
    risk: parts.risk,
    decision: parts.decision,
    pAlive: parts.pAlive.status === "computed" ? parts.pAlive.value.value : null,
    clv: parts.clv.status === "computed" ? parts.clv.value.value : null,
    profit: parts.profit?.profit ?? null,
    recentRevenue: parts.profit?.revenue ?? null,
    fromMs: parts.fromMs,
    overall:
      satisfactionChainPart.status === "computed"
        ? satisfactionChainPart.value.result.constructs.overallSatisfaction.value
        : null,
    highestBondLevel: bonds.status === "computed" ? bonds.value.profile.highestLevel : null,
  });
  const result = p.jobRules.evaluate(facts as never);
  const nextActions: NextAction[] = result.findings.map((f) => ({
    ruleId: f.ruleId,
    action: typeof f.evidence.action === "string" ? f.evidence.action : f.ruleId,
    severity: f.severity,
    message: f.message,
    evidence: f.evidence,
  }));
  const job = computed(JOB_INPUTS, { job: route.job, reason: route.reason, rank: route.rank, nextActions });

  const assessment = {
    customerId: record.customerId,
    asOf,
    currency: config.currency,
    lifecycle,
    bonds,
    satisfactionChain: satisfactionChainPart,
    satisfactionIndices,
    probabilityAlive: parts.pAlive,
    expectedPurchases: parts.expected,
    lifetimeValue: parts.clv,
    profitability,
    switchingRisk,
    termination,
    job,
  };
  const missingParts: string[] = [];
  for (const name of PART_NAMES) if (assessment[name].status === "missing") missingParts.push(name);
  return { ...assessment, missing: missingParts };
}

/** The model figures of every record: one summary, one vectorised call per figure (per record on a failure). */
function modelFigures(
  fn: string,
  records: readonly CustomerRecord[],
  p: PreparedAssessment,
): ModelFigures & { summary: ReturnType<typeof summarizeTransactions> | undefined } {
  const n = records.length;
  const { config, countFit, spendFit } = p;
  const rows: (CustomerSummary | undefined)[] = new Array(n);
  const fill = <T>(part: AssessmentPart<T>): AssessmentPart<T>[] => new Array<AssessmentPart<T>>(n).fill(part);
  if (countFit === undefined) {
    return {
      rows,
      summary: undefined,
      pAlive: fill(missing(["countFit"], "no fitted count model in the context")),
      expected: fill(missing(["countFit", "config.forecast"], "no fitted count model in the context")),
      clv: fill(missing(["countFit", "spendFit"], "no fitted count model in the context")),
    };
  }
  const all: Transaction[] = [];
  for (const r of records) for (const t of r.transactions) all.push(t);
  const asOf = p.asOf;
  const summary = summarize(all, countFit.unit, asOf);
  const rowOf = new Map<string, number>();
  if (summary !== undefined) for (let k = 0; k < summary.rows.length; k++) rowOf.set(summary.rows[k]!.customerId, k);
  const at: (number | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    at[i] = rowOf.get(records[i]!.customerId);
    rows[i] = at[i] === undefined ? undefined : summary!.rows[at[i]!];
  }
  const noPurchase = "no purchase at or before asOf: the model's history (x, t_x, T) starts at the first purchase";
  const unit = countFit.unit;
  const history = (row: CustomerSummary) => ({
    unit,
    frequency: row.frequency,
    recency: row.recency,
    T: row.T,
    monetaryValue: row.monetaryValue,
  });
  const pInputs = ["record.transactions", "countFit"];
  const alive = summary === undefined ? undefined : vectorised(fn, () => probabilityAlive(countFit, summary));
  const pAlive = rows.map((row, i): AssessmentPart<ProbabilityAlivePart> => {
    if (row === undefined) return missing(pInputs, noPurchase);
    const value = alive?.[at[i]!] ?? perCustomer(() => probabilityAlive(countFit, row));
    return typeof value === "string"
      ? missing(pInputs, value)
      : computed(pInputs, { model: countFit.model, value, history: history(row) });
  });
  const eInputs = ["record.transactions", "countFit", "config.forecast"];
  const horizon = p.horizonInFitUnits;
  let expected: AssessmentPart<ExpectedPurchasesPart>[];
  if (horizon === undefined) {
    expected = fill(missing(eInputs, "no forecast horizon in the configuration (forecast.horizon)"));
  } else {
    const e =
      summary === undefined
        ? undefined
        : vectorised(fn, () => conditionalExpectedPurchases(countFit, horizon, summary));
    expected = rows.map((row, i) => {
      if (row === undefined) return missing(eInputs, noPurchase);
      const value = e?.[at[i]!] ?? perCustomer(() => conditionalExpectedPurchases(countFit, horizon, row));
      return typeof value === "string"
        ? missing(eInputs, value)
        : computed(eInputs, { model: countFit.model, value, horizon, unit });
    });
  }
  const cInputs = [
    "record.transactions",
    "countFit",
    "spendFit",
    "config.forecast",
    "config.discountRate",
    "config.grossMarginRate",
  ];
  const lacking = [
    spendFit === undefined ? "a fitted spend model (spendFit)" : "",
    config.forecast === undefined ? "a forecast horizon (forecast.horizon)" : "",
    config.discountRate === undefined ? "a discount rate (discountRate)" : "",
    config.grossMarginRate === undefined ? "a margin (grossMarginRate)" : "",
  ].filter((s) => s !== "");
  let clv: AssessmentPart<LifetimeValuePart>[];
  if (lacking.length > 0) {
    clv = fill(missing(cInputs, `no ${lacking.join(", ")} in the context`));
  } else {
    const options = {
      countFit,
      spendFit: spendFit!,
      horizon: config.forecast!.horizon,
      period: config.forecast!.period,
      discountRate: config.discountRate!,
      margin: config.grossMarginRate!,
    };
    const v =
      summary === undefined
        ? undefined
        : vectorised(fn, () => customerLifetimeValue({ ...options, customers: summary }));
    const part = {
      currency: config.currency,
      horizon: options.horizon,
      period: options.period,
      discountRate: options.discountRate,
      margin: options.margin,
      models: [countFit.model, spendFit!.model] as const,
    };
    clv = rows.map((row, i) => {
      if (row === undefined) return missing(cInputs, noPurchase);
      const value = v?.[at[i]!] ?? perCustomer(() => customerLifetimeValue({ ...options, customers: history(row) }));
      return typeof value === "string" ? missing(cInputs, value) : computed(cInputs, { value, ...part });
    });
  }
  return { rows, summary, pAlive, expected, clv };
}

/**
 * Scores survey answers; an answer the mapping rejects (off the scale, missing under "reject") makes the
 * part missing with the first issue as the reason, not the whole assessment fail.
 */
function answersOf<T>(run: () => T): T | string {
  try {
    return run();
  } catch (error) {
    if (!isClienteleError(error)) throw error;
    const first = error.issues[0];
    const more = error.issueCount > 1 ? ` (and ${error.issueCount - 1} more)` : "";
    return first === undefined ? error.message : `${first.message} at ${first.path.join(".")}${more}`;
  }
}

/** Whether some record bought at or before `asOfMs`. */
function anyPurchase(records: readonly CustomerRecord[], asOfMs: number): boolean {
  for (const r of records) for (const t of r.transactions) if (t.timestamp.getTime() <= asOfMs) return true;
  return false;
}

/** The records' summary at `asOf` in the fit's unit, or `undefined` when none bought at or before it. */
function summarize(all: readonly Transaction[], unit: CountModel["unit"], asOf: Date): TransactionSummary | undefined {
  let any = false;
  const asOfMs = asOf.getTime();
  for (const t of all) if (t.timestamp.getTime() <= asOfMs) any = true;
  if (!any) return undefined;
  try {
    return summarizeTransactions(all, { unit, observationEnd: asOf });
  } catch (error) {
    // A purchase later on asOf's calendar day only: no row at or before asOf either.
    if (isClienteleError(error) && error.code !== "invalid_input") return undefined;
    throw error;
  }
}

/** A vectorised prediction, or `undefined` when some customer fails (each is then computed alone). */
function vectorised(_fn: string, run: () => Float64Array): Float64Array | undefined {
  try {
    return run();
  } catch (error) {
    if (isClienteleError(error) && error.code !== "invalid_input") return undefined;
    throw error;
  }
}

/** One customer's prediction, or the reason it failed. */
function perCustomer(run: () => number): number | string {
  try {
    return run();
  } catch (error) {
    if (isClienteleError(error) && error.code !== "invalid_input")
      return `the model cannot be evaluated for this customer: ${error.message}`;
    throw error;
  }
}

/** Runs one record's step; issues at `record…`/`options…` are re-rooted at `records[i]…`/`context…`. */
function atRecord<T>(fn: string, i: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isClienteleError(error, "invalid_input")) throw error;
    const issues: ClienteleIssue[] = error.issues.map((issue) => ({ ...issue, path: reroot(issue.path, i) }));
    throw new ClienteleInputError(`${fn}: invalid input`, { issues, issueCount: error.issueCount, cause: error });
  }
}

function reroot(path: readonly (string | number)[], i: number): Path {
  const head = path[0];
  if (head === "record") return ["records", i, ...path.slice(1)];
  if (head === "records") return [...path];
  if (head === "options") return ["context", ...path.slice(1)];
  return ["records", i, ...path];
}

/** Runs a batch call on a subset and re-roots `records[k]` issues at the original indices. */
function remapRecords<T>(fn: string, idx: readonly number[], run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isClienteleError(error, "invalid_input")) throw error;
    const issues: ClienteleIssue[] = error.issues.map((issue) => {
      const p = issue.path;
      if (p[0] === "records" && typeof p[1] === "number")
        return { ...issue, path: ["records", idx[p[1]] ?? p[1], ...p.slice(2)] };
      if (p[0] === "options") return { ...issue, path: ["context", ...p.slice(1)] };
      return issue;
    });
    throw new ClienteleInputError(`${fn}: invalid input`, { issues, issueCount: error.issueCount, cause: error });
  }
}
