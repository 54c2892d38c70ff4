import * as z from "zod/mini";
import { DAY_MS } from "../_lib/civilCalendar.ts";
import { bondProfile } from "../bonds/bondProfile.ts";
import { probabilityAlive } from "../clv/predictions/probabilityAlive.ts";
import type { BondInstrument } from "../customers/BondInstrumentSchema.ts";
import type { Complaint } from "../customers/ComplaintSchema.ts";
import { summarizeTransactions } from "../rfm/summarizeTransactions.ts";
import { defineRule } from "../rules/defineRule.ts";
import { ruleSet } from "../rules/ruleSet.ts";
import { monthWindows } from "./_internal/monthWindows.ts";
import { purchasesUpTo } from "./_internal/purchaseTimes.ts";
import type { SwitchingRiskFacts } from "./SwitchingRiskFacts.ts";

const NonNegative = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));
const Share = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1));
const Count = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1));
const Months = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(120));
const Days = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));
const Label = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1));

/** Days of 24 h between two instants, rounded to 0.01 (for messages and evidence). */
const days = (ms: number): number => Math.round((ms / DAY_MS) * 100) / 100;
const iso = (ms: number): string => new Date(ms).toISOString();
const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Options of `purchase-gap-growing`: fires when the time since the last purchase exceeds `ratioAbove`
 * times the customer's median gap between earlier purchases, given at least `minPriorGaps` such gaps.
 *
 * @example
 * ```ts
 * import type { PurchaseGapOptions } from "clientele/retention";
 * const strict: PurchaseGapOptions = { ratioAbove: 1.5, minPriorGaps: 4 };
 * ```
 * @category Switching risk
 */
export interface PurchaseGapOptions {
  /** The current gap over the median prior gap must exceed this (> 0; default 2). */
  readonly ratioAbove: number;
  /** The fewest gaps between earlier purchases (of nonzero length) that make a history (integer ≥ 1; default 3). */
  readonly minPriorGaps: number;
}

const purchaseGapGrowing = /* @__PURE__ */ defineRule({
  id: "purchase-gap-growing",
  meta: {
    description: "The time since the last purchase is far longer than the customer's usual gap between purchases",
    severity: "warn",
    messages: {
      gapGrowing:
        "{{currentGapDays}} days since the last purchase, {{ratio}}× the customer's median gap of {{typicalGapDays}} days (limit {{ratioAbove}}×)",
    },
    docs: "docs/rules/purchase-gap-growing.md",
  },
  optionsSchema: /* @__PURE__ */ z.object({ ratioAbove: Days, minPriorGaps: Count }),
  defaultOptions: { ratioAbove: 2, minPriorGaps: 3 } as PurchaseGapOptions,
  evaluate(facts: SwitchingRiskFacts, { ratioAbove, minPriorGaps }, report) {
    const asOf = facts.asOf.getTime();
    const { times } = purchasesUpTo(facts);
    let n = 0;
    for (let i = 1; i < times.length; i++) if (times[i]! > times[i - 1]!) n++;
    if (n < minPriorGaps) return;
    const gaps = new Float64Array(n);
    for (let i = 1, k = 0; i < times.length; i++) if (times[i]! > times[i - 1]!) gaps[k++] = times[i]! - times[i - 1]!;
    gaps.sort();
    const mid = n >> 1;
    const typical = n % 2 === 1 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
    const current = asOf - times[times.length - 1]!;
    const ratio = current / typical;
    if (!(ratio > ratioAbove)) return;
    report(
      "gapGrowing",
      { currentGapDays: days(current), typicalGapDays: days(typical), ratio: round(ratio, 2), ratioAbove },
      {
        lastPurchase: iso(times[times.length - 1]!),
        currentGapDays: days(current),
        typicalGapDays: days(typical),
        priorGaps: n,
        ratio,
      },
    );
  },
});

/**
 * Options of `spend-falling` and `purchase-frequency-falling`: the recent window of `windowMonths`
 * calendar months (UTC) before `asOf` against the prior window of the same number of months; fires when
 * the recent figure is at most (1 − `dropAtLeast`) × the prior one, given at least `minPriorPurchases`
 * purchases in the prior window.
 *
 * @example
 * ```ts
 * import type { FallingActivityOptions } from "clientele/retention";
 * const quarterly: FallingActivityOptions = { windowMonths: 3, dropAtLeast: 0.3, minPriorPurchases: 2 };
 * ```
 * @category Switching risk
 */
