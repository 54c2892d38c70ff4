import * as z from "zod/mini";
import { DAY_MS } from "../_lib/civilCalendar.ts";
import { defineRule } from "../rules/defineRule.ts";
import { ruleSet } from "../rules/ruleSet.ts";
import { judgeCorrections, round2 } from "./_internal/judgeCorrections.ts";
import type { TerminationFacts } from "./TerminationFacts.ts";

/**
 * A corrective step a termination rule proposes, carried in its finding's `evidence.actions` (a plugin
 * rule proposes steps the same way) and listed by {@link decideTermination} as `actions`.
 *
 * @example
 * ```ts
 * import type { ProposedAction } from "clientele/termination";
 * const a: ProposedAction = {
 *   lever: "price-adjustment",
 *   reason: "raise prices 12% on this account to cover its service cost",
 *   targets: { priceIncrease: 0.12 },
 * };
 * ```
 * @category Termination
 */
export interface ProposedAction {
  /** The lever: `"price-adjustment"`, `"service-level-limit"`, `"conduct-agreement"`, `"end-relationship"`, `"resolve-open-complaints"` or an app's own. */
  readonly lever: string;
  /** What to do and why, in words. */
  readonly reason: string;
  /** The figures of the step (a price increase as a fraction, a cost or hours cap, …). */
  readonly targets: Readonly<Record<string, number>>;
}

const NonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));
const PositiveInt = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1));
const Unit = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));

/**
 * Options of the `too-costly` rule.
 *
 * @example
 * ```ts
 * import type { TooCostlyOptions } from "clientele/termination";
 * const o: TooCostlyOptions = { tolerance: 10 };
 * ```
 * @category Termination
 */
export interface TooCostlyOptions {
  /** A shortfall up to this amount (money ≥ 0) over the horizon does not fire. Default 0. */
  readonly tolerance: number;
}

/**
 * Options of the `emotionally-draining` rule.
 *
 * @example
 * ```ts
 * import type { EmotionallyDrainingOptions } from "clientele/termination";
 * const o: EmotionallyDrainingOptions = { lookbackDays: 180, abuseIncidentsAtLeast: 1, staffHoursAtLeast: 12 };
 * ```
 * @category Termination
 */
export interface EmotionallyDrainingOptions {
  /** Days before `asOf` the rule reads (integer ≥ 1). Default 365. */
  readonly lookbackDays: number;
  /** Abuse incidents in the lookback that fire (integer ≥ 1). Default 2. */
  readonly abuseIncidentsAtLeast: number;
  /** Incident staff hours in the lookback that fire (> 0). Default 20. */
  readonly staffHoursAtLeast: number;
}

/**
 * Options of the `violates-core-values` rule.
 *
 * @example
 * ```ts
 * import type { ViolatesCoreValuesOptions } from "clientele/termination";
 * const o: ViolatesCoreValuesOptions = { lookbackDays: null, includeFraud: false };
 * ```
 * @category Termination
 */
export interface ViolatesCoreValuesOptions {
  /** Days before `asOf` the rule reads (integer ≥ 1), or `null` for the whole history. Default `null`. */
  readonly lookbackDays: number | null;
  /** Whether a `fraud` incident counts as a core-value violation. Default `true`. */
  readonly includeFraud: boolean;
}

/**
 * Options of the `correct-before-terminate` rule.
 *
 * @example
 * ```ts
 * import type { CorrectBeforeTerminateOptions } from "clientele/termination";
 * const o: Partial<CorrectBeforeTerminateOptions> = { reviewDays: 60, failedCorrectionsWithWordOfMouthRisk: 3 };
 * ```
 * @category Termination
 */
