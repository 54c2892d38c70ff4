import { describe, expect, it } from "vitest";
import { upperGammaContinuedFraction } from "../../../src/clv/_internal/upperGammaContinuedFraction.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("upperGammaContinuedFraction", () => {
  it("gives Γ(1, x) e^x x^(−1) = 1/x exactly in form, and Γ(0, x) e^x = E₁(x)eˣ (A&S 5.1.19 bounds)", () => {
    for (const x of [1, 2.5, 10, 100]) expectClose(upperGammaContinuedFraction(1, x), 1 / x, { rel: 1e-15 });
    for (const x of [1, 2, 5, 20]) {
      const h = upperGammaContinuedFraction(0, x); // = e^x E₁(x)
      expect(h).toBeGreaterThan(0.5 * Math.log(1 + 2 / x));
      expect(h).toBeLessThan(Math.log(1 + 1 / x));
    }
  });

  it("matches Γ(a, x) for negative a by the recurrence Γ(a + 1, x) = a Γ(a, x) + x^a e^(−x)", () => {
    // h(a + 1, x) · x = a · h(a, x) + 1, from the recurrence divided by e^(−x) x^a
    for (const a of [-2.5, -0.7, 0.3, 3.2]) {
      for (const x of [1, 4, 30]) {
        expectClose(x * upperGammaContinuedFraction(a + 1, x), a * upperGammaContinuedFraction(a, x) + 1, {
          rel: 1e-13,
        });
      }
    }
  });

  it("reproduces E₁(1) = 0.219383934395520… (DLMF 6.2, A&S Table 5.1) as e^(−1) h(0, 1)", () => {
    expectClose(Math.exp(-1) * upperGammaContinuedFraction(0, 1), 0.21938393439552029, { rel: 1e-14 });
  });
});
