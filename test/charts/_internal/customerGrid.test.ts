import { describe, expect, it } from "vitest";
import { customerGrid, gridValues } from "../../../src/charts/_internal/customerGrid.ts";

describe("customerGrid", () => {
  it("lays out frequency 0 at recency 0 and maxFrequency rows of equal recency slices of [0, T]", () => {
    const g = customerGrid(12, 2, 4);
    expect(g.frequency.length).toBe(1 + 2 * 4);
    expect([g.frequency[0], g.recency[0], g.from[0], g.to[0]]).toEqual([0, 0, 0, 3]);
    expect([...g.frequency.slice(1)]).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    expect([...g.recency.slice(1, 5)]).toEqual([1.5, 4.5, 7.5, 10.5]);
    expect([...g.from.slice(1, 5)]).toEqual([0, 3, 6, 9]);
    expect(g.to[4]).toBe(12); // the last slice ends exactly at T
    expect([...g.T]).toEqual(new Array(9).fill(12));
  });

  it("pairs each cell with its value", () => {
    const g = customerGrid(1, 1, 1);
    expect(gridValues(g, [0.5, 0.25])).toEqual([
      { frequency: 0, recency: 0, recencyFrom: 0, recencyTo: 1, value: 0.5 },
      { frequency: 1, recency: 0.5, recencyFrom: 0, recencyTo: 1, value: 0.25 },
    ]);
  });
});
