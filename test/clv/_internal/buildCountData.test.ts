import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCountData } from "../../../src/clv/_internal/buildCountData.ts";

describe("buildCountData", () => {
  it("merges identical (x, t_x, T) triples, puts every x = 0 customer with the same T in one triple, and groups x and T", () => {
    const d = buildCountData(6, [0, 2, 0, 2, 1, 0], [0, 3, 0, 3, 1, 0], [10, 10, 10, 10, 12, 12], undefined);
    expect(d.customers).toBe(6);
    expect(d.size).toBe(4);
    expect([...d.frequency]).toEqual([0, 2, 1, 0]);
    expect([...d.recency]).toEqual([0, 3, 1, 0]);
    expect([...d.T]).toEqual([10, 10, 12, 12]);
    expect([...d.weight]).toEqual([2, 2, 1, 1]);
    expect([...d.distinctFrequency]).toEqual([0, 2, 1]);
    expect([...d.distinctFrequencyWeight]).toEqual([3, 2, 1]);
    expect([...d.distinctT]).toEqual([10, 12]);
    expect([...d.frequencyGroup]).toEqual([0, 1, 2, 0]);
    expect([...d.TGroup]).toEqual([0, 0, 1, 1]);
  });

  it("adds given weights and reads -0 as 0", () => {
    const d = buildCountData(3, [1, 1, 700_000], [-0, 0, 5], [4, 4, 5], [2, 3, 1]);
    expect(d.size).toBe(2);
    expect([...d.weight]).toEqual([5, 1]);
    expect(Object.is(d.recency[0], 0)).toBe(true);
    expect([...d.distinctFrequency]).toEqual([1, 700_000]);
    const z = buildCountData(2, [-0, 0], [-0, 0], [3, 3], undefined);
    expect(z.size).toBe(1);
    expect(Object.is(z.frequency[0], 0) && Object.is(z.distinctFrequency[0], 0)).toBe(true);
  });

  it("keeps every customer and purchase, and one triple per distinct (x, t_x, T) (property)", () => {
    const row = fc
      .record({
        x: fc.integer({ min: 0, max: 3 }),
        r: fc.integer({ min: 0, max: 3 }),
        e: fc.integer({ min: 0, max: 2 }),
      })
      .map(({ x, r, e }) => ({ x, r: x === 0 ? 0 : r, T: r + e }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const d = buildCountData(
          rows.length,
          rows.map((q) => q.x),
          rows.map((q) => q.r),
          rows.map((q) => q.T),
          undefined,
        );
        expect(d.customers).toBe(rows.length);
        expect(d.weight.reduce((s, w) => s + w, 0)).toBe(rows.length);
        expect(d.frequency.reduce((s, x, k) => s + x * d.weight[k]!, 0)).toBe(rows.reduce((s, q) => s + q.x, 0));
        expect(d.size).toBe(new Set(rows.map((q) => `${q.x},${q.r},${q.T}`)).size);
      }),
    );
  });
});

describe("buildCountData on continuous-time data", () => {
  it("stops merging repeat buyers when fewer than 5% of the first 50,000 merge, keeping every customer and weight", () => {
    const n = 120_000;
    const x = new Float64Array(n).fill(1);
    const tx = Float64Array.from({ length: n }, (_, i) => (i < 100_000 ? 1 + i / 1e6 : 1)); // rows ≥ 100,000 repeat row 0
    const T = new Float64Array(n).fill(10);
    const d = buildCountData(n, x, tx, T, undefined);
    expect(d.customers).toBe(n);
    expect(d.size).toBe(n);
    expect(d.weight.every((w) => w === 1)).toBe(true);
    const dup = buildCountData(n, x, new Float64Array(n).fill(2), T, undefined);
    expect(dup.size).toBe(1);
    expect(dup.weight[0]).toBe(n);
  });

  it("stops grouping T when fewer than 5% of the first 50,000 customers share a T, keeping every customer, weight and T (a group each afterwards)", () => {
    const n = 120_000;
    const x = new Float64Array(n); // no repeat purchases: one triple per T group
    const tx = new Float64Array(n);
    // Rows ≥ 100,000 alternate between T = 30 and 31 (a run of equal T shares the group of its first row).
    const T = Float64Array.from({ length: n }, (_, i) => (i < 100_000 ? 26 + i / 1e4 : 30 + (i % 2)));
    const d = buildCountData(n, x, tx, T, undefined);
    expect(d.customers).toBe(n);
    expect(d.size).toBe(n);
    expect(d.distinctT.length).toBe(n);
    for (let k = 0; k < d.size; k++) expect(d.distinctT[d.TGroup[k]!]).toBe(d.T[k]);
    // Shared T (days / 7) keeps being grouped: 364 values, one triple each for the customers without purchases.
    const days = Float64Array.from({ length: n }, (_, i) => 26 + (i % 364) / 7);
    const grouped = buildCountData(n, x, tx, days, undefined);
    expect(grouped.distinctT.length).toBe(364);
    expect(grouped.size).toBe(364);
  });
});
