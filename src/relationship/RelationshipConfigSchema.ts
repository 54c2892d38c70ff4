import * as z from "zod/mini";
import type { BondWeights } from "../bonds/PerBondLevel.ts";
import type { DiscountRate } from "../clv/DiscountRate.ts";
import type { TimeLength } from "../clv/lifetimeValue/TimeLength.ts";
import { type BondLevel, BondLevelSchema } from "../customers/BondLevelSchema.ts";
import type { SwitchingRiskLevel } from "../retention/SwitchingRiskLevel.ts";
import { type RuleConfigInput, RuleConfigSchema } from "../rules/RuleConfigSchema.ts";
import { type ChainSurveyMapping, ChainSurveyMappingSchema } from "../satisfaction/chainResponsesFromRecords.ts";
import { type MissingAnswerPolicy, MissingAnswerPolicySchema } from "../satisfaction/MissingAnswerPolicySchema.ts";
import { type SatisfactionChainModel, SatisfactionChainModelSchema } from "../satisfaction/SatisfactionChainModel.ts";
import { type SurveyMapping, SurveyMappingSchema } from "../satisfaction/SurveyMappingSchema.ts";
import { CurrencySchema, LabelSchema } from "../schema/primitives.ts";
import { TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { type CostDrivers, CostDriversSchema } from "../value/CostDriversSchema.ts";

const Days = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(36_500));
const Rate = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1e6));
const Length = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1e6));
const Weight = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1e6));
const Score = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1e6));
const Share = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));
const TimeLengthSchema = /* @__PURE__ */ z.union([
  Length,
  /* @__PURE__ */ z.strictObject({ length: Length, unit: TimeUnitSchema }),
]);
const opt = /* @__PURE__ */ z.optional;

const relationshipConfigObject = /* @__PURE__ */ z.strictObject({
  currency: /* @__PURE__ */ opt(CurrencySchema),
  grossMarginRate: /* @__PURE__ */ opt(Share),
  discountRate: /* @__PURE__ */ opt(
    /* @__PURE__ */ z.union([Rate, /* @__PURE__ */ z.strictObject({ rate: Rate, per: TimeUnitSchema })]),
  ),
  lookbackDays: /* @__PURE__ */ opt(Days),
  horizonDays: /* @__PURE__ */ opt(Days),
  forecast: /* @__PURE__ */ opt(
    /* @__PURE__ */ z.strictObject({ horizon: TimeLengthSchema, period: /* @__PURE__ */ opt(TimeLengthSchema) }),
  ),
  lifecycle: /* @__PURE__ */ opt(
    /* @__PURE__ */ z.strictObject({
      newWithinDays: /* @__PURE__ */ opt(Days),
      lapsedAfterDays: /* @__PURE__ */ opt(Days),
      wonBackWithinDays: /* @__PURE__ */ opt(Days),
      terminationKind: /* @__PURE__ */ opt(LabelSchema),
      atRiskLevel: /* @__PURE__ */ opt(/* @__PURE__ */ z.enum(["medium", "high"])),
    }),
  ),
  switchingRisk: /* @__PURE__ */ opt(
    /* @__PURE__ */ z.strictObject({
      levels: /* @__PURE__ */ opt(
        /* @__PURE__ */ z.strictObject({ medium: /* @__PURE__ */ opt(Score), high: /* @__PURE__ */ opt(Score) }),
      ),
      rules: /* @__PURE__ */ opt(RuleConfigSchema),
    }),
  ),
  bonds: /* @__PURE__ */ opt(
    /* @__PURE__ */ z.strictObject({
      weights: /* @__PURE__ */ opt(
        /* @__PURE__ */ z.strictObject({
          financial: /* @__PURE__ */ opt(Weight),
          social: /* @__PURE__ */ opt(Weight),
          structural: /* @__PURE__ */ opt(Weight),
        }),
      ),
      saturation: /* @__PURE__ */ opt(
        /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1)),
      ),
      kinds: /* @__PURE__ */ opt(/* @__PURE__ */ z.record(LabelSchema, BondLevelSchema)),
    }),
  ),
  satisfaction: /* @__PURE__ */ opt(
    /* @__PURE__ */ z.strictObject({
      survey: /* @__PURE__ */ opt(SurveyMappingSchema),
      chain: /* @__PURE__ */ opt(ChainSurveyMappingSchema),
      chainModel: /* @__PURE__ */ opt(SatisfactionChainModelSchema),
      missing: /* @__PURE__ */ opt(MissingAnswerPolicySchema),
      level: /* @__PURE__ */ opt(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lt(1))),
    }),
  ),
  costDrivers: /* @__PURE__ */ opt(CostDriversSchema),
  termination: /* @__PURE__ */ opt(
    /* @__PURE__ */ z.strictObject({
      correctionKind: /* @__PURE__ */ opt(LabelSchema),
      rules: /* @__PURE__ */ opt(RuleConfigSchema),
    }),
  ),
  jobs: /* @__PURE__ */ opt(/* @__PURE__ */ z.strictObject({ rules: /* @__PURE__ */ opt(RuleConfigSchema) })),
  portfolio: /* @__PURE__ */ opt(
    /* @__PURE__ */ z.strictObject({
      topK: /* @__PURE__ */ opt(
        /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100_000)),
      ),
    }),
  ),
});

