import * as z from "zod/mini";
import type { BondLevel } from "../customers/BondLevelSchema.ts";
import { defineRule } from "../rules/defineRule.ts";
import { ruleSet } from "../rules/ruleSet.ts";
import { bondLevelTable } from "./bondLevelTable.ts";
import type { BondProfile } from "./bondProfile.ts";

/**
 * A kind of retention lever: `"economic"` (price incentives: financial bonds), `"social"` (people and
 * community: social bonds) or `"technical"` (the firm built into the customer's own systems: structural
 * bonds).
 *
 * @example
 * ```ts
 * import type { RetentionLever } from "clientele/bonds";
 * const lever: RetentionLever = "technical";
 * ```
 * @category Retention levers
 */
export type RetentionLever = "economic" | "social" | "technical";

/**
 * What the retention-lever rules read: the customer's bond profile and, when known, satisfaction and
 * variety seeking, each rescaled to [0, 1] by the caller (e.g. a 1–5 CSAT as (x − 1) / 4).
 *
 * @example
 * ```ts
 * import { bondProfile, type RetentionLeverFacts } from "clientele/bonds";
 * const facts: RetentionLeverFacts = {
 *   profile: bondProfile([], { asOf: "2024-06-30" }),
 *   satisfaction: 0.9,
 *   varietySeeking: 0.8,
 * };
 * ```
 * @category Retention levers
 */
export interface RetentionLeverFacts {
  /** The customer's bonds at the date of the recommendation (from {@link bondProfile}). */
  readonly profile: BondProfile;
  /** Satisfaction in [0, 1]; absent when unknown (rules that need it do not fire). */
  readonly satisfaction?: number | undefined;
  /** Variety-seeking tendency in [0, 1]; absent when unknown (rules that need it do not fire). */
  readonly varietySeeking?: number | undefined;
}

/**
 * Options of the retention-lever rules that need satisfaction: the threshold at and above which a
 * customer counts as satisfied (a number in [0, 1], default 0.6).
 *
 * @example
 * ```ts
 * import type { SatisfactionThreshold } from "clientele/bonds";
 * const strict: SatisfactionThreshold = { satisfiedAtLeast: 0.8 };
 * ```
 * @category Retention levers
 */
export interface SatisfactionThreshold {
  /** Satisfaction at or above this counts as satisfied; below it, as dissatisfied. In [0, 1]. */
  readonly satisfiedAtLeast: number;
}

/**
 * Options of the variety-seeker rules: the satisfaction threshold and the variety-seeking threshold
 * (at and above which a customer counts as a variety seeker; in [0, 1], default 0.5).
 *
 * @example
 * ```ts
 * import type { VarietySeekerThresholds } from "clientele/bonds";
 * const options: VarietySeekerThresholds = { satisfiedAtLeast: 0.6, varietySeekingAtLeast: 0.7 };
 * ```
 * @category Retention levers
 */
export interface VarietySeekerThresholds extends SatisfactionThreshold {
  /** Variety seeking at or above this counts as variety-seeking. In [0, 1]. */
  readonly varietySeekingAtLeast: number;
}

const Unit = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));
const satisfactionSchema: z.ZodMiniType<SatisfactionThreshold> = /* @__PURE__ */ z.object({ satisfiedAtLeast: Unit });
const varietySchema: z.ZodMiniType<VarietySeekerThresholds> = /* @__PURE__ */ z.object({
  satisfiedAtLeast: Unit,
  varietySeekingAtLeast: Unit,
});
const satisfactionDefaults: SatisfactionThreshold = { satisfiedAtLeast: 0.6 };
const varietyDefaults: VarietySeekerThresholds = { satisfiedAtLeast: 0.6, varietySeekingAtLeast: 0.5 };

const LEVER_OF: Readonly<Record<BondLevel, RetentionLever>> = {
  financial: "economic",
  social: "social",
  structural: "technical",
};

const CITATION_LEVELS =
  "Berry & Parasuraman (1991), Marketing Services, ch. 8; Berry (1995), JAMS 23(4), Table 1 (levels of relationship marketing)";

/** The evidence every lever rule reports: the facts it read. */
function leverEvidence(facts: RetentionLeverFacts): Record<string, unknown> {
  return {
    satisfaction: facts.satisfaction ?? null,
    varietySeeking: facts.varietySeeking ?? null,
    highestLevel: facts.profile.highestLevel,
    counts: facts.profile.counts,
    stacked: facts.profile.stacked,
    bondStrength: facts.profile.strength.score,
  };
}

const satisfiedVarietySeeker = (
  facts: RetentionLeverFacts,
  o: VarietySeekerThresholds,
): facts is RetentionLeverFacts & { satisfaction: number; varietySeeking: number } =>
  facts.satisfaction !== undefined &&
  facts.varietySeeking !== undefined &&
  facts.satisfaction >= o.satisfiedAtLeast &&
  facts.varietySeeking >= o.varietySeekingAtLeast;

