import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logDiffExpUnchecked } from "../../../../src/_lib/logDiffExpUnchecked.ts";
import { paretoNbdLogA0, paretoNbdLogA0Term } from "../../../../src/clv/paretoNbd/_internal/paretoNbdLogA0.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadLogA0 } from "../../../fixtures/mpmath-unit-shift/loadFixture.ts";

/** m ∫_{t_x}^T (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ by composite Simpson on a log-spaced grid (reference). */
function integral(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const n = 20_000;
  const u0 = Math.log(alpha + tx);
  const u1 = Math.log(alpha + T);
  const h = (u1 - u0) / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const u = u0 + i * h;
    const tau = Math.exp(u) - alpha;
    const f = Math.exp(-(r + x) * u - (s + 1) * Math.log(beta + tau) + u); // dτ = e^u du
    sum += (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2) * f;
  }
  return (r + s + x) * ((sum * h) / 3);
}

describe("paretoNbdLogA0", () => {
  it("equals ln of (r + s + x) ∫ (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ over [t_x, T] in both branches (α ≥ β and α < β), to 1e-9 relative", () => {
    const cases = [
      [0.553, 10.578, 0.606, 11.669, 2, 30, 38],
      [0.553, 20, 0.606, 3, 2, 30, 38],
      [1.5, 2, 0.3, 40, 7, 12.5, 39],
      [0.2, 0.5, 2.5, 0.1, 0, 0, 20],
      [0.553, 10.578, 0.606, 11.669, 40, 60, 400],
    ] as const;
    for (const [r, alpha, s, beta, x, tx, T] of cases) {
      const expected = Math.log(integral(r, alpha, s, beta, x, tx, T));
      expectClose(paretoNbdLogA0(r, alpha, s, beta, x, tx, T), expected, { rel: 1e-9 }, `${[r, alpha, s, beta]}`);
    }
  });

  it("is −∞ when t_x = T (A₀ = 0)", () => {
    expect(paretoNbdLogA0(0.5, 10, 0.6, 11, 3, 20, 20)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("is finite for heavy buyers (x up to 500, T up to 5,000) and either branch", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (x, fraction, T, alpha, beta) => {
          const tx = x === 0 ? 0 : fraction * T;
          expect(Number.isFinite(paretoNbdLogA0(0.55, alpha, 0.61, beta, x, tx, T))).toBe(true);
        },
      ),
    );
  });

  it("matches mpmath at 258 points (six parameter sets, x up to 900, T up to 5,000, t_x up to T(1 − 10⁻⁶)) to 2e-15 × max(1, |ln A₀|) × the condition number 1 + t_x/(T − t_x)", () => {
    const cases = loadLogA0();
    expect(cases.length).toBe(258);
    for (const c of cases) {
      const condition = 1 + c.tx / (c.T - c.tx);
      expectClose(
        paretoNbdLogA0(c.r, c.alpha, c.s, c.beta, c.x, c.tx, c.T),
        c.log,
        { abs: 2e-15 * condition * Math.max(1, Math.abs(c.log)) },
        `${c.group} x ${c.x} t_x ${c.tx} T ${c.T}`,
      );
    }
  });
});

describe("paretoNbdLogA0Term", () => {
  it("gives ln A₀ as logDiffExp(e(t_x), e(T)), bit for bit, in both branches", () => {
    for (const [r, alpha, s, beta, x, tx, T] of [
      [0.553, 10.578, 0.606, 11.669, 2, 30, 38],
      [0.553, 20, 0.606, 3, 2, 30, 38],
      [0.2, 0.5, 2.5, 0.1, 0, 0, 20],
      [0.553, 10.578, 0.606, 11.669, 400, 60, 4000],
    ] as const) {
      expect(paretoNbdLogA0(r, alpha, s, beta, x, tx, T)).toBe(
        logDiffExpUnchecked(paretoNbdLogA0Term(r, alpha, s, beta, x, tx), paretoNbdLogA0Term(r, alpha, s, beta, x, T)),
      );
    }
  });

  it("is ln[(r + s + x) ∫_t^∞ (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ]: with α = β, ln[(r + s + x)/(r + s + x) (α + t)^(−(r+s+x))]", () => {
    // α = β: the integrand is (α + τ)^(−(r+s+x+1)), so m ∫ = (α + t)^(−m).
    expectClose(paretoNbdLogA0Term(0.5, 7, 0.7, 7, 3, 12), -(0.5 + 0.7 + 3) * Math.log(19), { rel: 1e-15 });
  });

  it("decreases in t (the integral over [t, ∞) shrinks)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (x, t, alpha, beta) => {
          expect(paretoNbdLogA0Term(0.55, alpha, 0.61, beta, x, t + 1)).toBeLessThan(
            paretoNbdLogA0Term(0.55, alpha, 0.61, beta, x, t),
          );
        },
      ),
    );
  });
});
