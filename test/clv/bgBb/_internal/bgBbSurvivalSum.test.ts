import { describe, expect, it } from "vitest";
import { bgBbSurvivalSum } from "../../../../src/clv/bgBb/_internal/bgBbSurvivalSum.ts";
import { logBeta } from "../../../../src/math/logBeta.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

describe("bgBbSurvivalSum", () => {
  it("equals Σ B(γ, δ+t)/B(γ, δ+from) term by term, and 0 for count 0", () => {
    const [g, d] = [0.657, 2.783];
    let s = 0;
    for (let t = 7; t < 12; t++) s += Math.exp(logBeta(g, d + t) - logBeta(g, d + 7));
    expectClose(bgBbSurvivalSum(g, d, 7, 5), s, { rel: 1e-12 });
    expect(bgBbSurvivalSum(g, d, 7, 0)).toBe(0);
  });
});
