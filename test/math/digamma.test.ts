import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digamma } from "../../src/math/digamma.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadUnary } from "../fixtures/mpmath/loadFixture.ts";

const EULER_GAMMA = 0.5772156649015329;

describe("digamma", () => {
  it("matches mpmath 1.3.0 ψ(x) to 1e-14 relative at every fixture point (1e-300 … 1e300, next to the zero 1.4616…, negative)", () => {
    const cases = loadUnary("digamma");
    expect(cases.length).toBeGreaterThan(150);
    for (const c of cases) expectClose(digamma(c.x), c.value, { rel: 1e-14 }, `x = ${c.x}`);
  });

  it("gives ψ(1) = −γ and ψ(½) = −γ − 2 ln 2", () => {
    expectClose(digamma(1), -EULER_GAMMA, { rel: 1e-15 });
    expectClose(digamma(0.5), -EULER_GAMMA - 2 * Math.LN2, { rel: 1e-15 });
  });

  it("gives ψ(n) = −γ + Σ_{k<n} 1/k at the integers 2 … 30", () => {
    let harmonic = 0;
    for (let n = 2; n <= 30; n++) {
      harmonic += 1 / (n - 1);
      expectClose(digamma(n), -EULER_GAMMA + harmonic, { rel: 1e-14 }, `n = ${n}`);
    }
  });

  it("satisfies ψ(x + 1) = ψ(x) + 1/x (property, x in [1e-3, 1e6])", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (x) => {
        // NOTE: x + 1 is rounded; ψ′ ≤ 1/x + 1/x², so the identity holds to a few ulps of the larger term.
        const scale = Math.max(1, Math.abs(digamma(x)), 1 / x);
        expect(Math.abs(digamma(x + 1) - digamma(x) - 1 / x)).toBeLessThanOrEqual(1e-14 * scale);
      }),
    );
  });

  it("satisfies the reflection ψ(1 − x) − ψ(x) = π cot(πx) at negative non-integers", () => {
    for (const x of [-0.5, -1.25, -2.75, -10.1, -100.3]) {
      const expected = Math.PI / Math.tan(Math.PI * x);
      expectClose(digamma(1 - x) - digamma(x), expected, { rel: 1e-12, abs: 1e-13 }, `x = ${x}`);
    }
  });

  it("stays finite at the extremes: ψ(1e-8) ≈ −1e8 − γ, ψ(1e15) ≈ ln 1e15, ψ(1e300)", () => {
    expectClose(digamma(1e-8), -1e8 - EULER_GAMMA, { rel: 1e-15 });
    expectClose(digamma(1e15), Math.log(1e15) - 0.5e-15, { rel: 1e-15 });
    expect(Number.isFinite(digamma(1e300))).toBe(true);
  });

  it("throws domain_error at the poles and when ψ overflows (x = 1e-320)", () => {
    for (const x of [0, -1, -7])
      expect(issuePaths(expectClienteleError(() => digamma(x), "domain_error"))).toEqual(["x"]);
    expectClienteleError(() => digamma(1e-320), "domain_error");
  });

  it("throws invalid_input for NaN and ±Infinity", () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expectClienteleError(() => digamma(x), "invalid_input");
    }
  });
});
