import { DAY_MS } from "../_lib/civilCalendar.ts";
import { describeReceived } from "../_lib/describeReceived.ts";
import { isPlainObject } from "../_lib/isPlainObject.ts";
import { readAsOfMs, readRecordEvents } from "../_lib/readRecordEvents.ts";
import { expectedAverageSpend } from "../clv/gammaGamma/expectedAverageSpend.ts";
import { conditionalExpectedPurchases } from "../clv/predictions/conditionalExpectedPurchases.ts";
import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import type { Transaction } from "../customers/TransactionSchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { summarizeTransactions } from "../rfm/summarizeTransactions.ts";
import type { TransactionSummary } from "../rfm/TransactionSummary.ts";
import type { RuleRecord } from "../rules/ruleSet.ts";
import { elapsed } from "../time/elapsed.ts";
import type { CostDriversInput } from "../value/CostDriversSchema.ts";
import { createCostToServe } from "../value/createCostToServe.ts";
import { collectFacts } from "./_internal/collectFacts.ts";
import { decideOnFacts, resolveRules } from "./_internal/decideOnFacts.ts";
import type { Projection } from "./_internal/projectPurchases.ts";
import type { CoreTerminationRules } from "./coreTerminationRules.ts";
import type { DecideTerminationOptions, TerminationDecision } from "./decideTermination.ts";

const FN = "decideTerminations";

/**
 * Options of {@link decideTerminations}: those of {@link decideTermination}, except that `summary` is
 * the whole customer-base summary (or absent: the records are then summarised once).
 *
 * @typeParam Rules - The rules of the set used (default: {@link coreTerminationRules}).
 * @example
 * ```ts
 * import type { DecideTerminationsOptions } from "clientele/termination";
 * const options: DecideTerminationsOptions = { asOf: "2024-06-30", costDrivers: { perIncidentStaffHour: 40 }, grossMarginRate: 0.3 };
 * ```
 * @category Termination
 */
export interface DecideTerminationsOptions<Rules extends RuleRecord = CoreTerminationRules>
  extends Omit<DecideTerminationOptions<Rules>, "summary"> {
  /**
   * The customers' summary at `asOf` in the fit's unit (`summarizeTransactions` with `unit: fit.unit`
   * and `observationEnd: asOf`; its `metadata.unit` must be the fit's). Without it, the records'
   * transactions are summarised here, once.
   */
  readonly summary?: TransactionSummary | undefined;
}

/**
 * {@link decideTermination} for many customers at once: the same decisions, in the order of `records`,
 * with the work shared — the rule set is prepared once, and with a fitted model the customers are
 * summarised once and their expected purchases (and Gamma-Gamma spends) computed in one vectorised
 * call of `conditionalExpectedPurchases` (`expectedAverageSpend`), which evaluates the BG/NBD
 * hypergeometric term once per distinct (x, T).
 *
 * @remarks
 * A customer without a row in the summary (no purchase at or before `asOf`) expects 0 purchases and, with
 * `spendFit`, uses the observed spend (none). Errors name the record: `records[12].incidents[0].staffHours`.
 * Issue 12's target — 100,000 records of about 20 events in ≤ 1 s on one core — is measured by
 * bench/termination.bench.ts.
 *
 * @param records - Validated customer records (`groupByCustomer`).
 * @param options - As for {@link decideTermination}; `summary` is a whole `TransactionSummary`.
 * @returns One decision per record, in order.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link decideTermination}, with `records[i]` paths.
 * @throws {@link ClienteleDomainError} `unknown_rule`, `invalid_rule` as {@link decideTermination}.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { decideTerminations } from "clientele/termination";
 * const records = groupByCustomer({
 *   transactions: [
 *     { customerId: "a", timestamp: "2024-01-10", amount: 100, cost: 60 },
 *     { customerId: "b", timestamp: "2024-01-12", amount: 100, cost: 60 },
 *   ],
 *   incidents: [{ customerId: "b", timestamp: "2024-03-01", kind: "core-value-violation", staffHours: 1 }],
 * });
 * decideTerminations(records, { asOf: "2024-06-30" }).map((d) => `${d.customerId}: ${d.decision}`);
 * // => ["a: keep", "b: terminate"]
 * ```
 * @category Termination
 */
export function decideTerminations<Rules extends RuleRecord = CoreTerminationRules>(
  records: readonly CustomerRecord[],
  options: DecideTerminationsOptions<Rules>,
): TerminationDecision<keyof Rules & string>[] {
  if (!Array.isArray(records)) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["records"],
          message: `expected array of records, received ${describeReceived(records)}`,
        },
      ],
    });
  }
  if (!isPlainObject(options as unknown)) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        { code: "invalid_type", path: ["options"], message: `expected options, received ${describeReceived(options)}` },
      ],
    });
  }
  const prepared = resolveRules(FN, options);
  const projections = projectAll(records, options as unknown as DecideTerminationsOptions<RuleRecord>);
  const perRecord = { ...options, summary: undefined, fit: undefined, spendFit: undefined };
  // One validation of the cost-driver table for the whole base.
  const drivers = (options as { costDrivers?: unknown }).costDrivers;
  const costOf = isPlainObject(drivers) ? createCostToServe(drivers as CostDriversInput) : null;
  const out: TerminationDecision<keyof Rules & string>[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const facts = collectFacts(FN, records[i]!, perRecord, ["records", i], projections?.[i], costOf);
    out[i] = decideOnFacts(FN, facts, prepared);
  }
  return out;
}

/** Every record's model projection, from one summary and one vectorised call per model; undefined without a model. */
function projectAll(
  records: readonly CustomerRecord[],
  options: DecideTerminationsOptions<RuleRecord>,
): Projection[] | undefined {
  const { fit, spendFit } = options;
  if (fit === undefined && spendFit === undefined) return undefined;
  const asOfMs = readAsOfMs(FN, options.asOf);
  let summary = options.summary;
  if (summary === undefined) {
    // Check the records first, so a bad transaction is reported at records[i], not in the merged log.
    const all: Transaction[] = [];
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      readRecordEvents(FN, r, ["records", i]);
      for (const t of r.transactions) all.push(t);
    }
    const unit = fit === undefined ? "day" : fit.unit;
    summary = summarizeTransactions(all, { unit, observationEnd: new Date(asOfMs) });
  }
  const rowOf = new Map<string, number>();
  const rows = summary.rows;
  for (let k = 0; k < rows.length; k++) rowOf.set(rows[k]!.customerId, k);
  let expected: Float64Array | undefined;
  if (fit !== undefined) {
    const horizonDays = options.horizonDays ?? 365;
    const horizon =
      typeof horizonDays === "number" && Number.isInteger(horizonDays) && horizonDays >= 1
        ? elapsed(new Date(asOfMs), new Date(asOfMs + horizonDays * DAY_MS), { unit: fit.unit })
        : 0; // collectFacts reports the bad horizon with its path
    expected = conditionalExpectedPurchases(fit, horizon, summary);
  }
  const spend = spendFit === undefined ? undefined : expectedAverageSpend(spendFit, summary);
  const out: Projection[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const k = rowOf.get((records[i] as { customerId?: string } | undefined)?.customerId ?? "");
    out[i] = {
      expectedPurchases: expected === undefined ? undefined : k === undefined ? 0 : expected[k],
      spendPerPurchase: spend === undefined || k === undefined ? undefined : spend[k],
    };
  }
  return out;
}
