import * as z from "zod/mini";
import { CurrencySchema, LabelSchema } from "../schema/primitives.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";

const positive = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));
const nonNegative = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

const durationObject = /* @__PURE__ */ z.strictObject({
  length: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gt(0)),
  unit: TimeUnitSchema,
});

const multiplierObject = /* @__PURE__ */ z.strictObject({
  field: /* @__PURE__ */ z.enum(["productId", "channel"]),
  value: LabelSchema,
  factor: nonNegative(),
});

const earnObject = /* @__PURE__ */ z.strictObject({
  basis: /* @__PURE__ */ z.enum(["spend", "distance", "visit"]),
  rate: positive(),
  multipliers: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(multiplierObject)),
  capPerTransaction: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gt(0))),
  capPerPeriod: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      points: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gt(0)),
      period: TimeUnitSchema,
    }),
  ),
  rounding: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(["down", "nearest", "up"])),
});

const expiryObject = /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal("never") }),
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal("rolling"), after: durationObject }),
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal("fixed"), after: durationObject }),
]);

const tierObject = /* @__PURE__ */ z.strictObject({
  name: LabelSchema,
  threshold: positive(),
  retainThreshold: /* @__PURE__ */ z.optional(positive()),
});

const rewardObject = /* @__PURE__ */ z.strictObject({
  rewardId: LabelSchema,
  points: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gt(0)),
  cost: nonNegative(),
  name: /* @__PURE__ */ z.optional(LabelSchema),
});

type Ctx = Parameters<Parameters<typeof z.superRefine<LoyaltyProgram>>[0]>[1];

function issue(ctx: Ctx, path: (string | number)[], expected: string): void {
  ctx.addIssue({ code: "custom", path, message: "", params: { expected } });
}

function checkLadder(ladder: readonly LoyaltyTier[], ctx: Ctx): void {
  const names = new Map<string, number>();
  for (let i = 0; i < ladder.length; i++) {
    const tier = ladder[i]!;
    const seen = names.get(tier.name);
    if (seen !== undefined)
      issue(ctx, ["tiers", "ladder", i, "name"], `a tier name not already used (tiers.ladder[${seen}])`);
    else names.set(tier.name, i);
    const retain = tier.retainThreshold ?? tier.threshold;
    if (retain > tier.threshold)
      issue(
        ctx,
        ["tiers", "ladder", i, "retainThreshold"],
        `a retain threshold ≤ the tier's threshold (${tier.threshold})`,
      );
    if (i === 0) continue;
    const below = ladder[i - 1]!;
    if (tier.threshold === below.threshold)
      issue(
        ctx,
        ["tiers", "ladder", i, "threshold"],
        `a threshold above tiers.ladder[${i - 1}]'s (${below.threshold}); two tiers on one threshold overlap`,
      );
    else if (tier.threshold < below.threshold)
      issue(
        ctx,
        ["tiers", "ladder", i, "threshold"],
        `a threshold above tiers.ladder[${i - 1}]'s (${below.threshold}); the ladder runs from the lowest tier up`,
      );
    else if (retain <= (below.retainThreshold ?? below.threshold))
      issue(
        ctx,
        ["tiers", "ladder", i, "retainThreshold"],
        `a retain threshold above tiers.ladder[${i - 1}]'s (${below.retainThreshold ?? below.threshold}); a higher tier cannot be easier to keep`,
      );
  }
}

const programObject = /* @__PURE__ */ z
  .strictObject({
    programId: /* @__PURE__ */ z.optional(LabelSchema),
    currency: /* @__PURE__ */ z.optional(CurrencySchema),
    costPerPoint: nonNegative(),
    valuePerPoint: /* @__PURE__ */ z.optional(nonNegative()),
    earn: earnObject,
    expiry: /* @__PURE__ */ z.optional(expiryObject),
    tiers: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        window: durationObject,
        ladder: /* @__PURE__ */ z.array(tierObject).check(/* @__PURE__ */ z.minLength(1)),
      }),
    ),
    rewards: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(rewardObject)),
  })
  .check(
    /* @__PURE__ */ z.superRefine((program: LoyaltyProgram, ctx) => {
      if (program.tiers !== undefined) checkLadder(program.tiers.ladder, ctx);
      const rewards = new Map<string, number>();
      program.rewards?.forEach((r, i) => {
        const seen = rewards.get(r.rewardId);
        if (seen !== undefined)
          issue(ctx, ["rewards", i, "rewardId"], `a rewardId not already used (rewards[${seen}])`);
        else rewards.set(r.rewardId, i);
      });
      const multipliers = new Map<string, number>();
      program.earn.multipliers?.forEach((m, i) => {
        const key = `${m.field}\u0000${m.value}`;
        const seen = multipliers.get(key);
        if (seen !== undefined)
          issue(
            ctx,
            ["earn", "multipliers", i, "value"],
            `a ${m.field} not already given a factor (earn.multipliers[${seen}])`,
          );
        else multipliers.set(key, i);
      });
    }),
  );