/**
 * The zod schema of a relationship-assessment configuration ({@link RelationshipConfigInput}): every
 * field optional, unknown keys rejected, each part validated with its area's own schema (cost drivers,
 * survey mappings, rule configs). {@link parseRelationshipConfig} parses JSON with it and fills the
 * defaults of {@link defaultRelationshipConfig}.
 *
 * @example
 * ```ts
 * import { RelationshipConfigSchema } from "clientele/relationship";
 * import { parseInput } from "clientele/schema";
 * parseInput("load", RelationshipConfigSchema, { lookbackDays: 180, grossMarginRate: 0.3 }).lookbackDays; // => 180
 * ```
 * @category Configuration
 */
export const RelationshipConfigSchema: z.ZodMiniType<RelationshipConfigInput, RelationshipConfigInput> =
  relationshipConfigObject as unknown as z.ZodMiniType<RelationshipConfigInput, RelationshipConfigInput>;

/**
 * What a relationship-assessment configuration may state (every field optional; see
 * {@link RelationshipConfig} for the meaning and {@link defaultRelationshipConfig} for the defaults).
 *
 * @example
 * ```ts
 * import type { RelationshipConfigInput } from "clientele/relationship";
 * const config: RelationshipConfigInput = {
 *   currency: "USD",
 *   grossMarginRate: 0.3,
 *   discountRate: { rate: 0.1, per: "year" },
 *   forecast: { horizon: { length: 52, unit: "week" } },
 *   lifecycle: { lapsedAfterDays: 180 },
 * };
 * ```
 * @category Configuration
 */
export interface RelationshipConfigInput {
  /** ISO 4217 currency of every amount (switching costs, cost to serve, profit, value). */
  readonly currency?: string | undefined;
  /** Margin as a share of revenue, in [0, 1]: the lifetime-value margin, and the margin of transactions without `cost`. */
  readonly grossMarginRate?: number | undefined;
  /** The one discount rate (`DiscountRate` of clientele/clv): a number per fit unit, or `{ rate, per }`. */
  readonly discountRate?: DiscountRate | undefined;
  /** Days of history that profitability and termination economics read: (asOf − lookbackDays, asOf]. */
  readonly lookbackDays?: number | undefined;
  /** Days ahead that the termination economics project. */
  readonly horizonDays?: number | undefined;
  /** Horizon (and discounting period) of expected purchases and lifetime value. */
  readonly forecast?:
    | {
        /** How far ahead (`TimeLength` of clientele/clv: a number in the fit's unit, or `{ length, unit }`). */
        readonly horizon: TimeLength;
        /** Length of each discounting period of the lifetime value (default one fit unit). */
        readonly period?: TimeLength | undefined;
      }
    | undefined;
  /** Lifecycle thresholds (`LifecycleStageOptions` of clientele/lifecycle). */
  readonly lifecycle?:
    | {
        /** "new": first purchase at most this many days ago. */
        readonly newWithinDays?: number | undefined;
        /** "lapsed": no purchase for more than this many days. */
        readonly lapsedAfterDays?: number | undefined;
        /** "won-back": the purchase that ended a lapse at most this many days ago. */
        readonly wonBackWithinDays?: number | undefined;
        /** The interaction kind that ends the relationship. */
        readonly terminationKind?: string | undefined;
        /** The switching-risk level from which a customer is "at-risk". */
        readonly atRiskLevel?: Exclude<SwitchingRiskLevel, "low"> | undefined;
      }
    | undefined;
  /** Switching-risk levels and rule config (`switchingRiskRules` of clientele/retention). */
  readonly switchingRisk?:
    | {
        /** Score thresholds (merged over `defaultSwitchingRiskLevels`). */
        readonly levels?:
          | {
              /** The lowest score that is "medium". */
              readonly medium?: number | undefined;
              /** The lowest score that is "high". */
              readonly high?: number | undefined;
            }
          | undefined;
        /** Per-rule `"off"` or option overrides. */
        readonly rules?: RuleConfigInput | undefined;
      }
    | undefined;
  /** Bond-strength options (`bondProfile` of clientele/bonds) and the bond-kind catalogue. */
  readonly bonds?:
    | {
        /** Weights of the strength score per level. */
        readonly weights?: Partial<BondWeights> | undefined;
        /** Saturation of the strength score, in (0, 1]. */
        readonly saturation?: number | undefined;
        /** Bond kinds and their levels (`defineBondKinds`): every instrument's kind must be listed. */
        readonly kinds?: Readonly<Record<string, BondLevel>> | undefined;
      }
    | undefined;
  /** Where satisfaction answers sit in the survey responses (clientele/satisfaction). */
  readonly satisfaction?:
    | {
        /** The indices' mapping (NPS, CSAT, CES, SERVQUAL, ACSI). */
        readonly survey?: SurveyMapping | undefined;
        /** The satisfaction chain's mapping. */
        readonly chain?: ChainSurveyMapping | undefined;
        /** Path coefficients of the chain (default: equal weights). */
        readonly chainModel?: SatisfactionChainModel | undefined;
        /** Missing answers in the chain. */
        readonly missing?: MissingAnswerPolicy | undefined;
        /** Confidence level of the indices' intervals. */
        readonly level?: number | undefined;
      }
    | undefined;
  /** The cost-driver table that prices service (`CostDrivers` of clientele/value); absent = service costs nothing. */
  readonly costDrivers?: CostDrivers | undefined;
  /** Termination options (`decideTermination` of clientele/termination). */
  readonly termination?:
    | {
        /** The interaction kind that records a correction. */
        readonly correctionKind?: string | undefined;
        /** Per-rule `"off"` or option overrides of `coreTerminationRules`. */
        readonly rules?: RuleConfigInput | undefined;
      }
    | undefined;
  /** The CRM jobs' rule config: per rule id of {@link crmJobRules}, `"off"` or option overrides. */
  readonly jobs?:
    | {
        /** Per-rule `"off"` or option overrides. */
        readonly rules?: RuleConfigInput | undefined;
      }
    | undefined;
  /** Portfolio options. */
  readonly portfolio?:
    | {
        /** How many customers the "act on first" list keeps. */
        readonly topK?: number | undefined;
      }
    | undefined;
}

