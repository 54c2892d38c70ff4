import * as z from "zod/mini";
import { parseInput } from "../schema/parseInput.ts";
import { repurchaseTreeSchemaWith } from "./_internal/repurchaseTreeSchemaWith.ts";
import { type RepurchaseTree, RepurchaseTreeSchema, repurchaseShareTolerance } from "./RepurchaseTreeSchema.ts";

const FN = "repurchaseIntention";

/**
 * The five groups at the ends of a {@link RepurchaseTree}, in tree order: `"noFailure"`,
 * `"notComplained"`, `"resolvedQuickly"`, `"resolved"`, `"unresolved"`.
 *
 * @example
 * ```ts
 * import type { RepurchaseGroupId } from "clientele/complaints";
 * const id: RepurchaseGroupId = "resolvedQuickly";
 * ```
 * @category Repurchase tree
 */
export type RepurchaseGroupId = "noFailure" | "notComplained" | "resolvedQuickly" | "resolved" | "unresolved";

/**
 * One group's part in a {@link RepurchaseIntention}: all shares are of all customers.
 *
 * @example
 * ```ts
 * import type { RepurchaseGroup } from "clientele/complaints";
 * const g: RepurchaseGroup = {
 *   group: "unresolved", path: "failure.complained.unresolved", share: 0.04, repurchaseRate: 0.25,
 *   keeps: 0.01, loses: 0.03, shareOfLosses: 0.1,
 * };
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseGroup {
  /** Which group. */
  readonly group: RepurchaseGroupId;
  /** Where it sits in the tree, e.g. `"failure.complained.resolved"`. */
  readonly path: string;
  /** Its share of all customers: the product of the shares on its path. */
  readonly share: number;
  /** Share of the group who will repurchase; `null` for an empty group (share 0). */
  readonly repurchaseRate: number | null;
  /** Share of all customers who are in the group and will repurchase: `share × repurchaseRate`. */
  readonly keeps: number;
  /** Share of all customers who are in the group and will not repurchase: `share × (1 − repurchaseRate)`. */
  readonly loses: number;
  /** The group's part of all customers lost (`loses / willNotRepurchase`); `null` when no one is lost. */
  readonly shareOfLosses: number | null;
}

/**
 * What {@link repurchaseIntention} returns.
 *
 * @example
 * ```ts
 * import type { RepurchaseIntention } from "clientele/complaints";
 * const r: RepurchaseIntention = { willRepurchase: 1, willNotRepurchase: 0, groups: [], largestLoss: null };
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseIntention {
  /** Share of all customers who will repurchase: the sum of the groups' `keeps`. */
  readonly willRepurchase: number;
  /** Share of all customers who will not: the sum of the groups' `loses` (`1 − willRepurchase`). */
  readonly willNotRepurchase: number;
  /** The five groups, in tree order. */
  readonly groups: readonly RepurchaseGroup[];
  /** The group that loses the most customers (the first in tree order on a tie); `null` if none loses any. */
  readonly largestLoss: RepurchaseGroupId | null;
}

/**
 * Options of {@link repurchaseIntention}.
 *
 * @example
 * ```ts
 * import type { RepurchaseIntentionOptions } from "clientele/complaints";
 * const options: RepurchaseIntentionOptions = { tolerance: 0.005 }; // shares rounded to 2 decimals
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseIntentionOptions {
  /** Largest accepted |Σ shares − 1| in each split, absolute, in [0, 0.1]. Default {@link repurchaseShareTolerance} (1e-9). */
  readonly tolerance?: number | undefined;
}

const OptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    tolerance: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(0.1)),
    ),
  }),
);