export interface FallingActivityOptions {
  /** Length of each window in calendar months (integer in [1, 120]; default 6). */
  readonly windowMonths: number;
  /** The relative drop that fires the rule, in (0, 1] (default 0.5: the recent figure is at most half the prior one). */
  readonly dropAtLeast: number;
  /** The fewest purchases in the prior window that make a comparison (integer ≥ 1; default 2). */
  readonly minPriorPurchases: number;
}

const fallingSchema = /* @__PURE__ */ z.object({ windowMonths: Months, dropAtLeast: Share, minPriorPurchases: Count });
const fallingDefaults: FallingActivityOptions = { windowMonths: 6, dropAtLeast: 0.5, minPriorPurchases: 2 };

/** Purchase counts and spend in the two windows (ms bounds; rendered as ISO strings only in evidence). */
function windowActivity(facts: SwitchingRiskFacts, windowMonths: number) {
  const asOf = facts.asOf.getTime();
  const { recentStart, priorStart } = monthWindows(asOf, windowMonths);
  const { times, amounts } = purchasesUpTo(facts);
  let recentCount = 0;
  let priorCount = 0;
  let recentSpend = 0;
  let priorSpend = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t > recentStart) {
      recentCount++;
      recentSpend += amounts[i]!;
    } else if (t > priorStart) {
      priorCount++;
      priorSpend += amounts[i]!;
    }
  }
  return { asOf, recentStart, priorStart, recentCount, priorCount, recentSpend, priorSpend };
}

/** The evidence of the window rules: both windows with their bounds, purchases and spend. */
function windowEvidence(w: ReturnType<typeof windowActivity>, drop: number) {
  return {
    recentWindow: { from: iso(w.recentStart), to: iso(w.asOf), purchases: w.recentCount, spend: w.recentSpend },
    priorWindow: { from: iso(w.priorStart), to: iso(w.recentStart), purchases: w.priorCount, spend: w.priorSpend },
    drop,
  };
}

const spendFalling = /* @__PURE__ */ defineRule({
  id: "spend-falling",
  meta: {
    description: "The customer spent much less in the recent window than in the prior window of the same length",
    severity: "warn",
    messages: {
      spendFalling:
        "spent {{recentSpend}} in the last {{windowMonths}} months against {{priorSpend}} in the {{windowMonths}} before (a drop of {{drop}}; limit {{dropAtLeast}})",
    },
    docs: "docs/rules/spend-falling.md",
  },
  optionsSchema: fallingSchema,
  defaultOptions: fallingDefaults,
  evaluate(facts: SwitchingRiskFacts, { windowMonths, dropAtLeast, minPriorPurchases }, report) {
    const w = windowActivity(facts, windowMonths);
    const prior = w.priorSpend;
    if (w.priorCount < minPriorPurchases || !(prior > 0)) return;
    const drop = 1 - w.recentSpend / prior;
    if (!(drop >= dropAtLeast)) return;
    report(
      "spendFalling",
      {
        recentSpend: round(w.recentSpend, 2),
        priorSpend: round(prior, 2),
        windowMonths,
        drop: round(drop),
        dropAtLeast,
      },
      windowEvidence(w, drop),
    );
  },
});

const frequencyFalling = /* @__PURE__ */ defineRule({
  id: "purchase-frequency-falling",
  meta: {
    description: "The customer bought much less often in the recent window than in the prior window of the same length",
    severity: "warn",
    messages: {
      frequencyFalling:
        "{{recentPurchases}} purchases in the last {{windowMonths}} months against {{priorPurchases}} in the {{windowMonths}} before (a drop of {{drop}}; limit {{dropAtLeast}})",
    },
    docs: "docs/rules/purchase-frequency-falling.md",
  },
  optionsSchema: fallingSchema,
  defaultOptions: fallingDefaults,
  evaluate(facts: SwitchingRiskFacts, { windowMonths, dropAtLeast, minPriorPurchases }, report) {
    const w = windowActivity(facts, windowMonths);
    const prior = w.priorCount;
    if (prior < minPriorPurchases) return;
    const drop = 1 - w.recentCount / prior;
    if (!(drop >= dropAtLeast)) return;
    report(
      "frequencyFalling",
      { recentPurchases: w.recentCount, priorPurchases: prior, windowMonths, drop: round(drop), dropAtLeast },
      windowEvidence(w, drop),
    );
  },
});

