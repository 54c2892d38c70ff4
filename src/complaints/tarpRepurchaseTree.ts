import * as z from "zod/mini";
import type { Severity } from "../customers/SeveritySchema.ts";
import { SeveritySchema } from "../customers/SeveritySchema.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { type RepurchaseTree, repurchaseShareTolerance } from "./RepurchaseTreeSchema.ts";
import { tarpRepurchaseRates } from "./tarpRepurchaseRates.ts";

const FN = "tarpRepurchaseTree";

/**
 * The shares (and the one rate) a {@link tarpRepurchaseTree} needs from you.
 *
 * @example
 * ```ts
 * import type { TarpTreeShares } from "clientele/complaints";
 * const shares: TarpTreeShares = {
 *   failure: 0.25, complained: 0.4, outcomes: { resolvedQuickly: 0.5, resolved: 0.3, unresolved: 0.2 },
 *   noFailureRate: 0.9,
 * };
 * ```
 * @category TARP preset
 */
export interface TarpTreeShares {
  /** Share of all customers who had a problem, in [0, 1]. */
  readonly failure: number;
  /** Share of those who complained, in [0, 1]. */
  readonly complained: number;
  /** How complaints ended: shares of the complainers, summing to 1 (± {@link repurchaseShareTolerance}). */
  readonly outcomes: {
    /** Resolved quickly. */
    readonly resolvedQuickly: number;
    /** Resolved, not quickly. */
    readonly resolved: number;
    /** Not resolved. */
    readonly unresolved: number;
  };
  /** Repurchase rate of customers without a problem, in [0, 1]: TARP gives none, so it is yours. */
  readonly noFailureRate: number;
}

const share = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));
const ArgsSchema = /* @__PURE__ */ z.strictObject({
  severity: SeveritySchema,
  shares: /* @__PURE__ */ z.strictObject({
    failure: share(),
    complained: share(),
    outcomes: /* @__PURE__ */ z.strictObject({ resolvedQuickly: share(), resolved: share(), unresolved: share() }),
    noFailureRate: share(),
  }),
});

/**
 * A {@link RepurchaseTree} from shares you supply and the TARP repurchase rates of
 * {@link tarpRepurchaseRates} for `"minor"` or `"major"` problems (commonly quoted figures, not verified
 * against the primary source — see there).
 *
 * @param severity - Which TARP column: `"minor"` or `"major"`.
 * @param shares - The failure and complaint shares, the outcome mix, and your no-failure rate.
 * @returns The tree, ready for {@link repurchaseIntention}.
 * @throws {@link ClienteleInputError} `invalid_input` for a share outside [0, 1] or outcome shares that do
 *   not sum to 1 (at `shares.outcomes`).
 * @example
 * ```ts
 * import { repurchaseIntention, tarpRepurchaseTree } from "clientele/complaints";
 * const tree = tarpRepurchaseTree("major", {
 *   failure: 0.2, complained: 0.5, outcomes: { resolvedQuickly: 0.4, resolved: 0.4, unresolved: 0.2 },
 *   noFailureRate: 0.9,
 * });
 * tree.failure.complained.resolvedQuickly.repurchaseRate; // => 0.82
 * repurchaseIntention(tree).largestLoss; // => "notComplained" (0.1 × 0.91 = 0.091 lost)
 * ```
 * @category TARP preset
 */
export function tarpRepurchaseTree(severity: Severity, shares: TarpTreeShares): RepurchaseTree {
  const args = parseInput(FN, ArgsSchema, { severity, shares });
  const s = args.shares;
  const o = s.outcomes;
  const sum = o.resolvedQuickly + o.resolved + o.unresolved;
  if (!(Math.abs(sum - 1) <= repurchaseShareTolerance)) {
    throw new ClienteleInputError(`${FN}: invalid input`, {
      issues: [
        {
          code: "custom",
          path: ["shares", "outcomes"],
          message: `the outcome shares sum to ${sum}, expected 1 (± ${repurchaseShareTolerance})`,
        },
      ],
    });
  }
  const rates = tarpRepurchaseRates[args.severity];
  return {
    noFailure: { share: 1 - s.failure, repurchaseRate: s.noFailureRate },
    failure: {
      share: s.failure,
      notComplained: { share: 1 - s.complained, repurchaseRate: rates.notComplained },
      complained: {
        share: s.complained,
        resolvedQuickly: { share: o.resolvedQuickly, repurchaseRate: rates.resolvedQuickly },
        resolved: { share: o.resolved, repurchaseRate: rates.resolved },
        unresolved: { share: o.unresolved, repurchaseRate: rates.unresolved },
      },
    },
  };
}
