import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import type { LifecycleStageName } from "../../lifecycle/lifecycleStage.ts";
import { lifecycleStagePrecedence } from "../../lifecycle/lifecycleStage.ts";
import type { CrmJob } from "../CrmJobFacts.ts";
import type { PortfolioCell, PortfolioEntry, PortfolioSegmentRow, PortfolioSummary } from "../PortfolioSummary.ts";
import type { RelationshipAssessment } from "../RelationshipAssessment.ts";
import { crmJobPrecedence } from "../routeCrmJob.ts";

type Cell = { -readonly [K in keyof PortfolioCell]: PortfolioCell[K] };
type Decision = "keep" | "correct" | "terminate" | "missing";

/** The jobs in precedence order, each once. @internal */
export const JOBS: readonly CrmJob[] = [...new Set(crmJobPrecedence.map((p) => p.job))];
const DECISIONS: readonly Decision[] = ["keep", "correct", "terminate", "missing"];
const RISK_OF_LEVEL = { low: 0, medium: 0.5, high: 1 } as const;

const emptyCell = (): Cell => ({
  customers: 0,
  lifetimeValue: 0,
  valued: 0,
  profit: 0,
  profitable: 0,
  revenue: 0,
  valueAtRisk: 0,
});
const cells = <K extends string>(keys: readonly K[]): Record<K, Cell> =>
  Object.fromEntries(keys.map((k) => [k, emptyCell()])) as Record<K, Cell>;
const counts = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

interface SegmentState extends Cell {
  segment: string | null;
  byStage: Record<LifecycleStageName, number>;
  byJob: Record<CrmJob, number>;
}

/** What one customer adds. */
interface Contribution {
  readonly lifetimeValue: number | null;
  readonly profit: number | null;
  readonly revenue: number;
  readonly valueAtRisk: number;
}

function addTo(cell: Cell, c: Contribution | PortfolioCell, n = 1): void {
  if ("customers" in c) {
    cell.customers += c.customers;
    cell.lifetimeValue += c.lifetimeValue;
    cell.valued += c.valued;
    cell.profit += c.profit;
    cell.profitable += c.profitable;
    cell.revenue += c.revenue;
    cell.valueAtRisk += c.valueAtRisk;
    return;
  }
  cell.customers += n;
  if (c.lifetimeValue !== null) {
    cell.lifetimeValue += c.lifetimeValue;
    cell.valued++;
  }
  if (c.profit !== null) {
    cell.profit += c.profit;
    cell.profitable++;
  }
  cell.revenue += c.revenue;
  cell.valueAtRisk += c.valueAtRisk;
}

/** Orders entries: most value at risk first, ties by customer id. */
const byRisk = (a: PortfolioEntry, b: PortfolioEntry): number =>
  b.valueAtRisk - a.valueAtRisk || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0);

/**
 * The mutable state of a portfolio accumulator: sums by stage, decision, job and segment, and a bounded
 * top-K list. Memory: O(segments + topK).
 *
 * @internal
 */
export class PortfolioState {
  readonly asOf: Date;
  readonly currency: string | undefined;
  readonly topK: number;
  readonly fromMs: number;
  customers = 0;
  readonly total: Cell = emptyCell();
  readonly byStage: Record<LifecycleStageName, Cell> = cells(lifecycleStagePrecedence);
  readonly byDecision: Record<Decision, Cell> = cells(DECISIONS);
  readonly byJob: Record<CrmJob, Cell> = cells(JOBS);
  readonly missingParts: Record<string, number> = {};
  readonly segments = new Map<string | null, SegmentState>();
  private top: PortfolioEntry[] = [];
  /** The last entry kept at the latest trim: an entry ranked after it can never enter the list. */
  private floor: PortfolioEntry | undefined;

  constructor(asOf: Date, currency: string | undefined, topK: number, lookbackDays: number) {
    this.asOf = asOf;
    this.fromMs = asOf.getTime() - lookbackDays * 86_400_000;
    this.currency = currency;
    this.topK = topK;
  }