/**
 * A relationship-assessment configuration with every default filled in (what
 * {@link parseRelationshipConfig} returns). Optional parts that have no default stay `undefined`, and
 * the assessment states the parts they make impossible (a lifetime value without `discountRate`, …).
 *
 * @example
 * ```ts
 * import { parseRelationshipConfig, type RelationshipConfig } from "clientele/relationship";
 * const config: RelationshipConfig = parseRelationshipConfig({});
 * config.lifecycle.lapsedAfterDays; // => 365
 * ```
 * @category Configuration
 */
export interface RelationshipConfig {
  /** ISO 4217 currency, or `undefined`: amounts are in the data's currency. */
  readonly currency: string | undefined;
  /** Margin share, or `undefined`: no lifetime value, and transactions need their `cost`. */
  readonly grossMarginRate: number | undefined;
  /** The discount rate, or `undefined`: no lifetime value. */
  readonly discountRate: DiscountRate | undefined;
  /** Days of history read by profitability and termination (default 365). */
  readonly lookbackDays: number;
  /** Days the termination economics project (default 365). */
  readonly horizonDays: number;
  /** The forecast horizon and period, or `undefined`: no expected purchases and no lifetime value. */
  readonly forecast:
    | {
        /** How far ahead. */
        readonly horizon: TimeLength;
        /** The discounting period. */
        readonly period?: TimeLength | undefined;
      }
    | undefined;
  /** Lifecycle thresholds (defaults 90, 365, 180, `"relationship-terminated"`, `"medium"`). */
  readonly lifecycle: {
    /** Default 90. */
    readonly newWithinDays: number;
    /** Default 365. */
    readonly lapsedAfterDays: number;
    /** Default 180. */
    readonly wonBackWithinDays: number;
    /** Default `"relationship-terminated"`. */
    readonly terminationKind: string;
    /** Default `"medium"`. */
    readonly atRiskLevel: Exclude<SwitchingRiskLevel, "low">;
  };
  /** Switching-risk levels (default `{ medium: 1, high: 3 }`) and rule overrides (default none). */
  readonly switchingRisk: {
    /** Score thresholds. */
    readonly levels: {
      /** The lowest score that is "medium". */
      readonly medium: number;
      /** The lowest score that is "high". */
      readonly high: number;
    };
    /** Rule overrides. */
    readonly rules: RuleConfigInput;
  };
  /** Bond options (default weights 1, 2, 3; saturation 0.5; no kind catalogue). */
  readonly bonds: {
    /** Strength weights per level. */
    readonly weights: BondWeights;
    /** Saturation. */
    readonly saturation: number;
    /** The kind catalogue, or `undefined`. */
    readonly kinds: Readonly<Record<string, BondLevel>> | undefined;
  };
  /** Satisfaction mappings (default none: the satisfaction part is missing), chain model, policy (`"reject"`), level (0.95). */
  readonly satisfaction: {
    /** Indices' mapping, or `undefined`. */
    readonly survey: SurveyMapping | undefined;
    /** Chain mapping, or `undefined`. */
    readonly chain: ChainSurveyMapping | undefined;
    /** Chain model, or `undefined` (equal weights). */
    readonly chainModel: SatisfactionChainModel | undefined;
    /** Missing answers in the chain. */
    readonly missing: MissingAnswerPolicy;
    /** Confidence level. */
    readonly level: number;
  };
  /** The cost-driver table, or `undefined`. */
  readonly costDrivers: CostDrivers | undefined;
  /** Termination options (default correction kind `"correction-offered"`, no rule overrides). */
  readonly termination: {
    /** The correction kind. */
    readonly correctionKind: string;
    /** Rule overrides. */
    readonly rules: RuleConfigInput;
  };
  /** CRM job rule overrides (default none). */
  readonly jobs: {
    /** Rule overrides. */
    readonly rules: RuleConfigInput;
  };
  /** Portfolio options (default `topK` 100). */
  readonly portfolio: {
    /** Size of the "act on first" list. */
    readonly topK: number;
  };
}