/**
 * The zod schema of a loyalty program's definition: how points are earned, how they expire, the tier
 * ladder, and the rewards with their cost to the firm. Parse with {@link parseLoyaltyProgram}.
 *
 * @remarks
 * Beyond each field's own check, the program is `invalid_input` (with the path of the offending field)
 * when:
 * - two tiers share a threshold (they overlap) or a tier's threshold is below the one before it (the
 *   ladder is not monotone): at `tiers.ladder[i].threshold`;
 * - a retain threshold exceeds its tier's threshold, or is not above the retain threshold of the tier
 *   below: at `tiers.ladder[i].retainThreshold`;
 * - two tiers share a name, two rewards a `rewardId`, or two multipliers the same field and value.
 *
 * @example
 * ```ts
 * import { LoyaltyProgramSchema } from "clientele/loyalty";
 * import { parseInput } from "clientele/schema";
 * parseInput("f", LoyaltyProgramSchema, { costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } }).earn.rate; // => 1
 * ```
 * @category Program
 */
export const LoyaltyProgramSchema: z.ZodMiniType<LoyaltyProgram, LoyaltyProgramInput> = programObject;

/**
 * A length of time: `length` (a whole number > 0) calendar `unit`s, e.g. `{ length: 12, unit: "month" }`.
 * Months, quarters and years are calendar months (a month after Jan 31 is the last day of February),
 * counted on the UTC calendar.
 *
 * @example
 * ```ts
 * import type { LoyaltyDuration } from "clientele/loyalty";
 * const twoYears: LoyaltyDuration = { length: 24, unit: "month" };
 * ```
 * @category Program
 */
export interface LoyaltyDuration {
  /** How many units, a whole number > 0. */
  readonly length: number;
  /** The unit. */
  readonly unit: TimeUnit;
}

/**
 * A bonus (or reduced) earn rate for purchases of one product or through one channel: the points a
 * purchase earns are multiplied by `factor` when its `field` equals `value`. The first matching entry, in
 * order, applies.
 *
 * @example
 * ```ts
 * import type { EarnMultiplier } from "clientele/loyalty";
 * const doubleOnFuel: EarnMultiplier = { field: "productId", value: "fuel", factor: 2 };
 * ```
 * @category Program
 */
export interface EarnMultiplier {
  /** The transaction field matched. */
  readonly field: "productId" | "channel";
  /** The value it must equal. */
  readonly value: string;
  /** The multiplier, ≥ 0 (0 excludes the category from earning). */
  readonly factor: number;
}

/**
 * How a purchase earns points.
 *
 * @remarks
 * Points of one transaction = round(`rate` × base × factor), where the base is the transaction's `amount`
 * (`basis: "spend"`, points per currency unit), its `quantity` (`"distance"`: the distance flown, in the
 * program's distance unit, carried in the transaction's `quantity`) or 1 (`"visit"`: stamp cards, one
 * visit per transaction row), and the factor is the first matching {@link EarnMultiplier}'s (1 if none).
 * Rounding is `rounding` (default `"down"`, whole points). Then `capPerTransaction` caps the transaction,
 * and `capPerPeriod` caps what one member earns in one UTC calendar period (day, ISO week from Monday,
 * month, quarter, year); the cut is taken from the transactions that overflow it, in time order.
 *
 * @example
 * ```ts
 * import type { EarnRule } from "clientele/loyalty";
 * const stampCard: EarnRule = { basis: "visit", rate: 1, capPerPeriod: { points: 1, period: "day" } };
 * ```
 * @category Program
 */
export interface EarnRule {
  /** What earns: money spent, distance flown, or a visit. */
  readonly basis: "spend" | "distance" | "visit";
  /** Points per currency unit, per distance unit, or per visit; > 0. */
  readonly rate: number;
  /** Category multipliers, the first match applying. */
  readonly multipliers?: readonly EarnMultiplier[] | undefined;
  /** The most points one transaction earns (a whole number > 0). */
  readonly capPerTransaction?: number | undefined;
  /** The most points one member earns per calendar period. */
  readonly capPerPeriod?:
    | {
        /** The most points per period, a whole number > 0. */
        readonly points: number;
        /** The calendar period (UTC; weeks from Monday). */
        readonly period: TimeUnit;
      }
    | undefined;
  /** How fractional points are rounded (default `"down"`). */
  readonly rounding?: "down" | "nearest" | "up" | undefined;
}