/**
 * Options of `probability-alive-low`: fires when P(alive) at `asOf`, from the fitted count model, is below
 * `below`.
 *
 * @example
 * ```ts
 * import type { ProbabilityAliveOptions } from "clientele/retention";
 * const options: ProbabilityAliveOptions = { below: 0.3 };
 * ```
 * @category Switching risk
 */
export interface ProbabilityAliveOptions {
  /** P(alive) below this fires the rule, in (0, 1] (default 0.5). */
  readonly below: number;
}

const probabilityAliveLow = /* @__PURE__ */ defineRule({
  id: "probability-alive-low",
  meta: {
    description: "The fitted count model gives the customer a low probability of still being active",
    severity: "warn",
    messages: {
      aliveLow:
        "P(alive) {{probabilityAlive}} is below {{below}} ({{model}}: x = {{frequency}}, t_x = {{recency}}, T = {{T}} {{unit}}s)",
    },
    citation:
      "Fader, Hardie & Lee (2005), Marketing Science 24(2), eq. 13 (BG/NBD); Schmittlein, Morrison & Colombo (1987)",
    docs: "docs/rules/probability-alive-low.md",
  },
  optionsSchema: /* @__PURE__ */ z.object({ below: Share }),
  defaultOptions: { below: 0.5 } as ProbabilityAliveOptions,
  evaluate(facts: SwitchingRiskFacts, { below }, report) {
    const fit = facts.fit;
    if (fit === undefined) return;
    let history = facts.summary;
    if (history === undefined) {
      const asOf = facts.asOf.getTime();
      const txs = facts.record.transactions;
      if (!txs.some((t) => t.timestamp.getTime() <= asOf)) return;
      history = summarizeTransactions(txs, { unit: fit.unit, observationEnd: facts.asOf }).rows[0]!;
    }
    const p = probabilityAlive(fit, { frequency: history.frequency, recency: history.recency, T: history.T });
    if (!(p < below)) return;
    const data = {
      probabilityAlive: round(p),
      below,
      model: fit.model,
      frequency: history.frequency,
      recency: round(history.recency),
      T: round(history.T),
      unit: fit.unit,
    };
    report("aliveLow", data, { ...data, probabilityAlive: p });
  },
});

/**
 * Options of `satisfaction-falling`: which survey item is read and on what scale, and the drop that fires
 * the rule — the latest score (on or before `asOf`) at least `dropAtLeast` scale points below the mean of
 * the earlier ones.
 *
 * @example
 * ```ts
 * import type { SatisfactionFallingOptions } from "clientele/retention";
 * const nps: SatisfactionFallingOptions = {
 *   instrument: "nps", item: "likelihood", scaleMin: 0, scaleMax: 10, dropAtLeast: 2, minEarlier: 1,
 * };
 * ```
 * @category Switching risk
 */
export interface SatisfactionFallingOptions {
  /** The survey instrument read (`SurveyResponse.instrument`; default `"csat"`). */
  readonly instrument: string;
  /** The item of `scores` read (default `"overall"`); responses without it are not counted. */
  readonly item: string;
  /** Lowest point of the declared scale (default 1). */
  readonly scaleMin: number;
  /** Highest point of the declared scale (default 5; > `scaleMin`). A score outside the scale is an error, not skipped. */
  readonly scaleMax: number;
  /** The drop in scale points that fires the rule (> 0; default 1). */
  readonly dropAtLeast: number;
  /** The fewest earlier responses that make a mean (integer ≥ 1; default 1). */
  readonly minEarlier: number;
}