  /** Adds one customer's assessment. */
  add(record: CustomerRecord, a: RelationshipAssessment): void {
    const stage = a.lifecycle.status === "computed" ? a.lifecycle.value.stage : "active";
    const decision: Decision = a.termination.status === "computed" ? a.termination.value.decision : "missing";
    const job = a.job.status === "computed" ? a.job.value : undefined;
    const lifetimeValue = a.lifetimeValue.status === "computed" ? a.lifetimeValue.value.value : null;
    const profit = a.profitability.status === "computed" ? a.profitability.value.profit.profit : null;
    const revenue =
      a.profitability.status === "computed"
        ? a.profitability.value.profit.revenue
        : windowRevenue(record, this.fromMs, this.asOf.getTime());
    const pAlive = a.probabilityAlive.status === "computed" ? a.probabilityAlive.value.value : null;
    const level = a.switchingRisk.status === "computed" ? a.switchingRisk.value.level : "low";
    const value = lifetimeValue ?? revenue;
    const risk = pAlive === null ? RISK_OF_LEVEL[level] : Math.min(1, Math.max(0, 1 - pAlive));
    const valueAtRisk = Math.max(0, value) * risk;
    const c: Contribution = { lifetimeValue, profit, revenue, valueAtRisk };
    const jobName: CrmJob = job?.job ?? "retention";
    this.customers++;
    addTo(this.total, c);
    addTo(this.byStage[stage], c);
    addTo(this.byDecision[decision], c);
    addTo(this.byJob[jobName], c);
    for (const name of a.missing) this.missingParts[name] = (this.missingParts[name] ?? 0) + 1;
    const segment = record.customer?.segment ?? null;
    const row = this.segmentRow(segment);
    addTo(row, c);
    row.byStage[stage]++;
    row.byJob[jobName]++;
    if (this.topK > 0 && (this.floor === undefined || valueAtRisk >= this.floor.valueAtRisk)) {
      this.offer({
        customerId: a.customerId,
        segment,
        stage,
        job: jobName,
        decision: decision === "missing" ? null : decision,
        value,
        valueSource: lifetimeValue === null ? "revenue over the lookback" : "lifetime value",
        risk,
        riskSource: pAlive === null ? "switching-risk level" : "probability alive",
        valueAtRisk,
        firstAction: job?.nextActions[0] ?? null,
      });
    }
  }

  /** An empty state with the same date, currency, list size and window. */
  empty(): PortfolioState {
    return new PortfolioState(this.asOf, this.currency, this.topK, (this.asOf.getTime() - this.fromMs) / 86_400_000);
  }

  /** Folds in another state (a chunk's scratch state). */
  mergeState(other: PortfolioState): void {
    this.mergeSummary(other.finish());
  }

  /** Folds in a finished summary (another accumulator's, or a worker's). */
  mergeSummary(s: PortfolioSummary): void {
    this.customers += s.customers;
    addTo(this.total, s.total);
    for (const k of lifecycleStagePrecedence) addTo(this.byStage[k], s.byStage[k]);
    for (const k of DECISIONS) addTo(this.byDecision[k], s.byDecision[k]);
    for (const k of JOBS) addTo(this.byJob[k], s.byJob[k]);
    for (const [k, v] of Object.entries(s.missingParts)) this.missingParts[k] = (this.missingParts[k] ?? 0) + v;
    for (const r of s.segments) {
      const row = this.segmentRow(r.segment);
      addTo(row, r);
      for (const k of lifecycleStagePrecedence) row.byStage[k] += r.byStage[k];
      for (const k of JOBS) row.byJob[k] += r.byJob[k];
    }
    for (const e of s.actFirst) this.offer(e);
  }

  /** The summary so far (fresh objects; the state is unchanged). */
  finish(): PortfolioSummary {
    const copy = (c: Cell): PortfolioCell => ({ ...c });
    const map = <K extends string>(r: Record<K, Cell>): Record<K, PortfolioCell> =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, copy(v as Cell)])) as Record<K, PortfolioCell>;
    const segments: PortfolioSegmentRow[] = [...this.segments.values()]
      .sort((a, b) =>
        a.segment === b.segment ? 0 : a.segment === null ? 1 : b.segment === null ? -1 : a.segment < b.segment ? -1 : 1,
      )
      .map((r) => ({ ...r, byStage: { ...r.byStage }, byJob: { ...r.byJob } }));
    const missingParts = Object.fromEntries(Object.entries(this.missingParts).sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
      asOf: this.asOf,
      currency: this.currency,
      customers: this.customers,
      total: copy(this.total),
      byStage: map(this.byStage),
      byDecision: map(this.byDecision),
      byJob: map(this.byJob),
      missingParts,
      actFirst: this.topList(),
      topK: this.topK,
      segments,
    };
  }

  private segmentRow(segment: string | null): SegmentState {
    let row = this.segments.get(segment);
    if (row === undefined) {
      row = { segment, ...emptyCell(), byStage: counts(lifecycleStagePrecedence), byJob: counts(JOBS) };
      this.segments.set(segment, row);
    }
    return row;
  }

  /** Keeps at most 2·topK candidates, trimmed to topK by the total order (so merges are exact). */
  private offer(e: PortfolioEntry): void {
    if (this.floor !== undefined && byRisk(e, this.floor) > 0) return;
    this.top.push(e);
    if (this.top.length >= 2 * this.topK + 16) {
      this.top = this.topList();
      this.floor = this.top.length === this.topK ? this.top[this.topK - 1] : undefined;
    }
  }

  private topList(): PortfolioEntry[] {
    return [...this.top].sort(byRisk).slice(0, this.topK);
  }
}

/** Revenue over (fromMs, asOfMs] (profitability's window) when the profitability part is missing. */
function windowRevenue(record: CustomerRecord, fromMs: number, asOfMs: number): number {
  let sum = 0;
  for (const t of record.transactions) {
    const ms = t.timestamp.getTime();
    if (ms > fromMs && ms <= asOfMs) sum += t.amount;
  }
  return sum;
}
