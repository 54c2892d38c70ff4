import { DAY_MS } from "../../_lib/civilCalendar.ts";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { asOfBeforeStartIssue, readAsOfMs, readRecordEvents } from "../../_lib/readRecordEvents.ts";
import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import {
  type AssessSwitchingRiskOptions,
  createSwitchingRiskAssessor,
  type SwitchingRiskAssessor,
} from "../../retention/createSwitchingRiskAssessor.ts";
import type { LifecycleReason, LifecycleStage, LifecycleStageOptions } from "../lifecycleStage.ts";

/** Thresholds read once. @internal */
export interface LifecycleThresholds {
  readonly asOfMs: number;
  readonly newWithinDays: number;
  readonly lapsedAfterDays: number;
  readonly wonBackWithinDays: number;
  readonly terminationKind: string;
  readonly atRiskLevel: "medium" | "high";
  readonly assessor: SwitchingRiskAssessor;
}

/**
 * Reads the options once (the batch form reuses the result for every record).
 *
 * @internal
 */
export function readLifecycleOptions(fn: string, options: LifecycleStageOptions): LifecycleThresholds {
  if (!isPlainObject(options as unknown)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        { code: "invalid_type", path: ["options"], message: `expected options, received ${describeReceived(options)}` },
      ],
    });
  }
  const asOfMs = readAsOfMs(fn, options.asOf);
  const issues: ClienteleIssue[] = [];
  const days = (key: "newWithinDays" | "lapsedAfterDays" | "wonBackWithinDays", dflt: number): number => {
    const v = options[key];
    if (v === undefined) return dflt;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
      issues.push({
        code: "invalid_type",
        path: ["options", key],
        message: `expected integer ≥ 1, received ${describeReceived(v)}`,
      });
    }
    return v;
  };
  const newWithinDays = days("newWithinDays", 90);
  const lapsedAfterDays = days("lapsedAfterDays", 365);
  const wonBackWithinDays = days("wonBackWithinDays", 180);
  const terminationKind = options.terminationKind ?? "relationship-terminated";
  if (typeof terminationKind !== "string" || terminationKind === "") {
    issues.push({
      code: "invalid_type",
      path: ["options", "terminationKind"],
      message: `expected non-empty string, received ${describeReceived(terminationKind)}`,
    });
  }
  const atRiskLevel = options.atRiskLevel ?? "medium";
  if (atRiskLevel !== "medium" && atRiskLevel !== "high") {
    issues.push({
      code: "invalid_value",
      path: ["options", "atRiskLevel"],
      message: `expected "medium" | "high", received ${describeReceived(atRiskLevel)}`,
    });
  }
  const risk = options.switchingRisk;
  if (risk !== undefined && !isPlainObject(risk)) {
    issues.push({
      code: "invalid_type",
      path: ["options", "switchingRisk"],
      message: `expected a switching-risk assessor or its options, received ${describeReceived(risk)}`,
    });
  }
  if (isAssessor(risk) && risk.asOf.getTime() !== asOfMs) {
    issues.push({
      code: "custom",
      path: ["options", "switchingRisk", "asOf"],
      message: `expected an assessor for asOf ${new Date(asOfMs).toISOString()}, received one for ${risk.asOf.toISOString()}`,
    });
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  const assessor = isAssessor(risk)
    ? risk
    : createSwitchingRiskAssessor({
        ...(risk as Omit<AssessSwitchingRiskOptions, "asOf"> | undefined),
        asOf: new Date(asOfMs),
      });
  return { asOfMs, newWithinDays, lapsedAfterDays, wonBackWithinDays, terminationKind, atRiskLevel, assessor };
}

function isAssessor(v: unknown): v is SwitchingRiskAssessor {
  return isPlainObject(v) && typeof v.assess === "function" && v.asOf instanceof Date;
}

/**
 * The placement of one record, with the options read by {@link readLifecycleOptions}.
 *
 * @internal
 */