const satisfactionFalling = /* @__PURE__ */ defineRule({
  id: "satisfaction-falling",
  meta: {
    description: "The customer's latest satisfaction score fell well below their earlier scores",
    severity: "warn",
    messages: {
      satisfactionFalling:
        "latest {{instrument}}/{{item}} score {{latest}} is {{drop}} points below the mean {{earlierMean}} of {{earlier}} earlier responses (limit {{dropAtLeast}} on a {{scaleMin}}–{{scaleMax}} scale)",
    },
    citation: "Anderson & Sullivan (1993), Marketing Science 12(2): satisfaction drives repurchase intention",
    docs: "docs/rules/satisfaction-falling.md",
  },
  optionsSchema: /* @__PURE__ */ z
    .object({
      instrument: Label,
      item: Label,
      scaleMin: /* @__PURE__ */ z.number(),
      scaleMax: /* @__PURE__ */ z.number(),
      dropAtLeast: Days,
      minEarlier: Count,
    })
    .check(
      /* @__PURE__ */ z.refine((o) => o.scaleMax > o.scaleMin, {
        message: "expected scaleMax > scaleMin",
        path: ["scaleMax"],
      }),
    ),
  defaultOptions: {
    instrument: "csat",
    item: "overall",
    scaleMin: 1,
    scaleMax: 5,
    dropAtLeast: 1,
    minEarlier: 1,
  } as SatisfactionFallingOptions,
  evaluate(facts: SwitchingRiskFacts, o, report) {
    const asOf = facts.asOf.getTime();
    const scores: { t: number; score: number }[] = [];
    for (const r of facts.record.surveyResponses) {
      const t = r.timestamp.getTime();
      if (t > asOf || r.instrument !== o.instrument || !Object.hasOwn(r.scores, o.item)) continue;
      const score = r.scores[o.item]!;
      if (!(score >= o.scaleMin && score <= o.scaleMax)) {
        throw new Error(
          `${o.instrument}/${o.item} score ${score} at ${iso(t)} is outside the declared scale ${o.scaleMin}–${o.scaleMax}`,
        );
      }
      scores.push({ t, score });
    }
    if (scores.length < o.minEarlier + 1) return;
    scores.sort((a, b) => a.t - b.t);
    const latest = scores[scores.length - 1]!;
    let sum = 0;
    for (let i = 0; i < scores.length - 1; i++) sum += scores[i]!.score;
    const earlier = scores.length - 1;
    const mean = sum / earlier;
    const drop = mean - latest.score;
    if (!(drop >= o.dropAtLeast)) return;
    report(
      "satisfactionFalling",
      {
        instrument: o.instrument,
        item: o.item,
        latest: latest.score,
        drop: round(drop),
        earlierMean: round(mean),
        earlier,
        dropAtLeast: o.dropAtLeast,
        scaleMin: o.scaleMin,
        scaleMax: o.scaleMax,
      },
      { latestAt: iso(latest.t), latest: latest.score, earlierMean: mean, earlier, drop },
    );
  },
});

/**
 * Options of `complaint-unresolved`: fires for each complaint opened on or before `asOf` and not resolved
 * by `asOf` (no `resolvedAt`, or one after `asOf`) that has been open at least `openForDays` days.
 *
 * @example
 * ```ts
 * import type { ComplaintUnresolvedOptions } from "clientele/retention";
 * const afterAWeek: ComplaintUnresolvedOptions = { openForDays: 7 };
 * ```
 * @category Switching risk
 */
export interface ComplaintUnresolvedOptions {
  /** Days of 24 h a complaint must have been open (≥ 0; default 0: any open complaint). */
  readonly openForDays: number;
}