/** The three variety-seeker rules differ only by the level they look for. */
function varietySeekerLever<const Id extends string>(id: Id, level: BondLevel, why: string) {
  const lever = LEVER_OF[level];
  return defineRule({
    id,
    meta: {
      description: `A satisfied variety seeker without a ${level} bond: a ${lever} lever applies`,
      severity: "warn",
      messages: {
        leverApplies: `satisfied ({{satisfaction}}) but variety-seeking ({{varietySeeking}}) with no active ${level} bond: a ${lever} lever applies — ${why}`,
      },
      citation: CITATION_LEVELS,
      docs: `docs/rules/${id}.md`,
    },
    optionsSchema: varietySchema,
    defaultOptions: varietyDefaults,
    evaluate(facts: RetentionLeverFacts, options, report) {
      if (!satisfiedVarietySeeker(facts, options) || facts.profile.counts[level] > 0) return;
      report(
        "leverApplies",
        { satisfaction: facts.satisfaction, varietySeeking: facts.varietySeeking, lever, level },
        leverEvidence(facts),
      );
    },
  });
}

const economicLever = /* @__PURE__ */ varietySeekerLever(
  "variety-seeker-economic-lever",
  "financial",
  "points, a stamp card or accumulated discounts make trying a rival forfeit earned value (easy to copy, so not enough alone)",
);
const socialLever = /* @__PURE__ */ varietySeekerLever(
  "variety-seeker-social-lever",
  "social",
  "personal contact, a club or member events offer variety inside the relationship and ties to people, harder to copy than price",
);
const technicalLever = /* @__PURE__ */ varietySeekerLever(
  "variety-seeker-technical-lever",
  "structural",
  "an integrated ordering system, a data integration or a custom solution builds the firm into the customer's own systems",
);

const dissatisfied = /* @__PURE__ */ defineRule({
  id: "dissatisfied-fix-service-first",
  meta: {
    description: "A dissatisfied customer: correct the service before adding bonds",
    severity: "correct",
    messages: {
      fixServiceFirst:
        "satisfaction {{satisfaction}} is below {{threshold}}: correct the service first — bonds added now would keep a dissatisfied customer only until a rival removes the cost of leaving",
      heldByBonds:
        "satisfaction {{satisfaction}} is below {{threshold}} while {{highestLevel}} bonds hold the customer: they stay by constraint, not by choice — correct the service before the bonds lapse",
    },
    citation: "Burnham, Frels & Mahajan (2003), JAMS 31(2): switching costs retain beyond satisfaction",
    docs: "docs/rules/dissatisfied-fix-service-first.md",
  },
  optionsSchema: satisfactionSchema,
  defaultOptions: satisfactionDefaults,
  evaluate(facts: RetentionLeverFacts, { satisfiedAtLeast }, report) {
    if (facts.satisfaction === undefined || facts.satisfaction >= satisfiedAtLeast) return;
    const highest = facts.profile.highestLevel;
    if (highest === null) {
      report(
        "fixServiceFirst",
        { satisfaction: facts.satisfaction, threshold: satisfiedAtLeast },
        leverEvidence(facts),
      );
    } else {
      report(
        "heldByBonds",
        { satisfaction: facts.satisfaction, threshold: satisfiedAtLeast, highestLevel: highest },
        leverEvidence(facts),
      );
    }
  },
});

const addMissingLevel = /* @__PURE__ */ defineRule({
  id: "bonded-add-missing-level",
  meta: {
    description: "Bonds not stacked as the theory expects: a higher-level bond without a lower one",
    severity: "warn",
    messages: {
      missingLevel:
        "a {{highestLevel}} bond without an active {{missingLevel}} bond: the levels are not stacked (Berry's level {{rank}} rests on {{typeOfBond}}); a {{lever}} lever fills the gap",
    },
    citation: CITATION_LEVELS,
    docs: "docs/rules/bonded-add-missing-level.md",
  },
  optionsSchema: satisfactionSchema,
  defaultOptions: satisfactionDefaults,
  evaluate(facts: RetentionLeverFacts, { satisfiedAtLeast }, report) {
    const { highestLevel, missingBelow } = facts.profile;
    if (highestLevel === null || missingBelow.length === 0) return;
    // A dissatisfied customer is corrected first (dissatisfied-fix-service-first), not bound further.
    if (facts.satisfaction !== undefined && facts.satisfaction < satisfiedAtLeast) return;
    const row = bondLevelTable.rows.find((r) => r.level === highestLevel);
    for (const missing of missingBelow) {
      report(
        "missingLevel",
        {
          highestLevel,
          missingLevel: missing,
          rank: row?.rank ?? 0,
          typeOfBond: (row?.typeOfBond ?? []).join(", "),
          lever: LEVER_OF[missing],
        },
        leverEvidence(facts),
      );
    }
  },
});

