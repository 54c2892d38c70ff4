import type * as z from "zod/mini";
import { repurchaseTreeSchemaWith } from "./_internal/repurchaseTreeSchemaWith.ts";

/**
 * The largest accepted gap between 1 and the sum of the shares of one split of a
 * {@link RepurchaseTree}, absolute: 1e-9. Shares computed as counts / total pass; shares rounded to a few
 * decimals need `repurchaseIntention`'s `tolerance` option.
 *
 * @example
 * ```ts
 * import { repurchaseShareTolerance } from "clientele/complaints";
 * repurchaseShareTolerance; // => 1e-9
 * ```
 * @category Repurchase tree
 */
export const repurchaseShareTolerance = 1e-9;

/**
 * A group at the end of the tree: its `share` of its parent and the share of its customers who will buy
 * again (`repurchaseRate`), both in [0, 1]. `null` marks an empty group (see {@link RepurchaseTree}).
 *
 * @example
 * ```ts
 * import type { RepurchaseLeaf } from "clientele/complaints";
 * const resolvedQuickly: RepurchaseLeaf = { share: 0.5, repurchaseRate: 0.95 };
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseLeaf {
  /** Share of the parent group, in [0, 1]; `null` only when the parent holds no customers. */
  readonly share: number | null;
  /** Share of the group who will repurchase, in [0, 1]; `null` only when the group holds no customers. */
  readonly repurchaseRate: number | null;
}

/**
 * The repurchase-intention tree of complaint management: customers split into those without and those
 * with a service failure; those with a failure into non-complainers and complainers; complainers by the
 * outcome of their complaint (resolved quickly, resolved, unresolved). Every `share` is relative to its
 * parent, so each split's shares sum to 1.
 *
 * @remarks
 * - Shares and rates are in [0, 1].
 * - `null` makes an empty group explicit (what {@link estimateRepurchaseTree} reports when no customer
 *   falls in it, instead of NaN): a `repurchaseRate` may be `null` only for a group that holds no
 *   customers (absolute share 0), and a split's shares may be `null` (all of them) only when its parent
 *   holds none. The top split's shares are always numbers.
 *
 * @example
 * ```ts
 * import type { RepurchaseTree } from "clientele/complaints";
 * const tree: RepurchaseTree = {
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
 * };
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseTree {
  /** Customers who had no service failure. */
  readonly noFailure: {
    /** Share of all customers, in [0, 1]. */
    readonly share: number;
    /** Share of them who will repurchase, in [0, 1]; `null` only when the group holds no customers. */
    readonly repurchaseRate: number | null;
  };
  /** Customers who had a service failure. */
  readonly failure: {
    /** Share of all customers. */
    readonly share: number;
    /** Those who did not complain. */
    readonly notComplained: RepurchaseLeaf;
    /** Those who complained, by the outcome of the complaint. */
    readonly complained: {
      /** Share of the customers with a failure; `null` only when there are none. */
      readonly share: number | null;
      /** Complaint resolved quickly. */
      readonly resolvedQuickly: RepurchaseLeaf;
      /** Complaint resolved, not quickly. */
      readonly resolved: RepurchaseLeaf;
      /** Complaint not resolved. */
      readonly unresolved: RepurchaseLeaf;
    };
  };
}

/**
 * The zod schema of a {@link RepurchaseTree}: shares and rates in [0, 1], each split's shares summing to
 * 1 within {@link repurchaseShareTolerance} (an `invalid_input` issue at the split's path otherwise, e.g.
 * `failure.complained`), `null` only where a group is empty. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { RepurchaseTreeSchema } from "clientele/complaints";
 * import { parseInput } from "clientele/schema";
 * const leaf = { share: 1 / 3, repurchaseRate: 0.5 };
 * const tree = parseInput("load", RepurchaseTreeSchema, {
 *   noFailure: { share: 0.7, repurchaseRate: 0.8 },
 *   failure: { share: 0.3, notComplained: { share: 0.6, repurchaseRate: 0.4 },
 *     complained: { share: 0.4, resolvedQuickly: leaf, resolved: leaf, unresolved: leaf } },
 * });
 * tree.noFailure.share; // => 0.7
 * ```
 * @category Repurchase tree
 */
export const RepurchaseTreeSchema: z.ZodMiniType<RepurchaseTree, RepurchaseTree> =
  /* @__PURE__ */ repurchaseTreeSchemaWith(repurchaseShareTolerance);
