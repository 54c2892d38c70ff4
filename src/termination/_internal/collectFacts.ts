import { DAY_MS } from "../../_lib/civilCalendar.ts";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { asOfBeforeStartIssue, readAsOfMs, readRecordEvents } from "../../_lib/readRecordEvents.ts";
import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import type { CostDriversInput } from "../../value/CostDriversSchema.ts";
import { type CostToServeCalculator, createCostToServe } from "../../value/createCostToServe.ts";
import type { TerminationFactsOptions } from "../collectTerminationFacts.ts";
import type { CorrectionAttempt, TerminationEconomics, TerminationFacts } from "../TerminationFacts.ts";
import { measureWindow } from "./measureWindow.ts";
import { type Projection, type ProjectionInput, projectPurchases } from "./projectPurchases.ts";

/**
 * The work of `collectTerminationFacts`, `decideTermination` and `decideTerminations`, naming `fn` in
 * errors and the record at `base`; `projection`, when given, replaces the per-record model projection
 * (the batch computes it for every customer at once).
 *
 * @internal
 */
export function collectFacts(
  fn: string,
  record: CustomerRecord,
  options: TerminationFactsOptions,
  base: readonly (string | number)[] = ["record"],
  projection?: Projection | undefined,
  prepared?: CostToServeCalculator | null,
): TerminationFacts {
  if (!isPlainObject(options as unknown)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        { code: "invalid_type", path: ["options"], message: `expected options, received ${describeReceived(options)}` },
      ],
    });
  }
  const asOfMs = readAsOfMs(fn, options.asOf);
  const read = readRecordEvents(fn, record, base);
  const o = readOptions(fn, options);
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
          path: [...base, "transactions", i, "cost"],
          message: "expected a cost, or options.grossMarginRate for transactions without one, received undefined",
        });
      }
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  // The cost-driver table is validated once per call (once per base in decideTerminations), not per window.
  const costToServeOf = o.costDrivers === null ? null : (prepared ?? createCostToServe(o.costDrivers));
  const asOf = new Date(asOfMs);
  const economics = economicsOf(fn, record, asOfMs, o, costToServeOf, options, projection);
  const corrections = correctionsOf(record, asOfMs, o.correctionKind, o.corrections);
  return {
    record,
    asOf,
    economics,
    corrections,
    costDrivers: o.costDrivers,
    grossMarginRate: o.grossMarginRate,
    influence: o.influence,
  };
}

interface ReadOptions {
  readonly issues: ClienteleIssue[];
  readonly lookbackDays: number;
  readonly horizonDays: number;
  readonly costDrivers: CostDriversInput | null;
  readonly grossMarginRate: number | null;
  readonly influence: number | null;
  readonly correctionKind: string;
  readonly corrections: readonly CorrectionAttempt[];
}

/** Checks the options cheaply (no zod: this runs once per customer) and fills the defaults. */
function readOptions(fn: string, options: TerminationFactsOptions): ReadOptions {
  // Module-level helpers, no closures: this runs once per customer.
  const issues: ClienteleIssue[] = [];
  const lookbackDays = readDays(issues, options.lookbackDays, "lookbackDays");
  const horizonDays = readDays(issues, options.horizonDays, "horizonDays");
  const grossMarginRate = readShare(issues, options.grossMarginRate, "grossMarginRate");
  const influence = readShare(issues, options.influence, "influence");
  const drivers = options.costDrivers;
  if (drivers !== undefined && !isPlainObject(drivers))
    bad(issues, ["options", "costDrivers"], "cost-driver table", drivers);
  const kind = options.correctionKind ?? "correction-offered";
  if (typeof kind !== "string" || kind === "") bad(issues, ["options", "correctionKind"], "non-empty string", kind);
  const corrections: CorrectionAttempt[] = [];
  const list = options.corrections;
  if (list !== undefined) {
    if (!Array.isArray(list)) bad(issues, ["options", "corrections"], "array", list);
    else {
      for (let i = 0; i < list.length; i++) {
        const c: unknown = list[i];
        if (!isPlainObject(c)) {
          bad(issues, ["options", "corrections", i], "correction { timestamp, lever }", c);
          continue;
        }
        let ms = Number.NaN;
        try {
          ms = readAsOfMs(fn, c.timestamp, ["options", "corrections", i, "timestamp"]);
        } catch {
          bad(issues, ["options", "corrections", i, "timestamp"], "date or ISO-8601 string", c.timestamp);
        }
        if (typeof c.lever !== "string" || c.lever === "") {
          bad(issues, ["options", "corrections", i, "lever"], "non-empty string", c.lever);
        } else if (!Number.isNaN(ms)) {
          corrections.push({ timestamp: new Date(ms), lever: c.lever, source: "options" });
        }
      }
    }
  }
  for (const key of ["fit", "spendFit", "summary"] as const) {
    const v = options[key];
    if (v !== undefined && !isPlainObject(v)) {
      bad(issues, ["options", key], key === "summary" ? "summary row" : "fitted model", v);
    }
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
    costDrivers: drivers ?? null,
    grossMarginRate,
    influence,
    correctionKind: kind,
    corrections,
  };
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
  fn: string,
  record: CustomerRecord,
  asOfMs: number,
  o: ReadOptions,
  costToServeOf: CostToServeCalculator | null,
  options: TerminationFactsOptions,
  given: Projection | undefined,
): TerminationEconomics {
  const fromMs = asOfMs - o.lookbackDays * DAY_MS;
  const w = measureWindow(record, fromMs, asOfMs, costToServeOf, o.grossMarginRate);
  const scale = o.horizonDays / o.lookbackDays;
  // Without purchases in the window, the ratio and spend come from the whole history up to asOf.
  const ever =
    w.purchases > 0 ? w : measureWindow(record, Number.NEGATIVE_INFINITY, asOfMs, costToServeOf, o.grossMarginRate);
  const marginRatio = ever.revenue > 0 ? ever.grossMargin / ever.revenue : (o.grossMarginRate ?? 0);
  const observedSpend = ever.purchases > 0 ? ever.revenue / ever.purchases : 0;
  const input: ProjectionInput = {
    fn,
    record,
    asOfMs,
    horizonDays: o.horizonDays,
    fit: options.fit,
    spendFit: options.spendFit,
    summary: options.summary,
  };
  const projection = given ?? projectPurchases(input);
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

function bad(issues: ClienteleIssue[], path: (string | number)[], expected: string, value: unknown): void {
  issues.push({ code: "invalid_type", path, message: `expected ${expected}, received ${describeReceived(value)}` });
}

/** A whole number of days ≥ 1 (default 365). */
function readDays(issues: ClienteleIssue[], v: unknown, key: string): number {
  if (v === undefined) return 365;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) bad(issues, ["options", key], "integer ≥ 1", v);
  return v as number;
}

/** A share in [0, 1], or null when absent. */
function readShare(issues: ClienteleIssue[], v: unknown, key: string): number | null {
  if (v === undefined) return null;
  if (typeof v !== "number" || !(v >= 0 && v <= 1)) bad(issues, ["options", key], "number in [0, 1]", v);
  return v as number;
}