/**
 * When points expire: `"never"`; `"rolling"`, every point of a member expires once `after` has passed
 * since the member's last accrual or redemption; `"fixed"`, each lot expires `after` from its own accrual.
 * An accrual's own `expiresAt` (set by the host system) applies when it comes earlier.
 *
 * @example
 * ```ts
 * import type { ExpiryRule } from "clientele/loyalty";
 * const rolling: ExpiryRule = { kind: "rolling", after: { length: 24, unit: "month" } };
 * ```
 * @category Program
 */
export type ExpiryRule =
  | {
      /** Points never expire. */
      readonly kind: "never";
    }
  | {
      /** All of a member's points expire once `after` has passed since their last accrual or redemption. */
      readonly kind: "rolling";
      /** The inactivity after which they expire. */
      readonly after: LoyaltyDuration;
    }
  | {
      /** Each lot expires `after` from its accrual. */
      readonly kind: "fixed";
      /** The life of a lot. */
      readonly after: LoyaltyDuration;
    };

/**
 * One rung of the tier ladder. A member qualifies when the qualifying credits earned in the program's
 * window reach `threshold`, and keeps the tier at a review if they reach `retainThreshold` (default: the
 * threshold; soft landing when lower). See {@link tierStatus}.
 *
 * @example
 * ```ts
 * import type { LoyaltyTier } from "clientele/loyalty";
 * const gold: LoyaltyTier = { name: "Gold", threshold: 50_000, retainThreshold: 40_000 };
 * ```
 * @category Program
 */
export interface LoyaltyTier {
  /** The tier's name, unique in the ladder. */
  readonly name: string;
  /** Qualifying credits in one window to reach the tier, > 0. */
  readonly threshold: number;
  /** Qualifying credits in one window to keep it at a review, > 0 and ≤ `threshold`. */
  readonly retainThreshold?: number | undefined;
}

/**
 * A reward members can redeem points for, with its cost to the firm.
 *
 * @example
 * ```ts
 * import type { LoyaltyReward } from "clientele/loyalty";
 * const coffee: LoyaltyReward = { rewardId: "coffee", points: 500, cost: 1.2, name: "Free coffee" };
 * ```
 * @category Program
 */
export interface LoyaltyReward {
  /** The reward's id, unique in the program. */
  readonly rewardId: string;
  /** Points it costs the member, a whole number > 0. */
  readonly points: number;
  /** What one redemption costs the firm, ≥ 0, in the program's currency. */
  readonly cost: number;
  /** A display name. */
  readonly name?: string | undefined;
}

/**
 * A validated loyalty program (output of {@link LoyaltyProgramSchema}).
 *
 * @example
 * ```ts
 * import { type LoyaltyProgram, parseLoyaltyProgram } from "clientele/loyalty";
 * const program: LoyaltyProgram = parseLoyaltyProgram({ costPerPoint: 0.008, earn: { basis: "spend", rate: 1 } });
 * program.costPerPoint; // => 0.008
 * ```
 * @category Program
 */
export interface LoyaltyProgram {
  /** The program's id; when set, ledger events naming another program are rejected. */
  readonly programId?: string | undefined;
  /** ISO 4217 currency of spend, costs and values. */
  readonly currency?: string | undefined;
  /**
   * What a redeemed point costs the firm on average, ≥ 0 (in `currency`): the cost per point of the
   * liability and of the program's economics.
   */
  readonly costPerPoint: number;
  /** What a point is worth to the member in cash, ≥ 0, when it differs from the cost (a retail value). */
  readonly valuePerPoint?: number | undefined;
  /** How purchases earn points. */
  readonly earn: EarnRule;
  /** When points expire (absent: never). */
  readonly expiry?: ExpiryRule | undefined;
  /** The tier ladder, lowest first, and the qualification window (absent: no tiers). */
  readonly tiers?:
    | {
        /** The rolling window over which qualifying credits are summed. */
        readonly window: LoyaltyDuration;
        /** The tiers, lowest first, thresholds rising. */
        readonly ladder: readonly LoyaltyTier[];
      }
    | undefined;
  /** Rewards offered, with their cost to the firm. */
  readonly rewards?: readonly LoyaltyReward[] | undefined;
}

/**
 * What {@link LoyaltyProgramSchema} accepts (the same shape as {@link LoyaltyProgram}).
 *
 * @example
 * ```ts
 * import type { LoyaltyProgramInput } from "clientele/loyalty";
 * const input: LoyaltyProgramInput = { costPerPoint: 0.01, earn: { basis: "visit", rate: 1 } };
 * ```
 * @category Program
 */
export type LoyaltyProgramInput = LoyaltyProgram;
