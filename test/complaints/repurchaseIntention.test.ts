import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RepurchaseTree, repurchaseIntention } from "../../src/complaints/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { treeArbitrary, workedTree } from "./_treeArbitraries.ts";

const tol = { abs: 1e-15 };

describe("repurchaseIntention", () => {
  it("works the hand-checked example: 67.4% will repurchase, non-complainers lose the most", () => {
    const r = repurchaseIntention(workedTree);
    // By hand: absolute shares 0.6, 0.4·0.5 = 0.2, 0.4·0.5·0.5 = 0.1, 0.4·0.5·0.3 = 0.06, 0.4·0.5·0.2 = 0.04;
    // keeps 0.48 + 0.06 + 0.09 + 0.036 + 0.008 = 0.674; loses 0.12, 0.14, 0.01, 0.024, 0.032 = 0.326.
    expectClose(r.willRepurchase, 0.674, tol, "willRepurchase");
    expectClose(r.willNotRepurchase, 0.326, tol, "willNotRepurchase");
    expect(r.groups.map((g) => g.group)).toEqual([
      "noFailure",
      "notComplained",
      "resolvedQuickly",
      "resolved",
      "unresolved",
    ]);
    const expected = [
      ["noFailure", 0.6, 0.48, 0.12],
      ["failure.notComplained", 0.2, 0.06, 0.14],
      ["failure.complained.resolvedQuickly", 0.1, 0.09, 0.01],
      ["failure.complained.resolved", 0.06, 0.036, 0.024],
      ["failure.complained.unresolved", 0.04, 0.008, 0.032],
    ] as const;
    r.groups.forEach((g, i) => {
      const [path, share, keeps, loses] = expected[i]!;
      expect(g.path).toBe(path);
      expectClose(g.share, share, tol, `${path} share`);
      expectClose(g.keeps, keeps, tol, `${path} keeps`);
      expectClose(g.loses, loses, tol, `${path} loses`);
      expectClose(g.shareOfLosses!, loses / 0.326, { abs: 1e-14 }, `${path} shareOfLosses`);
    });
    expect(r.largestLoss).toBe("notComplained");
  });

  it("names the largest group by customers lost, not by rate (a big group with a high rate can lose most)", () => {
    const tree: RepurchaseTree = {
      ...workedTree,
      noFailure: { share: 0.9, repurchaseRate: 0.8 },
      failure: { ...workedTree.failure, share: 0.1 },
    };
    // noFailure loses 0.9·0.2 = 0.18; non-complainers 0.05·0.7 = 0.035.
    expect(repurchaseIntention(tree).largestLoss).toBe("noFailure");
  });

  it("reports no largest loss when everyone repurchases", () => {
    const all: RepurchaseTree = {
      noFailure: { share: 0.5, repurchaseRate: 1 },
      failure: {
        share: 0.5,
        notComplained: { share: 1, repurchaseRate: 1 },
        complained: {
          share: 0,
          resolvedQuickly: { share: 1, repurchaseRate: 1 },
          resolved: { share: 0, repurchaseRate: 1 },
          unresolved: { share: 0, repurchaseRate: 1 },
        },
      },
    };
    const r = repurchaseIntention(all);
    expect(r.willNotRepurchase).toBe(0);
    expect(r.largestLoss).toBeNull();
    expect(r.groups.every((g) => g.shareOfLosses === null)).toBe(true);
  });

  it("handles empty groups explicitly: a null rate on a zero share keeps and loses nothing", () => {
    const tree: RepurchaseTree = {
      noFailure: { share: 1, repurchaseRate: 0.7 },
      failure: {
        share: 0,
        notComplained: { share: null, repurchaseRate: null },
        complained: {
          share: null,
          resolvedQuickly: { share: null, repurchaseRate: null },
          resolved: { share: null, repurchaseRate: null },
          unresolved: { share: null, repurchaseRate: null },
        },
      },
    };
    const r = repurchaseIntention(tree);
    expect(r.willRepurchase).toBe(0.7);
    expect(r.groups[2]).toMatchObject({ share: 0, repurchaseRate: null, keeps: 0, loses: 0 });
    expect(r.largestLoss).toBe("noFailure");
  });

  it("refuses a null rate on a group that holds customers (invalid_input at its repurchaseRate)", () => {
    const tree = {
      ...workedTree,
      failure: {
        ...workedTree.failure,
        complained: { ...workedTree.failure.complained, resolved: { share: 0.3, repurchaseRate: null } },
      },
    };
    const e = expectClienteleError(() => repurchaseIntention(tree), "invalid_input");
    expect(issuePaths(e)).toEqual(["tree.failure.complained.resolved.repurchaseRate"]);
    expect(e.message).toMatchInlineSnapshot(`
      "repurchaseIntention: invalid input
        ✖ a group holding 0.06 of all customers needs a repurchase rate (null is only for an empty group) → at tree.failure.complained.resolved.repurchaseRate"
    `);
  });

  it("rejects shares that do not sum to 1 with the path of the split, and rates outside [0, 1]", () => {
    const bad = {
      noFailure: { share: 0.6, repurchaseRate: 1.2 },
      failure: {
        share: 0.3,
        notComplained: { share: 0.5, repurchaseRate: 0.3 },
        complained: {
          share: 0.5,
          resolvedQuickly: { share: 0.5, repurchaseRate: 0.9 },
          resolved: { share: 0.3, repurchaseRate: 0.6 },
          unresolved: { share: 0.3, repurchaseRate: 0.2 },
        },
      },
    };
    const e = expectClienteleError(() => repurchaseIntention(bad), "invalid_input");
    expect(issuePaths(e).sort()).toEqual(["tree", "tree.failure.complained", "tree.noFailure.repurchaseRate"]);
    const sums = { ...bad, noFailure: { share: 0.6, repurchaseRate: 0.8 } };
    const e2 = expectClienteleError(() => repurchaseIntention(sums), "invalid_input");
    expect(issuePaths(e2)).toEqual(["tree", "tree.failure.complained"]);
    expect(e2.message).toMatchInlineSnapshot(`
      "repurchaseIntention: invalid input
        ✖ the shares of noFailure, failure sum to 0.8999999999999999, expected 1 (± 1e-9) → at tree
        ✖ the shares of resolvedQuickly, resolved, unresolved sum to 1.1, expected 1 (± 1e-9) → at tree.failure.complained"
    `);
  });

  it("accepts rounded shares within a stated tolerance, and normalises them", () => {
    const third = { share: 0.33, repurchaseRate: 0.5 };
    const tree: RepurchaseTree = {
      noFailure: { share: 0.5, repurchaseRate: 0.5 },
      failure: {
        share: 0.5,
        notComplained: { share: 0.5, repurchaseRate: 0.5 },
        complained: { share: 0.5, resolvedQuickly: third, resolved: third, unresolved: third },
      },
    };
    expectClienteleError(() => repurchaseIntention(tree), "invalid_input");
    const r = repurchaseIntention(tree, { tolerance: 0.02 });
    expectClose(r.willRepurchase, 0.5, { abs: 1e-15 }, "all rates 0.5");
    expectClose(r.groups[2]!.share, 0.25 / 3, { abs: 1e-15 }, "normalised thirds");
    expectClienteleError(() => repurchaseIntention(tree, { tolerance: 0.5 }), "invalid_input");
  });

  it("property: groups' absolute shares sum to 1, will + will not = 1, each group keeps + loses its share", () => {
    fc.assert(
      fc.property(treeArbitrary, (tree) => {
        const r = repurchaseIntention(tree);
        const shares = r.groups.reduce((a, g) => a + g.share, 0);
        expect(Math.abs(shares - 1)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(r.willRepurchase + r.willNotRepurchase - 1)).toBeLessThanOrEqual(1e-12);
        for (const g of r.groups) expect(Math.abs(g.keeps + g.loses - g.share)).toBeLessThanOrEqual(1e-15);
        expect(r.willRepurchase).toBeGreaterThanOrEqual(0);
        expect(r.willRepurchase).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it("property: never mutates the tree", () => {
    fc.assert(
      fc.property(treeArbitrary, (tree) => {
        const copy = structuredClone(tree);
        repurchaseIntention(tree);
        expect(tree).toEqual(copy);
      }),
    );
  });
});