const complaintUnresolved = /* @__PURE__ */ defineRule({
  id: "complaint-unresolved",
  meta: {
    description: "A complaint is still open at the date of the assessment",
    severity: "correct",
    messages: {
      unresolved:
        "a {{severity}} complaint opened {{openedAt}} is unresolved after {{daysOpen}} days: resolve it — unresolved complainers are the least likely to repurchase",
    },
    citation: "TARP (1986), Consumer complaint handling in America: an update study; Hart, Heskett & Sasser (1990)",
    docs: "docs/rules/complaint-unresolved.md",
  },
  optionsSchema: /* @__PURE__ */ z.object({ openForDays: NonNegative }),
  defaultOptions: { openForDays: 0 } as ComplaintUnresolvedOptions,
  evaluate(facts: SwitchingRiskFacts, { openForDays }, report) {
    const asOf = facts.asOf.getTime();
    for (const c of facts.record.complaints as readonly Complaint[]) {
      const opened = c.openedAt.getTime();
      if (opened > asOf) continue;
      if (c.resolvedAt !== undefined && c.resolvedAt.getTime() <= asOf) continue;
      const open = asOf - opened;
      if (open < openForDays * DAY_MS) continue;
      report(
        "unresolved",
        { severity: c.severity, openedAt: iso(opened).slice(0, 10), daysOpen: days(open) },
        {
          openedAt: iso(opened),
          resolvedAt: c.resolvedAt === undefined ? null : iso(c.resolvedAt.getTime()),
          outcome: c.outcome,
          severity: c.severity,
          category: c.category ?? null,
          daysOpen: days(open),
        },
      );
    }
  },
});

/**
 * Options of `bond-lapsed`: fires for each bond instrument that ended within the last `lookbackDays`
 * days (end in (asOf − lookback, asOf]) at a level where no instrument is active at `asOf`.
 *
 * @example
 * ```ts
 * import type { BondLapsedOptions } from "clientele/retention";
 * const lastQuarter: BondLapsedOptions = { lookbackDays: 91 };
 * ```
 * @category Switching risk
 */
export interface BondLapsedOptions {
  /** How far back an end counts, in days of 24 h (> 0; default 90). */
  readonly lookbackDays: number;
}

const bondLapsed = /* @__PURE__ */ defineRule({
  id: "bond-lapsed",
  meta: {
    description: "A bond ended recently and nothing holds the customer at its level any more",
    severity: "warn",
    messages: {
      lapsed:
        "the {{level}} bond {{kind}} ended {{endedAt}} ({{daysAgo}} days ago) and no {{level}} bond is active: the cost of switching fell",
    },
    citation:
      "Berry & Parasuraman (1991), levels of relationship marketing; Burnham, Frels & Mahajan (2003), JAMS 31(2)",
    docs: "docs/rules/bond-lapsed.md",
  },
  optionsSchema: /* @__PURE__ */ z.object({ lookbackDays: Days }),
  defaultOptions: { lookbackDays: 90 } as BondLapsedOptions,
  evaluate(facts: SwitchingRiskFacts, { lookbackDays }, report) {
    const bonds = facts.record.bonds;
    if (bonds.length === 0) return;
    const asOf = facts.asOf.getTime();
    const from = asOf - lookbackDays * DAY_MS;
    let lapsed: BondInstrument[] | undefined;
    for (const b of bonds) {
      const end = b.end?.getTime();
      if (end === undefined || end > asOf || end <= from) continue;
      lapsed ??= [];
      lapsed.push(b);
    }
    if (lapsed === undefined) return;
    const profile = bondProfile(bonds, { asOf: facts.asOf });
    for (const b of lapsed) {
      if (profile.counts[b.level] > 0) continue;
      const end = b.end!.getTime();
      report(
        "lapsed",
        { level: b.level, kind: b.kind, endedAt: iso(end).slice(0, 10), daysAgo: days(asOf - end) },
        {
          level: b.level,
          kind: b.kind,
          start: iso(b.start.getTime()),
          end: iso(end),
          instrumentId: b.instrumentId ?? null,
          activeCounts: profile.counts,
          bondStrength: profile.strength.score,
        },
      );
    }
  },
});

/**
 * Options of `competitor-offer`: fires when an interaction of one of `kinds` is dated within the last
 * `lookbackDays` days (in (asOf − lookback, asOf]); one finding per such interaction.
 *
 * @example
 * ```ts
 * import type { CompetitorOfferOptions } from "clientele/retention";
 * const options: CompetitorOfferOptions = { kinds: ["competitor-offer", "price-match-request"], lookbackDays: 60 };
 * ```
 * @category Switching risk
 */
export interface CompetitorOfferOptions {
  /** Interaction kinds that record a competitor's offer (non-empty; default `["competitor-offer"]`). */
  readonly kinds: readonly string[];
  /** How far back an interaction counts, in days of 24 h (> 0; default 90). */
  readonly lookbackDays: number;
}

