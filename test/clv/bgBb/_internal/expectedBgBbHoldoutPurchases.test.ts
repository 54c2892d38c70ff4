import { describe, expect, it } from "vitest";
import { expectedBgBbHoldoutPurchases } from "../../../../src/clv/bgBb/_internal/expectedBgBbHoldoutPurchases.ts";
import { readBgBbHoldout } from "../../../../src/clv/bgBb/_internal/readBgBbHoldout.ts";
import { bgBbConditionalExpectedPurchases } from "../../../../src/clv/bgBb/bgBbConditionalExpectedPurchases.ts";

describe("expectedBgBbHoldoutPurchases", () => {
  it("gives each row FHS 2010 eq. 13 over its own n*, count-0 rows included", () => {
    const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
    const rows = [
      { frequency: 2, recency: 4, opportunities: 6, holdoutFrequency: 1, holdoutOpportunities: 5 },
      { frequency: 2, recency: 4, opportunities: 6, holdoutFrequency: 0, holdoutOpportunities: 2, count: 0 },
      { frequency: 0, recency: 0, opportunities: 3, holdoutFrequency: 0, holdoutOpportunities: 5, count: 2 },
    ];
    const out = expectedBgBbHoldoutPurchases(params, readBgBbHoldout("f", rows));
    const fit = { model: "bg-bb", params } as const;
    expect(Array.from(out)).toEqual(
      rows.map(({ holdoutOpportunities, count: _count, holdoutFrequency: _x, ...p }) =>
        bgBbConditionalExpectedPurchases(fit, holdoutOpportunities, p),
      ),
    );
  });
});