export interface CorrectBeforeTerminateOptions {
  /** Days after a correction before its economics are judged (integer ≥ 1). Default 90. */
  readonly reviewDays: number;
  /** Abuse incidents after a correction that make it fail (integer ≥ 1). Default 1. */
  readonly abuseIncidentsAfter: number;
  /** Incident staff hours after a correction that make it fail (> 0). Default 10. */
  readonly staffHoursAfter: number;
  /** Failed corrections needed to terminate (integer ≥ 1). Default 1. */
  readonly failedCorrections: number;
  /** Failed corrections needed when the customer is a word-of-mouth risk (integer ≥ 1). Default 2. */
  readonly failedCorrectionsWithWordOfMouthRisk: number;
  /** Open complaints at `asOf` that make a word-of-mouth risk (integer ≥ 1). Default 2. */
  readonly openComplaintsAtLeast: number;
  /** Influence (the `influence` option, in [0, 1]) that makes a word-of-mouth risk. Default 0.7. */
  readonly influenceAtLeast: number;
  /** Window revenue that makes a word-of-mouth risk (a valuable customer), or `null` (off). Default `null`. */
  readonly revenueAtLeast: number | null;
}

const CITATION_CORRECT_FIRST =
  "Mittal, Sarkees & Murshed (2008), The right way to manage unprofitable customers, Harvard Business Review 86(4): raise prices or limit service before divesting, and manage word of mouth";
const CITATION_CRITERIA =
  "Termination criteria of the CRM job 'relationship termination' (economic, emotional, core values), issue 12; correct-first policy after Mittal, Sarkees & Murshed (2008), HBR 86(4)";