const competitorOffer = /* @__PURE__ */ defineRule({
  id: "competitor-offer",
  meta: {
    description: "A competitor's offer to the customer was noted recently",
    severity: "warn",
    messages: {
      offer: "a {{kind}} was noted {{at}} via {{channel}} ({{daysAgo}} days ago): a rival is courting the customer",
    },
    docs: "docs/rules/competitor-offer.md",
  },
  optionsSchema: /* @__PURE__ */ z.object({
    kinds: /* @__PURE__ */ z.array(Label).check(/* @__PURE__ */ z.minLength(1)),
    lookbackDays: Days,
  }),
  defaultOptions: { kinds: ["competitor-offer"], lookbackDays: 90 } as CompetitorOfferOptions,
  evaluate(facts: SwitchingRiskFacts, { kinds, lookbackDays }, report) {
    const asOf = facts.asOf.getTime();
    const from = asOf - lookbackDays * DAY_MS;
    for (const it of facts.record.interactions) {
      const t = it.timestamp.getTime();
      if (t > asOf || t <= from || !kinds.includes(it.kind)) continue;
      report(
        "offer",
        { kind: it.kind, at: iso(t).slice(0, 10), channel: it.channel, daysAgo: days(asOf - t) },
        { kind: it.kind, at: iso(t), channel: it.channel, direction: it.direction, topic: it.topic ?? null },
      );
    }
  },
});

/**
 * The core switching-prevention rule set (a set of `clientele/rules`): signs in one customer record that
 * the relationship is weakening. Run it with {@link assessSwitchingRisk} (which maps the findings to a
 * risk level) or `evaluateRules` on {@link SwitchingRiskFacts}; add rules with `extendRuleSet` or a
 * plugin, switch rules off or change thresholds through the config.
 *
 * | id | severity | fires when (defaults) |
 * |---|---|---|
 * | `purchase-gap-growing` | warn | time since the last purchase > 2 × the median of ≥ 3 earlier gaps |
 * | `spend-falling` | warn | spend in the last 6 months ≤ half the spend of the 6 before (≥ 2 purchases then) |
 * | `purchase-frequency-falling` | warn | purchases in the last 6 months ≤ half those of the 6 before (≥ 2 then) |
 * | `probability-alive-low` | warn | a count model is supplied and P(alive) at `asOf` < 0.5 |
 * | `satisfaction-falling` | warn | the latest `csat`/`overall` score (1–5) is ≥ 1 point below the mean of the earlier ones |
 * | `complaint-unresolved` | correct | a complaint opened on or before `asOf` is not resolved by `asOf` (one finding each) |
 * | `bond-lapsed` | warn | a bond ended in the last 90 days and no bond of its level is active (one finding each) |
 * | `competitor-offer` | warn | an interaction of kind `competitor-offer` in the last 90 days (one finding each) |
 *
 * @remarks
 * Every rule reads only events on or before `asOf`. Each finding's evidence holds the figures the rule
 * compared (dates as ISO strings, durations in days of 24 h) and its `options` the thresholds applied.
 * A survey score outside the declared scale is reported as an `error` finding of `satisfaction-falling`,
 * never skipped. Pages: docs/rules/<id>.md.
 *
 * @example
 * ```ts
 * import { switchingRiskRules } from "clientele/retention";
 * switchingRiskRules.order.length; // => 8
 * ```
 * @category Switching risk
 */
export const switchingRiskRules = /* @__PURE__ */ ruleSet(
  purchaseGapGrowing,
  spendFalling,
  frequencyFalling,
  probabilityAliveLow,
  satisfactionFalling,
  complaintUnresolved,
  bondLapsed,
  competitorOffer,
);

/**
 * The rules of {@link switchingRiskRules}, by id (for typing configs and extended sets).
 *
 * @example
 * ```ts
 * import type { SwitchingRiskRules } from "clientele/retention";
 * import type { RuleSetConfig } from "clientele/rules";
 * const config: RuleSetConfig<SwitchingRiskRules> = { "competitor-offer": { lookbackDays: 30 } };
 * ```
 * @category Switching risk
 */
export type SwitchingRiskRules = (typeof switchingRiskRules)["rules"];
