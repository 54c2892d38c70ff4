import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basketAffinities } from "../../src/accounts/index.ts";
import type { Transaction } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const day = new Date("2024-01-01T00:00:00Z");
const line = (transactionId: string, productId: string, customerId = "c"): Transaction => ({
  customerId,
  timestamp: day,
  amount: 1,
  transactionId,
  productId,
});

// Five baskets, checked by hand: {bread, butter} ×2, {bread}, {tea} ×2 (bread appears twice in basket 1).
// n(bread) = 3, n(butter) = 2, n(tea) = 2, n(bread, butter) = 2, N = 5:
//   support = 2/5 = 0.4; confidence bread → butter = 2/3, butter → bread = 2/2 = 1; lift = 5·2 / (3·2) = 5/3.
const tiny = [
  line("1", "bread"),
  line("1", "butter"),
  line("1", "bread"),
  line("2", "butter"),
  line("3", "bread"),
  line("2", "bread"),
  line("4", "tea"),
  line("5", "tea"),
];

describe("basketAffinities", () => {
  it("gives support, confidence both ways and lift on a tiny basket set checked by hand", () => {
    const a = basketAffinities(tiny, { basketBy: "transactionId", minSupport: 0.4 });
    expect(a).toMatchObject({ lines: 8, baskets: 5, products: 3, minCount: 2, candidatePairs: 1 });
    expect(a.items).toEqual([
      { productId: "bread", count: 3, support: 0.6 },
      { productId: "butter", count: 2, support: 0.4 },
      { productId: "tea", count: 2, support: 0.4 },
    ]);
    expect(a.pairs).toEqual([
      {
        productA: "bread",
        productB: "butter",
        count: 2,
        support: 0.4,
        confidenceAToB: 2 / 3,
        confidenceBToA: 1,
        lift: 5 / 3,
      },
    ]);
  });

  it("prunes items and pairs below the minimum support (Apriori): at 0.5 butter and tea drop, so no pair is counted", () => {
    const a = basketAffinities(tiny, { basketBy: "transactionId", minSupport: 0.5 });
    expect(a.minCount).toBe(3);
    expect(a.items.map((i) => i.productId)).toEqual(["bread"]);
    expect(a.pairs).toEqual([]);
    expect(a.candidatePairs).toBe(0);
  });

  it("groups by customer and timestamp when asked: the same products at two instants are two baskets", () => {
    const t2 = new Date("2024-01-02T00:00:00Z");
    const rows: Transaction[] = [
      { customerId: "x", timestamp: day, amount: 1, productId: "a" },
      { customerId: "x", timestamp: day, amount: 1, productId: "b" },
      { customerId: "y", timestamp: day, amount: 1, productId: "a" },
      { customerId: "x", timestamp: t2, amount: 1, productId: "b" },
    ];
    const a = basketAffinities(rows, { basketBy: "customerTimestamp", minSupport: 0 });
    expect(a.baskets).toBe(3);
    // n(a) = 2, n(b) = 2, n(a, b) = 1, N = 3: lift = 3 / 4
    expect(a.pairs).toEqual([
      { productA: "a", productB: "b", count: 1, support: 1 / 3, confidenceAToB: 0.5, confidenceBToA: 0.5, lift: 0.75 },
    ]);
  });

  it("an empty log gives no baskets and no pairs", () => {
    expect(basketAffinities([], { basketBy: "customerTimestamp", minSupport: 0.5 })).toEqual({
      lines: 0,
      baskets: 0,
      products: 0,
      minSupport: 0.5,
      minCount: 1,
      items: [],
      pairs: [],
      candidatePairs: 0,
    });
  });

  it("rejects lines without a product id or a transaction id, and bad options, with paths", () => {
    const rows: Transaction[] = [
      line("1", "a"),
      { customerId: "c", timestamp: day, amount: 1, transactionId: "2" },
      { customerId: "c", timestamp: day, amount: 1, productId: "b" },
    ];
    const e = expectClienteleError(
      () => basketAffinities(rows, { basketBy: "transactionId", minSupport: 0 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["transactions[1].productId", "transactions[2].transactionId"]);
    expect(e.message).toMatchInlineSnapshot(`
      "basketAffinities: invalid input
        ✖ expected a product id, received undefined → at transactions[1].productId
        ✖ expected a transaction id (baskets are grouped by it), received undefined → at transactions[2].transactionId"
    `);
    const o = expectClienteleError(
      () => basketAffinities(tiny, { basketBy: "order" as "transactionId", minSupport: 2 }),
      "invalid_input",
    );
    expect(issuePaths(o)).toEqual(["options.basketBy", "options.minSupport"]);
  });

  const logs = fc.array(
    fc.record({ basket: fc.integer({ min: 0, max: 15 }), product: fc.constantFrom("a", "b", "c", "d", "e", "f") }),
    { maxLength: 80 },
  );
  const toLines = (xs: { basket: number; product: string }[]) => xs.map((x) => line(String(x.basket), x.product));

  it("property: lift is symmetric, a pair's support never exceeds either item's, confidences are in [0, 1]; the input is not mutated", () => {
    fc.assert(
      fc.property(logs, fc.double({ min: 0, max: 1, noNaN: true }), (xs, minSupport) => {
        const rows = toLines(xs);
        const copy = structuredClone(rows);
        const a = basketAffinities(rows, { basketBy: "transactionId", minSupport });
        expect(rows).toEqual(copy);
        const item = new Map(a.items.map((i) => [i.productId, i]));
        for (const p of a.pairs) {
          const ia = item.get(p.productA)!;
          const ib = item.get(p.productB)!;
          expect(p.support).toBeLessThanOrEqual(Math.min(ia.support, ib.support));
          expect(p.count).toBeGreaterThanOrEqual(a.minCount);
          expect(p.confidenceAToB).toBeLessThanOrEqual(1);
          expect(p.confidenceBToA).toBeLessThanOrEqual(1);
          // lift from either side: conf(A → B) / support(B) = conf(B → A) / support(A)
          expect(p.confidenceAToB / ib.support).toBeCloseTo(p.confidenceBToA / ia.support, 12);
          expect(p.lift).toBeCloseTo(p.confidenceAToB / ib.support, 12);
        }
      }),
    );
  });

  it("property: the counts match a brute-force count over every pair, in any line order", () => {
    fc.assert(
      fc.property(logs, (xs) => {
        const rows = toLines(xs);
        const a = basketAffinities(rows.slice().reverse(), { basketBy: "transactionId", minSupport: 0 });
        const baskets = new Map<string, Set<string>>();
        for (const r of rows)
          baskets.set(r.transactionId!, (baskets.get(r.transactionId!) ?? new Set()).add(r.productId!));
        expect(a.baskets).toBe(baskets.size);
        const expected = new Map<string, number>();
        for (const set of baskets.values()) {
          const s = [...set].sort();
          for (let i = 0; i < s.length; i++)
            for (let j = i + 1; j < s.length; j++)
              expected.set(`${s[i]}|${s[j]}`, (expected.get(`${s[i]}|${s[j]}`) ?? 0) + 1);
        }
        expect(new Map(a.pairs.map((p) => [`${p.productA}|${p.productB}`, p.count]))).toEqual(expected);
      }),
    );
  });
});