const tooCostly = /* @__PURE__ */ defineRule({
  id: "too-costly",
  meta: {
    description: "Economically excessive: expected margin over the horizon does not cover the cost to serve",
    severity: "correct",
    messages: {
      destroysValue:
        "expected future value {{value}} over {{horizonDays}} days is negative beyond the tolerance {{tolerance}}: {{purchases}} expected purchases bring margin {{margin}}, service is expected to cost {{serviceCost}}",
    },
    citation: CITATION_CORRECT_FIRST,
    docs: "docs/rules/too-costly.md",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({ tolerance: NonNegative }) as z.ZodMiniType<TooCostlyOptions>,
  defaultOptions: { tolerance: 0 } as TooCostlyOptions,
  evaluate(facts: TerminationFacts, { tolerance }, report) {
    const e = facts.economics;
    if (!(e.expectedFutureValue < -tolerance)) return;
    const margin = e.expectedPurchases * e.marginPerPurchase;
    const expectedRevenue = e.expectedPurchases * e.spendPerPurchase;
    const gap = -e.expectedFutureValue;
    const actions: { lever: string; reason: string; targets: Record<string, number> }[] = [];
    if (expectedRevenue > 0) {
      const increase = gap / expectedRevenue;
      actions.push({
        lever: "price-adjustment",
        reason: `raise this customer's prices by ${round2(increase * 100)}% (or cut discounts) so the ${round2(expectedRevenue)} of expected revenue covers the ${round2(gap)} shortfall`,
        targets: { priceIncrease: increase, shortfall: gap, expectedRevenue },
      });
    }
    if (e.projectedServiceCost > 0) {
      const cap = Math.max(0, e.projectedServiceCost - gap);
      actions.push({
        lever: "service-level-limit",
        reason:
          cap > 0
            ? `limit the service level (contacts, staff time, free extras) to a cost of ${round2(cap)} over the horizon, down from ${round2(e.projectedServiceCost)}`
            : `even free service would not make the customer profitable (margin ${round2(margin)}): limit service to the minimum and adjust prices`,
        targets: { serviceCostCap: cap, projectedServiceCost: e.projectedServiceCost },
      });
    }
    report(
      "destroysValue",
      {
        value: round2(e.expectedFutureValue),
        horizonDays: e.horizonDays,
        tolerance,
        purchases: round2(e.expectedPurchases),
        margin: round2(margin),
        serviceCost: round2(e.projectedServiceCost),
      },
      { ...e, windowStart: e.windowStart.toISOString(), actions },
    );
  },
});

const emotionallyDraining = /* @__PURE__ */ defineRule({
  id: "emotionally-draining",
  meta: {
    description: "Emotionally excessive: abusive incidents or staff hours above their thresholds in the lookback",
    severity: "correct",
    messages: {
      abusive:
        "{{count}} abusive incidents in the last {{lookbackDays}} days (threshold {{threshold}}): agree rules of conduct before anything else",
      drainsStaff:
        "{{hours}} staff hours on incidents in the last {{lookbackDays}} days (threshold {{threshold}}): limit the service level",
    },
    citation: CITATION_CRITERIA,
    docs: "docs/rules/emotionally-draining.md",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({
    lookbackDays: PositiveInt,
    abuseIncidentsAtLeast: PositiveInt,
    staffHoursAtLeast: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  }) as z.ZodMiniType<EmotionallyDrainingOptions>,
  defaultOptions: { lookbackDays: 365, abuseIncidentsAtLeast: 2, staffHoursAtLeast: 20 } as EmotionallyDrainingOptions,
  evaluate(facts: TerminationFacts, { lookbackDays, abuseIncidentsAtLeast, staffHoursAtLeast }, report) {
    const to = facts.asOf.getTime();
    const from = to - lookbackDays * DAY_MS;
    let abuse = 0;
    let hours = 0;
    const abuseDates: string[] = [];
    for (const e of facts.record.incidents) {
      const ms = e.timestamp.getTime();
      if (ms <= from || ms > to) continue;
      hours += e.staffHours;
      if (e.kind === "abuse") {
        abuse++;
        abuseDates.push(e.timestamp.toISOString());
      }
    }
    const evidence = { lookbackDays, abuseIncidents: abuse, abuseDates, staffHours: hours };
    if (abuse >= abuseIncidentsAtLeast) {
      report(
        "abusive",
        { count: abuse, lookbackDays, threshold: abuseIncidentsAtLeast },
        {
          ...evidence,
          actions: [
            {
              lever: "conduct-agreement",
              reason: `${abuse} abusive incidents: set written rules of conduct (one named contact, no abuse of staff); another incident after them ends the relationship`,
              targets: { abuseIncidents: 0 },
            },
          ],
        },
      );
    }
    if (hours >= staffHoursAtLeast) {
      report(
        "drainsStaff",
        { hours: round2(hours), lookbackDays, threshold: staffHoursAtLeast },
        {
          ...evidence,
          actions: [
            {
              lever: "service-level-limit",
              reason: `${round2(hours)} staff hours in ${lookbackDays} days: cap the staff time this customer gets below ${staffHoursAtLeast} hours (a standard service level, a single channel)`,
              targets: { staffHoursCap: staffHoursAtLeast, staffHours: hours },
            },
          ],
        },
      );
    }
  },
});

const violatesCoreValues = /* @__PURE__ */ defineRule({
  id: "violates-core-values",
  meta: {
    description: "The customer violated the firm's core values: one incident is enough to end the relationship",
    severity: "terminate",
    messages: {
      violation:
        "{{kind}} incident on {{date}} ({{count}} in all): the relationship violates the firm's core values and ends without a correction",
    },
    citation: CITATION_CRITERIA,
    docs: "docs/rules/violates-core-values.md",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({
    lookbackDays: /* @__PURE__ */ z.nullable(PositiveInt),
    includeFraud: /* @__PURE__ */ z.boolean(),
  }) as z.ZodMiniType<ViolatesCoreValuesOptions>,
  defaultOptions: { lookbackDays: null, includeFraud: true } as ViolatesCoreValuesOptions,
  evaluate(facts: TerminationFacts, { lookbackDays, includeFraud }, report) {
    const to = facts.asOf.getTime();
    const from = lookbackDays === null ? Number.NEGATIVE_INFINITY : to - lookbackDays * DAY_MS;
    let latest: { kind: string; at: Date } | undefined;
    const violations: { kind: string; timestamp: string }[] = [];
    for (const e of facts.record.incidents) {
      const ms = e.timestamp.getTime();
      if (ms <= from || ms > to) continue;
      if (e.kind !== "core-value-violation" && !(includeFraud && e.kind === "fraud")) continue;
      violations.push({ kind: e.kind, timestamp: e.timestamp.toISOString() });
      if (latest === undefined || ms >= latest.at.getTime()) latest = { kind: e.kind, at: e.timestamp };
    }
    if (latest === undefined) return;
    report(
      "violation",
      { kind: latest.kind, date: latest.at.toISOString().slice(0, 10), count: violations.length },
      {
        violations,
        lookbackDays,
        includeFraud,
        actions: [
          {
            lever: "end-relationship",
            reason: `${latest.kind} on ${latest.at.toISOString().slice(0, 10)}: end the relationship (no correction is offered for a core-value violation)`,
            targets: {},
          },
        ],
      },
    );
  },
});

const correctBeforeTerminate = /* @__PURE__ */ defineRule({
  id: "correct-before-terminate",
  meta: {
    description:
      "Terminate only after a correction (price, service level, conduct) was tried and failed; a word-of-mouth risk asks for more",
    severity: "terminate",
    messages: {
      correctionsFailed:
        "{{failed}} correction(s) tried and failed (latest: {{lever}} on {{date}}: {{reason}}); {{required}} required{{risk}}: end the relationship",
    },
    citation: CITATION_CORRECT_FIRST,
    docs: "docs/rules/correct-before-terminate.md",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({
    reviewDays: PositiveInt,
    abuseIncidentsAfter: PositiveInt,
    staffHoursAfter: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
    failedCorrections: PositiveInt,
    failedCorrectionsWithWordOfMouthRisk: PositiveInt,
    openComplaintsAtLeast: PositiveInt,
    influenceAtLeast: Unit,
    revenueAtLeast: /* @__PURE__ */ z.nullable(NonNegative),
  }) as z.ZodMiniType<CorrectBeforeTerminateOptions>,
  defaultOptions: {
    reviewDays: 90,
    abuseIncidentsAfter: 1,
    staffHoursAfter: 10,
    failedCorrections: 1,
    failedCorrectionsWithWordOfMouthRisk: 2,
    openComplaintsAtLeast: 2,
    influenceAtLeast: 0.7,
    revenueAtLeast: null,
  } as CorrectBeforeTerminateOptions,
  evaluate(facts: TerminationFacts, o, report) {
    if (facts.corrections.length === 0) return;
    const verdicts = judgeCorrections(facts, o);
    const last = verdicts[verdicts.length - 1]!;
    if (last.verdict !== "failed") return;
    const failed = verdicts.reduce((n, v) => n + (v.verdict === "failed" ? 1 : 0), 0);
    const asOfMs = facts.asOf.getTime();
    let openComplaints = 0;
    for (const c of facts.record.complaints) {
      if (c.openedAt.getTime() > asOfMs) continue;
      if (c.resolvedAt === undefined || c.resolvedAt.getTime() > asOfMs) openComplaints++;
    }
    const riskReasons: string[] = [];
    if (openComplaints >= o.openComplaintsAtLeast) riskReasons.push(`${openComplaints} open complaints`);
    if (facts.influence !== null && facts.influence >= o.influenceAtLeast) {
      riskReasons.push(`influence ${facts.influence}`);
    }
    if (o.revenueAtLeast !== null && facts.economics.revenue >= o.revenueAtLeast) {
      riskReasons.push(`revenue ${round2(facts.economics.revenue)} in the window`);
    }
    const required = riskReasons.length > 0 ? o.failedCorrectionsWithWordOfMouthRisk : o.failedCorrections;
    if (failed < required) return;
    const actions: { lever: string; reason: string; targets: Record<string, number> }[] = [
      {
        lever: "end-relationship",
        reason: `${failed} correction(s) failed: end the relationship, explaining why and offering a clean exit`,
        targets: { failedCorrections: failed },
      },
    ];
    if (openComplaints > 0) {
      actions.push({
        lever: "resolve-open-complaints",
        reason: `resolve the ${openComplaints} open complaint(s) before ending, to limit negative word of mouth`,
        targets: { failedCorrections: failed, openComplaints },
      });
    }
    report(
      "correctionsFailed",
      {
        failed,
        lever: last.lever,
        date: last.timestamp.slice(0, 10),
        reason: last.reasons.join(", "),
        required,
        risk: riskReasons.length > 0 ? ` (word-of-mouth risk: ${riskReasons.join(", ")})` : "",
      },
      { corrections: verdicts, openComplaints, influence: facts.influence, wordOfMouthRisk: riskReasons, actions },
    );
  },
});

/**
 * The core termination rules (a set of `clientele/rules`): when a firm should correct a relationship —
 * by price or service level — and when it should end it. Run it with {@link decideTermination} (or
 * `evaluateRules` on {@link TerminationFacts}); extend it with `extendRuleSet` or a plugin, switch rules
 * off or change thresholds through the config (JSON through `parseRuleConfig`).
 *
 * | id | severity | fires when (defaults) |
 * |---|---|---|
 * | `too-costly` | correct | expected future value over the horizon < −`tolerance` (0): margin does not cover the cost to serve |
 * | `emotionally-draining` | correct | ≥ `abuseIncidentsAtLeast` (2) abuse incidents, or ≥ `staffHoursAtLeast` (20) incident staff hours, in `lookbackDays` (365) |
 * | `violates-core-values` | terminate | one `core-value-violation` incident (or `fraud`, `includeFraud`: true) in `lookbackDays` (null: ever) |
 * | `correct-before-terminate` | terminate | the latest correction failed, and ≥ `failedCorrections` (1) failed — ≥ `failedCorrectionsWithWordOfMouthRisk` (2) with a word-of-mouth risk |
 *
 * @remarks
 * **Correct before terminate.** The economic and emotional criteria have severity `correct`: on their
 * own they never end a relationship; their findings propose corrective steps (`evidence.actions`: a
 * price adjustment, a service-level limit, a conduct agreement). Only two things end one: a core-value
 * violation, and a correction that was tried and failed. A correction (an interaction of kind
 * `"correction-offered"`, its `topic` the lever, or one in `DecideTerminationOptions.corrections`)
 * failed when, after it, the customer was abusive again (`abuseIncidentsAfter`: 1), took
 * `staffHoursAfter` (10) staff hours, or — after `reviewDays` (90) — still had a negative net
 * contribution, each judged for the levers meant to change it (a conduct agreement is not judged on
 * economics, a price adjustment not on behaviour). **Word of mouth.** A customer with ≥ `openComplaintsAtLeast` (2) open complaints, an
 * influence ≥ `influenceAtLeast` (0.7), or window revenue ≥ `revenueAtLeast` (off) can hurt the firm's
 * name when dropped: the bar rises to `failedCorrectionsWithWordOfMouthRisk` failed corrections.
 *
 * @example
 * ```ts
 * import { coreTerminationRules } from "clientele/termination";
 * coreTerminationRules.order;
 * // => ["too-costly", "emotionally-draining", "violates-core-values", "correct-before-terminate"]
 * ```
 * @category Termination
 */
export const coreTerminationRules = /* @__PURE__ */ ruleSet(
  tooCostly,
  emotionallyDraining,
  violatesCoreValues,
  correctBeforeTerminate,
);

/**
 * The rules of {@link coreTerminationRules}, by id (for typing configs and extended sets).
 *
 * @example
 * ```ts
 * import type { CoreTerminationRules } from "clientele/termination";
 * import type { RuleSetConfig } from "clientele/rules";
 * const config: RuleSetConfig<CoreTerminationRules> = { "emotionally-draining": { abuseIncidentsAtLeast: 1 } };
 * ```
 * @category Termination
 */
export type CoreTerminationRules = (typeof coreTerminationRules)["rules"];
