import * as z from "zod/mini";
import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";

/**
 * A program's figures over one period (see {@link programEconomics}).
 *
 * @example
 * ```ts
 * import type { ProgramEconomicsInput } from "clientele/loyalty";
 * const input: ProgramEconomicsInput = {
 *   spend: 2_000_000, pointsIssued: 2_000_000, pointsOutstanding: 900_000,
 *   redemptionProbability: 0.8, costPerPoint: 0.008, operatingCost: 40_000, contributionMargin: 0.25,
 * };
 * ```
 * @category Economics
 */
export interface ProgramEconomicsInput {
  /** Members' spend in the period (the spend that earned the points), > 0. */
  readonly spend: number;
  /** Points issued in the period, ≥ 0. */
  readonly pointsIssued: number;
  /** Points outstanding (issued, neither redeemed nor expired) at the period's end, ≥ 0. */
  readonly pointsOutstanding: number;
  /** Probability that an issued point is ever redeemed, in [0, 1]: 1 − the breakage rate (see {@link estimateBreakage}). */
  readonly redemptionProbability: number;
  /** What a redeemed point costs the firm, ≥ 0 (the program's `costPerPoint`). */
  readonly costPerPoint: number;
  /** The program's running costs in the period (systems, staff, communication), ≥ 0 (default 0). */
  readonly operatingCost?: number | undefined;
  /** Contribution margin on incremental sales, in (0, 1], to express the break-even as sales. */
  readonly contributionMargin?: number | undefined;
}

/**
 * What a program costs and must earn (see {@link programEconomics}).
 *
 * @example
 * ```ts
 * import type { ProgramEconomics } from "clientele/loyalty";
 * const e: Pick<ProgramEconomics, "rewardCostShareOfSpend"> = { rewardCostShareOfSpend: 0.0064 };
 * ```
 * @category Economics
 */
export interface ProgramEconomics {
  /** 1 − redemptionProbability: the share of points expected never to be redeemed. */
  readonly breakageRate: number;
  /** pointsOutstanding × breakageRate: outstanding points expected to break. */
  readonly expectedBreakagePoints: number;
  /** pointsIssued × redemptionProbability × costPerPoint: the expected cost of the period's points. */
  readonly rewardCost: number;
  /** rewardCost / spend. */
  readonly rewardCostShareOfSpend: number;
  /** pointsOutstanding × redemptionProbability × costPerPoint: the outstanding liability at cost. */
  readonly liability: number;
  /** rewardCost + operatingCost. */
  readonly programCost: number;
  /** The incremental contribution margin the program must generate in the period to pay for itself: programCost. */
  readonly requiredIncrementalMargin: number;
  /** requiredIncrementalMargin / contributionMargin: the incremental sales that generate it (with a margin given). */
  readonly requiredIncrementalSales?: number | undefined;
  /** requiredIncrementalSales / spend: the share of members' spend that must be incremental (with a margin given). */
  readonly requiredIncrementalShareOfSpend?: number | undefined;
}

const nonNegative = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));
const Schema = /* @__PURE__ */ z.strictObject({
  spend: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  pointsIssued: nonNegative(),
  pointsOutstanding: nonNegative(),
  redemptionProbability: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
  costPerPoint: nonNegative(),
  operatingCost: /* @__PURE__ */ z.optional(nonNegative()),
  contributionMargin: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1)),
  ),
});

/**
 * The economics of a points program over one period: reward cost as a share of spend, expected breakage,
 * the outstanding liability, and the incremental margin (and sales) the program must generate to pay for
 * itself.
 *
 * @remarks
 * Each figure is an accounting identity of the inputs (see {@link ProgramEconomics}), except for two
 * conventions, stated here:
 * - **Liability at expected cost**: points outstanding × probability of redemption × cost per point, the
 *   cost-based provision for award credits (the "incremental cost" treatment of loyalty points before
 *   IFRS 15 and ASC 606). IFRS 15 (paragraphs B39–B43) instead defers revenue at the points' stand-alone
 *   selling price; that figure is not computed here.
 * - **Breakage** is the share of points never redeemed, 1 − P(redemption); IFRS 15 B44–B47 (customers'
 *   unexercised rights) and ASC 606-10-55-46 to 55-49 ask that it be estimated from the firm's historical
 *   experience, as {@link estimateBreakage} does from a ledger.
 *
 * The break-even treats the program as paying for itself when the contribution margin on the sales it
 * adds (sales members would not have made without it) covers its reward and running costs; how much of
 * the spend is incremental is for a test or a model to say, not this function.
 *
 * @param input - The period's figures.
 * @returns The economics.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad field (at `input.…`).
 * @throws {@link ClienteleDomainError} `domain_error` when a cost overflows the largest double.
 * @example
 * ```ts
 * import { programEconomics } from "clientele/loyalty";
 * const e = programEconomics({
 *   spend: 2_000_000, pointsIssued: 2_000_000, pointsOutstanding: 900_000,
 *   redemptionProbability: 0.8, costPerPoint: 0.008, operatingCost: 40_000, contributionMargin: 0.25,
 * });
 * e.rewardCost; // => 12800
 * e.rewardCostShareOfSpend; // => 0.0064
 * e.liability; // => 5760
 * e.requiredIncrementalSales; // => 211200
 * ```
 * @category Economics
 */
export function programEconomics(input: ProgramEconomicsInput): ProgramEconomics {
  const i = parseInput("programEconomics", Schema, input, ["input"]);
  const p = i.redemptionProbability;
  const rewardCost = i.pointsIssued * p * i.costPerPoint;
  const programCost = rewardCost + (i.operatingCost ?? 0);
  const sales = i.contributionMargin === undefined ? undefined : programCost / i.contributionMargin;
  if (!Number.isFinite(i.pointsOutstanding * p * i.costPerPoint) || !Number.isFinite(sales ?? programCost))
    throw new ClienteleDomainError("domain_error", "programEconomics: the costs overflow the largest double");
  return {
    breakageRate: 1 - p,
    expectedBreakagePoints: i.pointsOutstanding * (1 - p),
    rewardCost,
    rewardCostShareOfSpend: rewardCost / i.spend,
    liability: i.pointsOutstanding * p * i.costPerPoint,
    programCost,
    requiredIncrementalMargin: programCost,
    ...(sales === undefined
      ? {}
      : { requiredIncrementalSales: sales, requiredIncrementalShareOfSpend: sales / i.spend }),
  };
}
