import * as z from "zod/mini";
import { MAX_DOUBLE } from "../_lib/numberLimits.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { checkFiniteFigures } from "./_internal/checkFiniteFigures.ts";
import { readProfitList } from "./_internal/readProfitList.ts";
import type { ProfitOfCustomer, ProfitOfCustomerColumns } from "./whaleCurve.ts";

/**
 * A tier of the customer pyramid, from the most to the least profitable.
 *
 * @example
 * ```ts
 * import type { PyramidTier } from "clientele/value";
 * const tier: PyramidTier = "gold";
 * ```
 * @category Profitability
 */
export type PyramidTier = "platinum" | "gold" | "iron" | "lead";

/**
 * How {@link customerPyramid} cuts the ranked base into tiers: by shares of customers (cumulative, from
 * the top) or by profit thresholds (the least profit a customer needs for each tier).
 *
 * @example
 * ```ts
 * import type { PyramidCuts } from "clientele/value";
 * const byShare: PyramidCuts = { by: "share", platinum: 0.05, gold: 0.2, iron: 0.8 };
 * const byProfit: PyramidCuts = { by: "profit", platinum: 1000, gold: 200, iron: 0 };
 * ```
 * @category Profitability
 */
export type PyramidCuts =
  | {
      /** Cut by cumulative shares of customers ranked by profit. */
      readonly by: "share";
      /** Share of customers in platinum, in [0, 1]. */
      readonly platinum: number;
      /** Share in platinum or gold, ≥ platinum. */
      readonly gold: number;
      /** Share in platinum, gold or iron, ≥ gold, ≤ 1; the rest are lead. */
      readonly iron: number;
    }
  | {
      /** Cut by profit thresholds. */
      readonly by: "profit";
      /** Least profit for platinum. */
      readonly platinum: number;
      /** Least profit for gold, ≤ platinum. */
      readonly gold: number;
      /** Least profit for iron, ≤ gold; below it, lead. */
      readonly iron: number;
    };

/**
 * The default cuts: platinum the top 5% of customers by profit, gold the next 15%, iron the next 60% and
 * lead the bottom 20%. A convention of this library for a first look, not a figure from Zeithaml, Rust &
 * Lemon (2001), who leave the cuts to the firm; set your own.
 *
 * @example
 * ```ts
 * import { defaultPyramidCuts } from "clientele/value";
 * defaultPyramidCuts.gold; // => 0.2
 * ```
 * @category Profitability
 */
export const defaultPyramidCuts: PyramidCuts = { by: "share", platinum: 0.05, gold: 0.2, iron: 0.8 };

/**
 * One tier's figures (see {@link customerPyramid}).
 *
 * @example
 * ```ts
 * import type { PyramidTierSummary } from "clientele/value";
 * const t: Pick<PyramidTierSummary, "tier" | "customers"> = { tier: "lead", customers: 20 };
 * ```
 * @category Profitability
 */
export interface PyramidTierSummary {
  /** The tier. */
  readonly tier: PyramidTier;
  /** Its customers. */
  readonly customers: number;
  /** customers / n. */
  readonly customerShare: number;
  /** Sum of their profit. */
  readonly profit: number;
  /** profit / total profit, when the total is > 0. */
  readonly profitShare?: number | undefined;
  /** Lowest and highest profit in the tier (absent for an empty tier). */
  readonly minProfit?: number | undefined;
  /** Highest profit in the tier. */
  readonly maxProfit?: number | undefined;
}

/**
 * The customer pyramid of a base (see {@link customerPyramid}).
 *
 * @example
 * ```ts
 * import type { CustomerPyramid } from "clientele/value";
 * const p: Pick<CustomerPyramid, "tierOf"> = { tierOf: { c1: "platinum" } };
 * ```
 * @category Profitability
 */
export interface CustomerPyramid {
  /** Platinum, gold, iron and lead, in that order (empty tiers included). */
  readonly tiers: readonly PyramidTierSummary[];
  /** Each customer's tier, by id. */
  readonly tierOf: Readonly<Record<string, PyramidTier>>;
  /** The cuts used. */
  readonly cuts: PyramidCuts;
  /** Sum of all profits. */
  readonly totalProfit: number;
}

const share = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));
const amount = () =>
  /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(-MAX_DOUBLE), /* @__PURE__ */ z.lte(MAX_DOUBLE));
const CutsSchema = /* @__PURE__ */ z.discriminatedUnion("by", [
  /* @__PURE__ */ z.strictObject({
    by: /* @__PURE__ */ z.literal("share"),
    platinum: share(),
    gold: share(),
    iron: share(),
  }),
  /* @__PURE__ */ z.strictObject({
    by: /* @__PURE__ */ z.literal("profit"),
    platinum: amount(),
    gold: amount(),
    iron: amount(),
  }),
]);
const OptionsSchema = /* @__PURE__ */ z.strictObject({ cuts: /* @__PURE__ */ z.optional(CutsSchema) });