/**
 * How many customers will and will not repurchase, from a {@link RepurchaseTree}: each group's share of
 * all customers (the product of the shares on its path), the customers it keeps and loses, and which
 * group loses the most.
 *
 * @remarks
 * With absolute shares sᵢ and rates rᵢ: `willRepurchase = Σ sᵢ·rᵢ`, `willNotRepurchase = Σ sᵢ·(1 − rᵢ)`.
 * The shares of each split are divided by their sum before use (a no-op for exact shares; for shares
 * accepted within `tolerance` it makes the groups' shares sum to 1), so `willRepurchase +
 * willNotRepurchase = 1` up to rounding. An empty group (`repurchaseRate: null`, allowed only with share
 * 0) keeps and loses nothing and reports a `null` rate. Which group "loses the most" is by `loses`, the
 * customers lost — a small group with a low rate can lose fewer than a large group with a high one.
 *
 * @param tree - The tree (validated here with {@link RepurchaseTreeSchema} at the given tolerance).
 * @param options - `tolerance` for the sums of shares.
 * @returns The overall shares and each group's contribution.
 * @throws {@link ClienteleInputError} `invalid_input` for a share or rate outside [0, 1], a split whose
 *   shares do not sum to 1 (at the split's path: `(root)`, `failure` or `failure.complained`), or a `null`
 *   rate on a group that holds customers (at its `repurchaseRate`).
 * @example
 * ```ts
 * import { repurchaseIntention } from "clientele/complaints";
 * const r = repurchaseIntention({
 *   noFailure: { share: 0.6, repurchaseRate: 0.8 },
 *   failure: {
 *     share: 0.4,
 *     notComplained: { share: 0.5, repurchaseRate: 0.3 },
 *     complained: {
 *       share: 0.5,
 *       resolvedQuickly: { share: 0.5, repurchaseRate: 0.9 },
 *       resolved: { share: 0.3, repurchaseRate: 0.6 },
 *       unresolved: { share: 0.2, repurchaseRate: 0.2 },
 *     },
 *   },
 * });
 * r.willRepurchase; // => 0.674 (0.6·0.8 + 0.2·0.3 + 0.1·0.9 + 0.06·0.6 + 0.04·0.2)
 * r.largestLoss; // => "notComplained" (0.2 × 0.7 = 0.14 lost, against 0.6 × 0.2 = 0.12 without a failure)
 * ```
 * @category Repurchase tree
 */
export function repurchaseIntention(tree: RepurchaseTree, options?: RepurchaseIntentionOptions): RepurchaseIntention {
  const opts = parseInput(FN, OptionsSchema, options, ["options"]);
  const tolerance = opts?.tolerance ?? repurchaseShareTolerance;
  const schema = tolerance === repurchaseShareTolerance ? RepurchaseTreeSchema : repurchaseTreeSchemaWith(tolerance);
  const t = parseInput(FN, schema, tree, ["tree"]);
  const f = t.failure;
  const c = f.complained;
  const top = normalise([t.noFailure.share, f.share]);
  const failure = normalise([f.notComplained.share, c.share]);
  const complained = normalise([c.resolvedQuickly.share, c.resolved.share, c.unresolved.share]);
  const complainedShare = top[1]! * failure[1]!;
  const parts: [RepurchaseGroupId, string, number, number | null][] = [
    ["noFailure", "noFailure", top[0]!, t.noFailure.repurchaseRate],
    ["notComplained", "failure.notComplained", top[1]! * failure[0]!, f.notComplained.repurchaseRate],
    [
      "resolvedQuickly",
      "failure.complained.resolvedQuickly",
      complainedShare * complained[0]!,
      c.resolvedQuickly.repurchaseRate,
    ],
    ["resolved", "failure.complained.resolved", complainedShare * complained[1]!, c.resolved.repurchaseRate],
    ["unresolved", "failure.complained.unresolved", complainedShare * complained[2]!, c.unresolved.repurchaseRate],
  ];
  let willRepurchase = 0;
  let willNotRepurchase = 0;
  const kept: { keeps: number; loses: number }[] = [];
  for (const [, , share, rate] of parts) {
    const keeps = rate === null ? 0 : share * rate;
    const loses = rate === null ? 0 : share * (1 - rate);
    willRepurchase += keeps;
    willNotRepurchase += loses;
    kept.push({ keeps, loses });
  }
  let largestLoss: RepurchaseGroupId | null = null;
  let most = 0;
  const groups = parts.map(([group, path, share, repurchaseRate], i): RepurchaseGroup => {
    const { keeps, loses } = kept[i]!;
    if (loses > most) {
      most = loses;
      largestLoss = group;
    }
    return {
      group,
      path,
      share,
      repurchaseRate,
      keeps,
      loses,
      shareOfLosses: willNotRepurchase > 0 ? loses / willNotRepurchase : null,
    };
  });
  return { willRepurchase, willNotRepurchase, groups, largestLoss };
}

/** A split's shares divided by their sum (all 0 for an empty split, whose shares are null). */
function normalise(shares: readonly (number | null)[]): number[] {
  let sum = 0;
  for (const s of shares) sum += s ?? 0;
  return shares.map((s) => (sum > 0 ? (s ?? 0) / sum : 0));
}
