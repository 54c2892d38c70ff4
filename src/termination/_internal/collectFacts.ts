import { DAY_MS } from "../../_lib/civilCalendar.ts";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { asOfBeforeStartIssue, readAsOfMs, readRecordEvents } from "../../_lib/readRecordEvents.ts";
import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import type { TerminationFactsOptions } from "../collectTerminationFacts.ts";
import type { ServiceCostRatesResolved } from "../ServiceCostRates.ts";
import type { CorrectionAttempt, TerminationEconomics, TerminationFacts } from "../TerminationFacts.ts";
import { measureWindow } from "./measureWindow.ts";
import { type ProjectionInput, projectPurchases } from "./projectPurchases.ts";

/**
 * The work of `collectTerminationFacts` (and `decideTermination`), naming `fn` in errors.
 *
 * @internal
 */
export function collectFacts(fn: string, record: CustomerRecord, options: TerminationFactsOptions): TerminationFacts {
  if (!isPlainObject(options as unknown)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        { code: "invalid_type", path: ["options"], message: `expected options, received ${describeReceived(options)}` },
      ],
    });
  }
  const asOfMs = readAsOfMs(fn, options.asOf);
  const read = readRecordEvents(fn, record);
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
          path: ["record", "transactions", i, "cost"],
          message: "expected a cost, or options.grossMarginRate for transactions without one, received undefined",
        });
      }
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  const asOf = new Date(asOfMs);
  const economics = economicsOf(fn, record, asOfMs, o, options);
  const corrections = correctionsOf(record, asOfMs, o.correctionKind, o.corrections);
  return {
    record,
    asOf,
    economics,
    corrections,
    serviceCosts: o.serviceCosts,
    grossMarginRate: o.grossMarginRate,
    influence: o.influence,
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
function readOptions(fn: string, options: TerminationFactsOptions): ReadOptions {
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
          ms = readAsOfMs(fn, c.timestamp, ["options", "corrections", i, "timestamp"]);
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
  options: TerminationFactsOptions,
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
    fn,
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