/**
 * The defaults of every relationship-assessment option, in one place. They are the defaults of the areas
 * the assessment calls (lifecycle, retention, bonds, satisfaction, termination), restated here so that a
 * configuration loaded from JSON shows every threshold it runs with.
 *
 * | option | default | meaning |
 * |---|---|---|
 * | `currency` | none | amounts in the data's currency |
 * | `grossMarginRate` | none | no lifetime value; transactions need `cost` |
 * | `discountRate` | none | no lifetime value |
 * | `lookbackDays` | 365 | profitability and termination window (asOf − 365 d, asOf] |
 * | `horizonDays` | 365 | termination projection |
 * | `forecast` | none | no expected purchases or lifetime value (a horizon depends on the fit's unit) |
 * | `lifecycle` | 90 / 365 / 180 days, `"relationship-terminated"`, `"medium"` | `lifecycleStage` |
 * | `switchingRisk` | levels `{ medium: 1, high: 3 }`, no overrides | `assessSwitchingRisk` |
 * | `bonds` | weights 1 / 2 / 3, saturation 0.5 | `bondProfile` |
 * | `satisfaction` | no mapping, `missing: "reject"`, `level: 0.95` | satisfaction part missing |
 * | `costDrivers` | none | service costs nothing |
 * | `termination` | `correctionKind: "correction-offered"`, no overrides | `decideTermination` |
 * | `jobs` | no overrides | the rules' own defaults ({@link crmJobRules}) |
 * | `portfolio.topK` | 100 | customers kept in the "act on first" list |
 *
 * @example
 * ```ts
 * import { defaultRelationshipConfig } from "clientele/relationship";
 * defaultRelationshipConfig.lookbackDays; // => 365
 * defaultRelationshipConfig.switchingRisk.levels; // => { medium: 1, high: 3 }
 * ```
 * @category Configuration
 */
export const defaultRelationshipConfig: RelationshipConfig = /* @__PURE__ */ Object.freeze({
  currency: undefined,
  grossMarginRate: undefined,
  discountRate: undefined,
  lookbackDays: 365,
  horizonDays: 365,
  forecast: undefined,
  lifecycle: Object.freeze({
    newWithinDays: 90,
    lapsedAfterDays: 365,
    wonBackWithinDays: 180,
    terminationKind: "relationship-terminated",
    atRiskLevel: "medium" as const,
  }),
  switchingRisk: Object.freeze({ levels: Object.freeze({ medium: 1, high: 3 }), rules: Object.freeze({}) }),
  bonds: Object.freeze({
    weights: Object.freeze({ financial: 1, social: 2, structural: 3 }),
    saturation: 0.5,
    kinds: undefined,
  }),
  satisfaction: Object.freeze({
    survey: undefined,
    chain: undefined,
    chainModel: undefined,
    missing: "reject" as const,
    level: 0.95,
  }),
  costDrivers: undefined,
  termination: Object.freeze({ correctionKind: "correction-offered", rules: Object.freeze({}) }),
  jobs: Object.freeze({ rules: Object.freeze({}) }),
  portfolio: Object.freeze({ topK: 100 }),
});
