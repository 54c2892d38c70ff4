import { describe, expect, it } from "vitest";
import { logDiscountedSurvivalSum } from "../../../../src/clv/shiftedBetaGeometric/_internal/logDiscountedSurvivalSum.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadLifetimeCases } from "../../../fixtures/sbg/loadFixture.ts";

describe("logDiscountedSurvivalSum", () => {
  it("matches the mpmath sums Σ S(t)/(1 + d)^t of the fixture (DEL cases) to 1e-13 relative", () => {
    const cases = loadLifetimeCases().filter((c) => c.renewals === -1);
    expect(cases.length).toBeGreaterThan(50);
    for (const c of cases) {
      expectClose(Math.exp(logDiscountedSurvivalSum(c.alpha, c.beta, c.d)), c.value, { rel: 1e-13 }, JSON.stringify(c));
    }
  });

  it("is Gauss's sum ln(1 + b/(α − 1)) at d = 0 for α > 1, and +∞ for α ≤ 1", () => {
    expect(logDiscountedSurvivalSum(2, 3, 0)).toBe(Math.log(4));
    expect(logDiscountedSurvivalSum(1, 3, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(logDiscountedSurvivalSum(0.5, 3, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it("falls back to the series for b = 10¹² and d = 10⁻³, where the sum tends to (1 + d)/d", () => {
    // With b ≫ 1/d, S(j) ≈ (1 + j/b)^−α ≈ 1 over the discounting horizon: F = (1 + d)/d · (1 − O(α/(b d))).
    expectClose(Math.exp(logDiscountedSurvivalSum(1, 1e12, 1e-3)), 1001, { rel: 1e-8 });
  });

  it("returns NaN when no method converges (b = 10¹², d = 10⁻⁹ would need 4·10¹⁰ terms)", () => {
    expect(logDiscountedSurvivalSum(1, 1e12, 1e-9)).toBeNaN();
  });
});
