import * as z from "zod/mini";
import type { RepurchaseTree } from "../RepurchaseTreeSchema.ts";

const unit = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));
const nullableUnit = () => /* @__PURE__ */ z.nullable(unit());
const leaf = () => /* @__PURE__ */ z.strictObject({ share: nullableUnit(), repurchaseRate: nullableUnit() });

/** The splits of the tree: where each lies, and its branches. */
const SPLITS = [
  { path: [] as string[], branches: ["noFailure", "failure"] },
  { path: ["failure"], branches: ["notComplained", "complained"] },
  { path: ["failure", "complained"], branches: ["resolvedQuickly", "resolved", "unresolved"] },
] as const;

/** The leaves, with the path of each. */
const LEAVES = [
  ["noFailure"],
  ["failure", "notComplained"],
  ["failure", "complained", "resolvedQuickly"],
  ["failure", "complained", "resolved"],
  ["failure", "complained", "unresolved"],
] as const;

type Node = { readonly share: number | null } & Record<string, unknown>;

function nodeAt(tree: RepurchaseTree, path: readonly string[]): Node {
  let node = tree as unknown as Node;
  for (const key of path) node = node[key] as Node;
  return node;
}

/** Absolute share of the node at `path` (a null share counts as 0: it only appears under an empty parent). */
function absoluteShare(tree: RepurchaseTree, path: readonly string[]): number {
  let node = tree as unknown as Node;
  let share = 1;
  for (const key of path) {
    node = node[key] as Node;
    share *= node.share ?? 0;
  }
  return share;
}

/**
 * The schema of a repurchase tree whose splits must sum to 1 within `tolerance` (absolute). Also checks
 * that a `null` share appears only under a parent that holds no customers (then every share of that
 * split is `null`), and a `null` repurchase rate only on a group that holds no customers.
 *
 * @param tolerance - Largest accepted |Σ shares − 1| per split.
 * @internal
 */
export function repurchaseTreeSchemaWith(tolerance: number): z.ZodMiniType<RepurchaseTree, RepurchaseTree> {
  const tree = /* @__PURE__ */ z
    .strictObject({
      noFailure: /* @__PURE__ */ z.strictObject({ share: unit(), repurchaseRate: nullableUnit() }),
      failure: /* @__PURE__ */ z.strictObject({
        share: unit(),
        notComplained: leaf(),
        complained: /* @__PURE__ */ z.strictObject({
          share: nullableUnit(),
          resolvedQuickly: leaf(),
          resolved: leaf(),
          unresolved: leaf(),
        }),
      }),
    })
    .check(
      /* @__PURE__ */ z.superRefine((t, ctx) => {
        for (const split of SPLITS) {
          const parentShare = absoluteShare(t, split.path);
          const parent = nodeAt(t, split.path);
          const shares = split.branches.map((b) => (parent[b] as Node).share);
          const nulls = shares.filter((s) => s === null).length;
          const names = split.branches.join(", ");
          if (nulls > 0) {
            if (nulls < shares.length || parentShare > 0) {
              ctx.addIssue({
                code: "custom",
                path: [...split.path],
                message:
                  parentShare > 0
                    ? `the shares of ${names} must be numbers: this split holds ${parentShare} of all customers`
                    : `the shares of ${names} must be all null (an empty split) or all numbers`,
              });
            }
            continue;
          }
          let sum = 0;
          for (const s of shares) sum += s as number;
          if (!(Math.abs(sum - 1) <= tolerance)) {
            ctx.addIssue({
              code: "custom",
              path: [...split.path],
              message: `the shares of ${names} sum to ${sum}, expected 1 (± ${tolerance})`,
            });
          }
        }
        for (const path of LEAVES) {
          const node = nodeAt(t, path);
          if (node.repurchaseRate !== null) continue;
          const share = absoluteShare(t, path);
          if (share > 0) {
            ctx.addIssue({
              code: "custom",
              path: [...path, "repurchaseRate"],
              message: `a group holding ${share} of all customers needs a repurchase rate (null is only for an empty group)`,
            });
          }
        }
      }),
    );
  return tree as unknown as z.ZodMiniType<RepurchaseTree, RepurchaseTree>;
}