const nextLevel = /* @__PURE__ */ defineRule({
  id: "bonded-next-level",
  meta: {
    description: "A bonded customer whose bonds can go one level up, where they are harder to copy",
    severity: "info",
    messages: {
      nextLevel:
        "bonded at level {{rank}} ({{highestLevel}}, differentiation potential {{currentPotential}}): a {{lever}} lever adds the {{nextLevel}} level (differentiation potential {{nextPotential}})",
    },
    citation: CITATION_LEVELS,
    docs: "docs/rules/bonded-next-level.md",
  },
  optionsSchema: varietySchema,
  defaultOptions: varietyDefaults,
  evaluate(facts: RetentionLeverFacts, { satisfiedAtLeast, varietySeekingAtLeast }, report) {
    const { highestLevel, stacked } = facts.profile;
    if (highestLevel === null || highestLevel === "structural" || !stacked) return;
    // Dissatisfied customers are for dissatisfied-fix-service-first; variety seekers for the variety-seeker rules.
    if (facts.satisfaction !== undefined && facts.satisfaction < satisfiedAtLeast) return;
    if (facts.varietySeeking !== undefined && facts.varietySeeking >= varietySeekingAtLeast) return;
    const rows = bondLevelTable.rows;
    const i = rows.findIndex((r) => r.level === highestLevel);
    const current = rows[i]!;
    const next = rows[i + 1]!;
    report(
      "nextLevel",
      {
        rank: current.rank,
        highestLevel,
        currentPotential: current.potentialForSustainedCompetitiveDifferentiation,
        lever: LEVER_OF[next.level],
        nextLevel: next.level,
        nextPotential: next.potentialForSustainedCompetitiveDifferentiation,
      },
      leverEvidence(facts),
    );
  },
});

/**
 * The core rule set of retention levers (a set of `clientele/rules`): which technical, economic and
 * social levers apply to a customer, and why, from their bond profile, satisfaction and variety
 * seeking. Run it with {@link recommendRetentionLevers} (or `evaluateRules` on {@link RetentionLeverFacts});
 * extend it with `extendRuleSet`, switch rules off or change thresholds through the config.
 *
 * | id | severity | fires when |
 * |---|---|---|
 * | `dissatisfied-fix-service-first` | correct | satisfaction < `satisfiedAtLeast` (0.6): fix the service before binding |
 * | `variety-seeker-economic-lever` | warn | satisfied (≥ 0.6), variety-seeking (≥ 0.5), no active financial bond |
 * | `variety-seeker-social-lever` | warn | the same, no active social bond |
 * | `variety-seeker-technical-lever` | warn | the same, no active structural bond |
 * | `bonded-add-missing-level` | warn | a level below the highest has no active bond, not dissatisfied (one finding per missing level) |
 * | `bonded-next-level` | info | stacked bonds below structural, not dissatisfied, not a variety seeker |
 *
 * @remarks
 * Every finding's `data.lever` (where a lever applies) names it: `"economic"`, `"social"` or
 * `"technical"`; its evidence holds the satisfaction, variety seeking, highest level, counts per level,
 * stacking and bond strength the rule read. The levers follow Berry & Parasuraman's levels (financial,
 * social, structural bonds; {@link bondLevelTable}); a dissatisfied customer is corrected first
 * (severity `correct`), because bonds that hold a customer against their will keep them only as long as
 * the cost of leaving (Burnham, Frels & Mahajan 2003).
 *
 * @example
 * ```ts
 * import { bondProfile, retentionLeverRules } from "clientele/bonds";
 * import { evaluateRules } from "clientele/rules";
 * const profile = bondProfile([], { asOf: "2024-06-30" });
 * const result = evaluateRules(retentionLeverRules, { profile, satisfaction: 0.9, varietySeeking: 0.8 }, {
 *   "variety-seeker-technical-lever": "off",
 * });
 * result.findings.map((f) => f.data.lever); // => ["economic", "social"]
 * ```
 * @category Retention levers
 */
export const retentionLeverRules = /* @__PURE__ */ ruleSet(
  dissatisfied,
  economicLever,
  socialLever,
  technicalLever,
  addMissingLevel,
  nextLevel,
);

/**
 * The rules of {@link retentionLeverRules}, by id (for typing configs and extended sets).
 *
 * @example
 * ```ts
 * import type { RetentionLeverRules } from "clientele/bonds";
 * import type { RuleSetConfig } from "clientele/rules";
 * const config: RuleSetConfig<RetentionLeverRules> = { "bonded-next-level": "off" };
 * ```
 * @category Retention levers
 */
export type RetentionLeverRules = (typeof retentionLeverRules)["rules"];
