import { describe, expect, it } from "vitest";
import { createIssueCollector } from "../../../src/_lib/issueCollector.ts";
import {
  type ChainScoring,
  CONSTRUCT_COUNT,
  collectItemMeans,
  itemKey,
  scoreChainResponse,
} from "../../../src/satisfaction/_internal/scoreChainResponse.ts";

function state(policy: ChainScoring["policy"], skipUnit: ChainScoring["skipUnit"] = "respondent"): ChainScoring {
  return {
    fn: "f",
    policy,
    skipUnit,
    collector: createIssueCollector(),
    means: undefined,
    lastScale: undefined,
    scratch: { invalid: false, skipped: 0 },
    imputed: 0,
    skipped: 0,
  };
}

const scale = { min: 1, max: 5 };

describe("scoreChainResponse", () => {
  it("scores positions, congruencies and rescaled satisfaction (worked by hand)", () => {
    // desire 5 → 1, expectation 3 → 0.5, performance 4 → 0.75; satisfaction 2 → −0.5; items 5, 3 → 1, 0 → 0.5;
    // overall 1 → −1
    const out = new Float64Array(CONSTRUCT_COUNT);
    const s = state("reject");
    const ok = scoreChainResponse(
      {
        scale,
        attributes: [{ name: "a", desire: 5, expectation: 3, performance: 4, satisfaction: 2 }],
        information: [5, 3],
        overall: 1,
      },
      ["r"],
      undefined,
      s,
      out,
      0,
    );
    expect(ok).toBe(true);
    expect([...out]).toEqual([1, 0.5, 0.75, -0.25, 0.25, -0.5, 0.5, -1]);
  });

  it("leaves a response out under skip (respondent unit) and counts it; marks unmeasured constructs NaN", () => {
    const out = new Float64Array(CONSTRUCT_COUNT);
    const s = state("skip");
    expect(
      scoreChainResponse(
        { scale, attributes: [{ name: "a", desire: null, expectation: 3, performance: 4 }] },
        ["r"],
        0,
        s,
        out,
        0,
      ),
    ).toBe(false);
    expect(s.skipped).toBe(1);
    expect(
      scoreChainResponse(
        { scale, attributes: [{ name: "a", desire: 1, expectation: 3, performance: 4 }] },
        ["r"],
        1,
        s,
        out,
        0,
      ),
    ).toBe(true);
    expect(Number.isNaN(out[5]!) && Number.isNaN(out[6]!) && Number.isNaN(out[7]!)).toBe(true);
  });

  it("collects item means as positions by attribute name and kind", () => {
    const means = collectItemMeans([
      { scale, attributes: [{ name: "a", desire: 1, expectation: 5, performance: null }] },
      { scale: { min: 0, max: 10 }, attributes: [{ name: "a", desire: 10, expectation: 5, performance: 2 }] },
    ]);
    expect(means.get(itemKey("desire", "a"))).toBe(0.5);
    expect(means.get(itemKey("expectation", "a"))).toBe(0.75);
    expect(means.get(itemKey("performance", "a"))).toBe(0.2);
  });
});
