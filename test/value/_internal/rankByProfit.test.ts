import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankByProfit } from "../../../src/value/_internal/rankByProfit.ts";

const bySort = (profits: number[], ids: string[]) =>
  profits
    .map((_, i) => i)
    .sort((a, b) => profits[b]! - profits[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));

describe("rankByProfit", () => {
  it("ranks highest first across signs, zeros and extremes, ties by id", () => {
    const profits = [0, -0, 5, -5, Number.MAX_VALUE, -Number.MAX_VALUE, 5, 1e-300, -1e-300, 5];
    const ids = ["z", "a", "m", "n", "top", "bottom", "b", "tiny", "neg-tiny", "a5"];
    expect(Array.from(rankByProfit(Float64Array.from(profits), ids)).map((i) => ids[i])).toEqual([
      "top",
      "a5",
      "b",
      "m",
      "tiny",
      "a",
      "z",
      "neg-tiny",
      "n",
      "bottom",
    ]);
  });

  it("agrees with a comparator sort (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            fc.string({ maxLength: 3 }),
            fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 })),
          ),
          {
            selector: (t) => t[0],
          },
        ),
        (rows) => {
          const ids = rows.map((r) => r[0]);
          const profits = rows.map((r) => r[1]);
          expect(Array.from(rankByProfit(Float64Array.from(profits), ids))).toEqual(bySort(profits, ids));
        },
      ),
    );
  });
});