const TIERS: readonly PyramidTier[] = ["platinum", "gold", "iron", "lead"];

/**
 * The customer pyramid: customers ranked by profitability and cut into platinum, gold, iron and lead
 * tiers, with each tier's size and profit and each customer's tier.
 *
 * @remarks
 * Zeithaml, Rust & Lemon (2001), "The customer pyramid: creating and serving profitable customers",
 * *California Management Review* 43(4), 118–142: platinum customers are the most profitable (heavy users,
 * not price sensitive, open to new offerings); gold are profitable but less so (seek discounts, use
 * several suppliers); iron give the volume that uses the firm's capacity but do not warrant special
 * treatment; lead cost the firm more than they bring. The cuts are the firm's:
 * - `{ by: "share" }` (the default, {@link defaultPyramidCuts}): the top round(platinum·n) ranked
 *   customers are platinum, up to round(gold·n) gold, up to round(iron·n) iron, the rest lead;
 * - `{ by: "profit" }`: profit ≥ platinum, ≥ gold, ≥ iron, else lead (iron: 0 makes every lead customer unprofitable).
 *
 * Ties in profit rank by id. Runs in O(n log n).
 *
 * @param customers - One `{ customerId, profit }` per customer, or the same as columns ({@link ProfitOfCustomerColumns}).
 * @param options - `cuts` (default {@link defaultPyramidCuts}).
 * @returns The tiers and each customer's tier.
 * @throws {@link ClienteleInputError} `invalid_input` at `customers[i]…`, or at `options.cuts…` for cuts
 *   out of order.
 * @throws {@link ClienteleDomainError} `insufficient_data` for an empty list.
 * @example
 * ```ts
 * import { customerPyramid } from "clientele/value";
 * const customers = Array.from({ length: 20 }, (_, i) => ({ customerId: `c${i}`, profit: 100 - 10 * i }));
 * const p = customerPyramid(customers);
 * p.tiers.map((t) => t.customers); // => [1, 3, 12, 4]
 * p.tierOf.c0; // => "platinum"
 * p.tierOf.c19; // => "lead"
 * ```
 * @category Profitability
 */
export function customerPyramid(
  customers: readonly ProfitOfCustomer[] | ProfitOfCustomerColumns,
  options?: { readonly cuts?: PyramidCuts | undefined } | undefined,
): CustomerPyramid {
  const fn = "customerPyramid";
  const o = parseInput(fn, OptionsSchema, options ?? {}, ["options"]);
  const cuts: PyramidCuts = o.cuts ?? defaultPyramidCuts;
  const ordered =
    cuts.by === "share"
      ? cuts.platinum <= cuts.gold && cuts.gold <= cuts.iron
      : cuts.platinum >= cuts.gold && cuts.gold >= cuts.iron;
  if (!ordered) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "cuts"],
          message:
            cuts.by === "share"
              ? "expected cumulative shares platinum ≤ gold ≤ iron"
              : "expected profit thresholds platinum ≥ gold ≥ iron",
          expected: cuts.by === "share" ? "platinum ≤ gold ≤ iron" : "platinum ≥ gold ≥ iron",
        },
      ],
    });
  }
  const { ids, profits, order, total } = readProfitList(fn, customers);
  const n = order.length;
  const bounds =
    cuts.by === "share"
      ? [Math.round(cuts.platinum * n), Math.round(cuts.gold * n), Math.round(cuts.iron * n)]
      : undefined;
  const tierOf = Object.create(null) as Record<string, PyramidTier>;
  const acc = TIERS.map(() => ({ c: 0, p: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY }));
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const p = profits[i]!;
    let t: number;
    if (bounds !== undefined) t = k < bounds[0]! ? 0 : k < bounds[1]! ? 1 : k < bounds[2]! ? 2 : 3;
    else t = p >= cuts.platinum ? 0 : p >= cuts.gold ? 1 : p >= cuts.iron ? 2 : 3;
    tierOf[ids[i]!] = TIERS[t]!;
    const a = acc[t]!;
    a.c++;
    a.p += p;
    if (p < a.min) a.min = p;
    if (p > a.max) a.max = p;
  }
  const tiers = TIERS.map((tier, t): PyramidTierSummary => {
    const a = acc[t]!;
    return {
      tier,
      customers: a.c,
      customerShare: a.c / n,
      profit: a.p,
      ...(total > 0 ? { profitShare: a.p / total } : {}),
      ...(a.c > 0 ? { minProfit: a.min, maxProfit: a.max } : {}),
    };
  });
  checkFiniteFigures(fn, tiers, "tiers");
  return { tiers, tierOf, cuts, totalProfit: total };
}
