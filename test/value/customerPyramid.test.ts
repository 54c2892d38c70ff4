import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customerPyramid, defaultPyramidCuts } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const ladder = (n: number) => Array.from({ length: n }, (_, i) => ({ customerId: `c${i}`, profit: 100 - 10 * i }));

describe("customerPyramid", () => {
  it("cuts by shares of customers by default: 5% / 15% / 60% / 20% (worked example, by hand)", () => {
    const p = customerPyramid(ladder(20));
    // 20 customers with profits 100, 90, …, −90 (total 100): platinum c0 (100); gold c1–c3 (90 + 80 + 70);
    // iron c4–c15 (60 + 50 + … − 50 = 60); lead c16–c19 (−60 − 70 − 80 − 90 = −300).
    expect(p.cuts).toEqual(defaultPyramidCuts);
    expect(p.tiers.map((t) => [t.tier, t.customers, t.profit])).toEqual([
      ["platinum", 1, 100],
      ["gold", 3, 240],
      ["iron", 12, 60],
      ["lead", 4, -300],
    ]);
    expect(p.totalProfit).toBe(100);
    expect(p.tiers[3]).toMatchObject({ customerShare: 0.2, minProfit: -90, maxProfit: -60 });
    expect(p.tiers[0]?.profitShare).toBe(1);
    expect(p.tierOf.c3).toBe("gold");
    expect(p.tierOf.c4).toBe("iron");
  });

  it("takes the same base as columns", () => {
    const rows = ladder(20);
    const columns = { customerId: rows.map((r) => r.customerId), profit: Float64Array.from(rows, (r) => r.profit) };
    expect(customerPyramid(columns)).toEqual(customerPyramid(rows));
  });

  it("cuts by profit thresholds when told", () => {
    const p = customerPyramid(ladder(20), { cuts: { by: "profit", platinum: 80, gold: 40, iron: 0 } });
    expect(p.tiers.map((t) => t.customers)).toEqual([3, 4, 4, 9]);
    expect(p.tierOf.c10).toBe("iron");
    expect(p.tierOf.c11).toBe("lead");
  });

  it("keeps empty tiers, without min and max", () => {
    const p = customerPyramid([{ customerId: "a", profit: 5 }]);
    expect(p.tiers.map((t) => t.customers)).toEqual([0, 0, 1, 0]);
    expect(p.tiers[0]).not.toHaveProperty("minProfit");
  });

  it("rejects cuts out of order and shares outside [0, 1] with paths", () => {
    const e = expectClienteleError(
      () => customerPyramid(ladder(5), { cuts: { by: "share", platinum: 0.3, gold: 0.2, iron: 0.8 } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.cuts"]);
    const s = expectClienteleError(
      () => customerPyramid(ladder(5), { cuts: { by: "share", platinum: 0.1, gold: 0.2, iron: 1.5 } }),
      "invalid_input",
    );
    expect(issuePaths(s)).toEqual(["options.cuts.iron"]);
  });

  it("assigns every customer once, is stable under permutation and does not mutate (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: -100, max: 100 })), {
          selector: (t) => t[0],
          minLength: 1,
        }),
        (xs) => {
          const list = xs.map(([customerId, profit]) => ({ customerId, profit }));
          const before = structuredClone(list);
          const p = customerPyramid(list);
          expect(list).toEqual(before);
          expect(p.tiers.reduce((s, t) => s + t.customers, 0)).toBe(list.length);
          expect(Object.keys(p.tierOf).length).toBe(list.length);
          expect(customerPyramid([...list].reverse()).tierOf).toEqual(p.tierOf);
        },
      ),
    );
  });
});