export function placeInLifecycle(
  fn: string,
  record: CustomerRecord,
  base: readonly (string | number)[],
  t: LifecycleThresholds,
): LifecycleStage {
  const read = readRecordEvents(fn, record, base);
  const early = asOfBeforeStartIssue(t.asOfMs, read);
  if (early !== undefined) throw new ClienteleInputError(`${fn}: invalid input`, { issues: [early] });
  const asOfMs = t.asOfMs;
  const reasons: LifecycleReason[] = [];
  // Purchases at or before asOf: first, last, and the latest purchase that ended a lapse.
  let first = Number.NaN;
  let last = Number.NaN;
  let returnedAt = Number.NaN;
  let returnGap = 0;
  let purchases = 0;
  const lapseMs = t.lapsedAfterDays * DAY_MS;
  for (const tx of record.transactions) {
    const ms = tx.timestamp.getTime();
    if (ms > asOfMs) continue;
    purchases++;
    if (Number.isNaN(first) || ms < first) first = ms;
    if (!Number.isNaN(last) && ms - last > lapseMs) {
      returnedAt = ms;
      returnGap = ms - last;
    }
    if (Number.isNaN(last) || ms > last) last = ms;
  }
  // terminated
  let marker = Number.NaN;
  for (const e of record.interactions) {
    const ms = e.timestamp.getTime();
    if (e.kind === t.terminationKind && ms <= asOfMs && !(ms <= marker)) marker = ms;
  }
  if (!Number.isNaN(marker)) {
    const date = new Date(marker).toISOString().slice(0, 10);
    if (Number.isNaN(last) || last <= marker) {
      reasons.push({
        stage: "terminated",
        message: `the relationship was ended on ${date} (interaction "${t.terminationKind}") and no purchase followed`,
        evidence: { terminatedAt: new Date(marker), terminationKind: t.terminationKind },
      });
    }
  }
  // complaining
  let open = 0;
  let oldestOpen = Number.NaN;
  for (const c of record.complaints) {
    const opened = c.openedAt.getTime();
    if (opened > asOfMs) continue;
    if (c.resolvedAt === undefined || c.resolvedAt.getTime() > asOfMs) {
      open++;
      if (Number.isNaN(oldestOpen) || opened < oldestOpen) oldestOpen = opened;
    }
  }
  if (open > 0) {
    reasons.push({
      stage: "complaining",
      message: `${open} complaint(s) unresolved at asOf, the oldest opened ${Math.floor(daysBefore(asOfMs, oldestOpen))} days ago`,
      evidence: { openComplaints: open, oldestOpenedAt: new Date(oldestOpen) },
    });
  }
  const start = read.startMs ?? asOfMs;
  // lapsed
  if (purchases === 0) {
    if (daysBefore(asOfMs, start) > t.newWithinDays) {
      reasons.push({
        stage: "lapsed",
        message: `no purchase since the record started ${Math.floor(daysBefore(asOfMs, start))} days ago (new for ${t.newWithinDays} days)`,
        evidence: { purchases: 0, daysSinceStart: daysBefore(asOfMs, start), newWithinDays: t.newWithinDays },
      });
    }
  } else if (daysBefore(asOfMs, last) > t.lapsedAfterDays) {
    reasons.push({
      stage: "lapsed",
      message: `no purchase for ${Math.floor(daysBefore(asOfMs, last))} days (lapsed after ${t.lapsedAfterDays})`,
      evidence: {
        daysSinceLastPurchase: daysBefore(asOfMs, last),
        lastPurchaseAt: new Date(last),
        lapsedAfterDays: t.lapsedAfterDays,
      },
    });
  }
  // won-back
  if (!Number.isNaN(returnedAt) && daysBefore(asOfMs, returnedAt) <= t.wonBackWithinDays) {
    reasons.push({
      stage: "won-back",
      message: `bought again ${Math.floor(daysBefore(asOfMs, returnedAt))} days ago after ${Math.floor(returnGap / DAY_MS)} days without a purchase (lapsed after ${t.lapsedAfterDays})`,
      evidence: {
        returnedAt: new Date(returnedAt),
        gapDays: returnGap / DAY_MS,
        lapsedAfterDays: t.lapsedAfterDays,
        wonBackWithinDays: t.wonBackWithinDays,
      },
    });
  }
  // new
  const since = purchases > 0 ? first : start;
  if (daysBefore(asOfMs, since) <= t.newWithinDays) {
    reasons.push({
      stage: "new",
      message:
        purchases > 0
          ? `first purchase ${Math.floor(daysBefore(asOfMs, first))} days ago (new for ${t.newWithinDays} days)`
          : `no purchase yet; the record started ${Math.floor(daysBefore(asOfMs, start))} days ago (new for ${t.newWithinDays} days)`,
      evidence: {
        firstPurchaseAt: purchases > 0 ? new Date(first) : null,
        daysSinceFirst: daysBefore(asOfMs, since),
        newWithinDays: t.newWithinDays,
      },
    });
  }
  // at-risk
  const risk = t.assessor.assess(record);
  if (risk.level === "high" || (risk.level === "medium" && t.atRiskLevel === "medium")) {
    reasons.push({
      stage: "at-risk",
      message: `switching risk ${risk.level} (score ${risk.score}; at risk from ${t.atRiskLevel}): ${risk.firedRules.join(", ")}`,
      evidence: { level: risk.level, score: risk.score, firedRules: risk.firedRules, atRiskLevel: t.atRiskLevel },
    });
  }
  // active (the reasons are pushed in the order of lifecycleStagePrecedence)
  if (purchases > 0 && daysBefore(asOfMs, last) <= t.lapsedAfterDays) {
    reasons.push({
      stage: "active",
      message: `last purchase ${Math.floor(daysBefore(asOfMs, last))} days ago (active within ${t.lapsedAfterDays})`,
      evidence: {
        daysSinceLastPurchase: daysBefore(asOfMs, last),
        lastPurchaseAt: new Date(last),
        lapsedAfterDays: t.lapsedAfterDays,
      },
    });
  }
  // A customer who never bought and started within newWithinDays is "new"; one who did is active or
  // lapsed: some reason always holds.
  return { customerId: read.customerId, asOf: new Date(asOfMs), stage: reasons[0]!.stage, reasons };
}

/** Days from `ms` to `asOfMs` (24-hour UTC days). */
function daysBefore(asOfMs: number, ms: number): number {
  return (asOfMs - ms) / DAY_MS;
}
