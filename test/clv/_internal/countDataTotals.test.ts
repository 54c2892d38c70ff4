import { describe, expect, it } from "vitest";
import { buildCountData } from "../../../src/clv/_internal/buildCountData.ts";
import { countDataTotals } from "../../../src/clv/_internal/countDataTotals.ts";

describe("countDataTotals", () => {
  it("sums x and T weighted by each triple's customers", () => {
    const data = buildCountData(3, [0, 2, 5], [0, 10, 30], [39, 39, 31], [100, 3, 2]);
    expect(countDataTotals(data)).toEqual({ purchases: 2 * 3 + 5 * 2, time: 39 * 100 + 39 * 3 + 31 * 2 });
  });
});
