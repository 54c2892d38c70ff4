import fc from "fast-check";
import type { RepurchaseTree } from "../../src/complaints/index.ts";

/** Shares of a split of `k` branches, summing to 1 exactly up to rounding (last = 1 − the others). */
function split(k: number): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: k, maxLength: k }).map((w) => {
    const total = w.reduce((a, b) => a + b, 0);
    if (total === 0) return [1, ...Array.from({ length: k - 1 }, () => 0)];
    const shares = w.map((x) => x / total);
    return shares;
  });
}

const rate = fc.double({ min: 0, max: 1, noNaN: true });

/** Valid repurchase trees with numbers everywhere (no empty groups). */
export const treeArbitrary: fc.Arbitrary<RepurchaseTree> = fc
  .tuple(split(2), split(2), split(3), fc.array(rate, { minLength: 5, maxLength: 5 }))
  .map(([top, failure, outcomes, r]) => ({
    noFailure: { share: top[0]!, repurchaseRate: r[0]! },
    failure: {
      share: top[1]!,
      notComplained: { share: failure[0]!, repurchaseRate: r[1]! },
      complained: {
        share: failure[1]!,
        resolvedQuickly: { share: outcomes[0]!, repurchaseRate: r[2]! },
        resolved: { share: outcomes[1]!, repurchaseRate: r[3]! },
        unresolved: { share: outcomes[2]!, repurchaseRate: r[4]! },
      },
    },
  }));

/** The worked example of the docs: 60% without a failure, 40% with one. */
export const workedTree: RepurchaseTree = {
  noFailure: { share: 0.6, repurchaseRate: 0.8 },
  failure: {
    share: 0.4,
    notComplained: { share: 0.5, repurchaseRate: 0.3 },
    complained: {
      share: 0.5,
      resolvedQuickly: { share: 0.5, repurchaseRate: 0.9 },
      resolved: { share: 0.3, repurchaseRate: 0.6 },
      unresolved: { share: 0.2, repurchaseRate: 0.2 },
    },
  },
};
