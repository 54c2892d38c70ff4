import * as z from "zod/mini";
import { defineRule } from "../rules/defineRule.ts";
import { ruleSet } from "../rules/ruleSet.ts";
import { DaysOption, LabelOption, MoneyOption, round2 } from "./_internal/ruleHelpers.ts";
import type { CrmJobFacts } from "./CrmJobFacts.ts";

/**
 * Why a lapsed customer left, as `win-back` reads it from the facts (first that holds): `"complaint"`
 * (their last complaint is open or was not resolved quickly), `"service-failure"` (a failure within
 * `failureWindowDays` before the last purchase or after it), `"competitor"` (a competitor-offer
 * interaction), `"ended"` (the relationship was ended), else `"drifted"` (no sign).
 *
 * @example
 * ```ts
 * import type { LapseReason } from "clientele/relationship";
 * const r: LapseReason = "competitor";
 * ```
 * @category CRM jobs
 */
export type LapseReason = "complaint" | "service-failure" | "competitor" | "ended" | "drifted";

/**
 * Options of `win-back`.
 *
 * @example
 * ```ts
 * import type { WinBackOptions } from "clientele/relationship";
 * const o: WinBackOptions = {
 *   minValue: 200,
 *   failureWindowDays: 60,
 *   offers: { complaint: "apology", "service-failure": "fix", competitor: "match", ended: "call", drifted: "reminder" },
 * };
 * ```
 * @category CRM jobs
 */
export interface WinBackOptions {
  /** The value from which a lapsed customer is worth winning back (lifetime value when known, else revenue to date; default 100). */
  readonly minValue: number;
  /** Days before the last purchase within which a service failure counts as the reason (default 90). */
  readonly failureWindowDays: number;
  /** The offer for each reason. */
  readonly offers: Readonly<Record<LapseReason, string>>;
}

const winBack = /* @__PURE__ */ defineRule({
  id: "win-back",
  meta: {
    description:
      "A lapsed customer worth winning back gets the offer that answers the reason they left; one not worth it is let go",
    severity: "warn",
    messages: {
      winBack: "win back ({{reason}}): {{offer}}; value {{value}} ({{valueSource}}) ≥ {{minValue}}",
      letGo: "do not pursue: value {{value}} ({{valueSource}}) < {{minValue}} (left: {{reason}})",
    },
    docs: "docs/rules/win-back.md",
    citation:
      "Thomas, Blattberg & Fox (2004), recapturing lost customers; Stauss & Friege (1999), regaining service customers",
  },
  optionsSchema: /* @__PURE__ */ z.strictObject({
    minValue: MoneyOption,
    failureWindowDays: DaysOption,
    offers: /* @__PURE__ */ z.strictObject({
      complaint: LabelOption,
      "service-failure": LabelOption,
      competitor: LabelOption,
      ended: LabelOption,
      drifted: LabelOption,
    }),
  }),
  defaultOptions: {
    minValue: 100,
    failureWindowDays: 90,
    offers: {
      complaint: "apologise, settle the complaint and offer a goodwill credit",
      "service-failure": "show that the failure is fixed and offer a guaranteed service level",
      competitor: "a counter-offer on the terms the competitor offered",
      ended: "a personal call to learn what would bring the customer back",
      drifted: "a reminder with a reason to return (a new product, a personal offer)",
    },
  } as WinBackOptions,
  evaluate(facts: CrmJobFacts, { minValue, failureWindowDays, offers }, report) {
    if (facts.job !== "win-back") return;
    const reason = lapseReason(facts, failureWindowDays);
    const value = facts.lifetimeValue ?? facts.revenue;
    const valueSource = facts.lifetimeValue === null ? "revenue to date" : "lifetime value";
    const evidence = {
      reason,
      value,
      valueSource,
      minValue,
      daysSinceLastPurchase: facts.daysSinceLastPurchase,
      lastComplaint: facts.lastComplaint,
      lastServiceFailureAt: facts.lastServiceFailureAt,
      probabilityAlive: facts.probabilityAlive,
    };
    if (value >= minValue) {
      report(
        "winBack",
        { reason, offer: offers[reason], value: round2(value), valueSource, minValue },
        { action: "win-back-offer", offer: offers[reason], ...evidence },
      );
    } else {
      report("letGo", { reason, value: round2(value), valueSource, minValue }, { action: "let-go", ...evidence });
    }
  },
});

function lapseReason(facts: CrmJobFacts, failureWindowDays: number): LapseReason {
  const c = facts.lastComplaint;
  if (c !== null && (c.resolvedAt === null || c.daysOpen > 7)) return "complaint";
  const failure = facts.lastServiceFailureAt?.getTime();
  const lastBuy = facts.lastPurchaseAt?.getTime();
  if (failure !== undefined && (lastBuy === undefined || failure >= lastBuy - failureWindowDays * 86_400_000)) {
    return "service-failure";
  }
  if (facts.lastContactByKind["competitor-offer"] !== undefined) return "competitor";
  if (facts.stage === "terminated") return "ended";
  return "drifted";
}

/**
 * Recovery / win-back: a lapsed (or ended) customer worth winning back — by their value — gets the offer
 * that answers the reason they left ({@link LapseReason}); one below the value threshold is let go. Acts
 * only for customers routed to the `"win-back"` job (see {@link routeCrmJob}).
 *
 * | id | fires when (defaults) |
 * |---|---|
 * | `win-back` | always in the job: "winBack" when the value ≥ 100 (lifetime value, else revenue to date), "letGo" otherwise |
 *
 * @example
 * ```ts
 * import { winBackRules } from "clientele/relationship";
 * winBackRules.order; // => ["win-back"]
 * ```
 * @category CRM jobs
 */
export const winBackRules = /* @__PURE__ */ ruleSet(winBack);
