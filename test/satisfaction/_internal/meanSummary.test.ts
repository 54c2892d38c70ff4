import { describe, expect, it } from "vitest";
import { meanSummary, wilsonPercent } from "../../../src/satisfaction/_internal/meanSummary.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

const scale = { min: 1, max: 5 };
const tally = { answered: 2, missing: 2, sum: 6, sumOfSquares: 20, atOrAbove: 0, atOrBelow: 0 }; // answers 2 and 4

describe("meanSummary", () => {
  it("skips, or imputes the midpoint / mean into the sums", () => {
    expect(meanSummary("f", tally, scale, "skip", 0.95)).toMatchObject({ n: 2, skipped: 2, imputed: 0, mean: 3 });
    const mid = meanSummary("f", tally, scale, "impute-midpoint", 0.95); // 2, 4, 3, 3
    expect(mid).toMatchObject({ n: 4, skipped: 0, imputed: 2, mean: 3 });
    expectClose(mid.standardDeviation!, Math.sqrt(2 / 3), { rel: 1e-14 });
  });

  it("is insufficient_data with nothing to average", () => {
    expectClienteleError(
      () => meanSummary("f", { ...tally, answered: 0, sum: 0, sumOfSquares: 0 }, scale, "impute-mean", 0.95),
      "insufficient_data",
    );
  });
});

describe("wilsonPercent", () => {
  it("stays inside 0…100 at the extremes", () => {
    const all = wilsonPercent(10, 10, 0.95);
    expect(all.upper).toBe(100);
    expect(all.lower).toBeGreaterThan(60);
    expect(wilsonPercent(0, 10, 0.95).lower).toBe(0);
  });
});
