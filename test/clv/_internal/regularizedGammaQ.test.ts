import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regularizedGammaP, regularizedGammaQ } from "../../../src/clv/_internal/regularizedGammaQ.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

interface Fixture {
  readonly cases: readonly { a: string; x: string; P: string; Q: string }[];
}
const fixture = JSON.parse(
  readFileSync(new URL("../../fixtures/incomplete-gamma/regularizedGamma.json", import.meta.url), "utf8"),
) as Fixture;

/** Q(n, x) = e^−x Σ_{k<n} x^k/k! for integer n (DLMF 8.4.10). */
function poissonTail(n: number, x: number): number {
  let term = Math.exp(-x);
  let sum = term;
  for (let k = 1; k < n; k++) {
    term *= x / k;
    sum += term;
  }
  return sum;
}

describe("regularizedGammaP / regularizedGammaQ", () => {
  it("match mpmath 1.3.0 at 95 points (a 0.01…1000) to 1e-12 relative for the smaller of P and Q and 1e-12 absolute for the larger", () => {
    for (const c of fixture.cases) {
      const a = Number(c.a);
      const x = Number(c.x);
      const P = Number(c.P);
      const Q = Number(c.Q);
      // NOTE: the smaller tail is computed directly and keeps its relative accuracy; the larger is
      // 1 − (smaller), accurate in absolute terms. 1e-12 covers the rounding of the prefactor
      // exp(a ln x − x − ln Γ(a)), whose terms reach ~7000 at a = 1000 (about 1e-16 × 7000 relative).
      const [small, large] =
        P < Q ? ([regularizedGammaP, regularizedGammaQ] as const) : ([regularizedGammaQ, regularizedGammaP] as const);
      expectClose(small(a, x), Math.min(P, Q), { rel: 1e-12 }, `a ${a}, x ${x}, smaller tail`);
      expectClose(large(a, x), Math.max(P, Q), { abs: 1e-12 }, `a ${a}, x ${x}, larger tail`);
    }
  });

  it("gives Q(1, x) = e^−x and Q(1/2, x) = erfc(√x) at tabulated erfc values (A&S Table 7.1)", () => {
    for (const x of [1e-8, 0.3, 1, 2.5, 10, 50])
      expectClose(regularizedGammaQ(1, x), Math.exp(-x), { rel: 1e-14 }, `x ${x}`);
    // erfc(1), erfc(2), erfc(3)
    expectClose(regularizedGammaQ(0.5, 1), 0.15729920705028513, { rel: 1e-13 });
    expectClose(regularizedGammaQ(0.5, 4), 0.004677734981047266, { rel: 1e-13 });
    expectClose(regularizedGammaQ(0.5, 9), 2.209049699858544e-5, { rel: 1e-13 });
  });

  it("equals the Poisson tail e^−x Σ_{k<n} x^k/k! for integer a (property, n 1…40, x 0…80)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 80, noNaN: true }), (n, x) => {
        const q = regularizedGammaQ(n, x);
        const expected = poissonTail(n, x);
        // NOTE: the direct Poisson sum itself loses ~1e-14 relative; compare absolutely plus relatively.
        expect(Math.abs(q - expected)).toBeLessThanOrEqual(1e-12 * expected + 1e-15);
        expect(regularizedGammaP(n, x) + q).toBeCloseTo(1, 14);
      }),
    );
  });

  it("returns the limits at x = 0 and x = ∞: P = 0, Q = 1 and P = 1, Q = 0", () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, Number.POSITIVE_INFINITY)).toBe(1);
    expect(regularizedGammaQ(2, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it("stays in [0, 1] and P is non-decreasing in x (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 2e3, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (a, x, dx) => {
          const p1 = regularizedGammaP(a, x);
          const p2 = regularizedGammaP(a, x + dx);
          expect(p1).toBeGreaterThanOrEqual(0);
          expect(p1).toBeLessThanOrEqual(1);
          expect(p2).toBeGreaterThanOrEqual(p1 - 1e-15);
        },
      ),
    );
  });
});
