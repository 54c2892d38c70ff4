import { DAY_MS } from "../../_lib/civilCalendar.ts";
import type { BondLevel } from "../../customers/BondLevelSchema.ts";
import type { Complaint } from "../../customers/ComplaintSchema.ts";
import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import type { LifecycleStageName } from "../../lifecycle/lifecycleStage.ts";
import type { SwitchingRiskAssessment } from "../../retention/createSwitchingRiskAssessor.ts";
import type { TerminationDecision } from "../../termination/decideTermination.ts";
import type { CrmComplaint, CrmJob, CrmJobFacts } from "../CrmJobFacts.ts";

/** The other parts' figures the facts carry. @internal */
export interface JobFactInputs {
  readonly risk: SwitchingRiskAssessment | undefined;
  readonly decision: TerminationDecision | undefined;
  readonly pAlive: number | null;
  readonly clv: number | null;
  readonly profit: number | null;
  readonly recentRevenue: number | null;
  readonly fromMs: number;
  readonly overall: number | null;
  readonly highestBondLevel: BondLevel | null;
}

/**
 * Builds the plain-data facts of the CRM job rules for one record at `asOfMs` (events after it are not read).
 *
 * @internal
 */
export function collectJobFacts(
  record: CustomerRecord,
  asOfMs: number,
  job: CrmJob,
  stage: LifecycleStageName,
  inputs: JobFactInputs,
): CrmJobFacts {
  let purchases = 0;
  let revenue = 0;
  let recentRevenue = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of record.transactions) {
    const ms = t.timestamp.getTime();
    if (ms > asOfMs) continue;
    purchases++;
    revenue += t.amount;
    if (ms > inputs.fromMs) recentRevenue += t.amount;
    if (ms < first) first = ms;
    if (ms > last) last = ms;
  }
  const lastContactByKind: Record<string, Date> = {};
  let inbound = 0;
  let outbound = 0;
  for (const e of record.interactions) {
    const ms = e.timestamp.getTime();
    if (ms > asOfMs) continue;
    const seen = lastContactByKind[e.kind];
    if (seen === undefined || seen.getTime() <= ms) lastContactByKind[e.kind] = e.timestamp;
    if (purchases > 0 && ms > last) {
      if (e.direction === "inbound") inbound++;
      else outbound++;
    }
  }
  const openComplaints: CrmComplaint[] = [];
  let lastComplaint: CrmComplaint | null = null;
  for (const c of record.complaints) {
    const opened = c.openedAt.getTime();
    if (opened > asOfMs) continue;
    const item = complaintOf(c, asOfMs);
    if (item.resolvedAt === null) openComplaints.push(item);
    if (lastComplaint === null || lastComplaint.openedAt.getTime() <= opened) lastComplaint = item;
  }
  let serviceFailures = 0;
  let lastFailure: Date | null = null;
  for (const f of record.serviceFailures) {
    if (f.timestamp.getTime() > asOfMs) continue;
    serviceFailures++;
    if (lastFailure === null || lastFailure.getTime() <= f.timestamp.getTime()) lastFailure = f.timestamp;
  }
  const d = inputs.decision;
  return {
    customerId: record.customerId,
    asOf: new Date(asOfMs),
    job,
    stage,
    purchases,
    revenue,
    firstPurchaseAt: purchases > 0 ? new Date(first) : null,
    lastPurchaseAt: purchases > 0 ? new Date(last) : null,
    daysSinceFirstPurchase: purchases > 0 ? (asOfMs - first) / DAY_MS : null,
    daysSinceLastPurchase: purchases > 0 ? (asOfMs - last) / DAY_MS : null,
    lastContactByKind,
    contactsSinceLastPurchase: { inbound, outbound },
    openComplaints,
    lastComplaint,
    serviceFailures,
    lastServiceFailureAt: lastFailure,
    switchingRisk:
      inputs.risk === undefined
        ? null
        : {
            level: inputs.risk.level,
            score: inputs.risk.score,
            findings: inputs.risk.findings.map((f) => ({
              ruleId: f.ruleId,
              severity: f.severity,
              message: f.message,
              evidence: f.evidence,
            })),
          },
    termination:
      d === undefined
        ? null
        : {
            decision: d.decision,
            actions: d.actions,
            reasons: d.findings
              .filter((f) => f.severity === (d.decision === "terminate" ? "terminate" : "correct"))
              .map((f) => f.message),
          },
    probabilityAlive: inputs.pAlive,
    lifetimeValue: inputs.clv,
    profit: inputs.profit,
    recentRevenue: inputs.recentRevenue ?? recentRevenue,
    overallSatisfaction: inputs.overall,
    highestBondLevel: inputs.highestBondLevel,
  };
}

function complaintOf(c: Complaint, asOfMs: number): CrmComplaint {
  const opened = c.openedAt.getTime();
  const resolved = c.resolvedAt !== undefined && c.resolvedAt.getTime() <= asOfMs ? c.resolvedAt : null;
  return {
    openedAt: c.openedAt,
    resolvedAt: resolved,
    severity: c.severity,
    category: c.category ?? null,
    daysOpen: ((resolved === null ? asOfMs : resolved.getTime()) - opened) / DAY_MS,
  };
}
