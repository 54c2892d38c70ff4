import { describe, expect, it } from "vitest";
import { gaussLegendreRule } from "../../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedAliveTime.ts";
import {
  logDecayIntegral,
  paretoNbdLogA0ByQuadrature,
  paretoNbdLogA0GradientByQuadrature,
} from "../../../../src/clv/paretoNbd/_internal/paretoNbdLogA0ByQuadrature.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadLogA0 } from "../../../fixtures/mpmath-unit-shift/loadFixture.ts";

const rule = gaussLegendreRule(16);

describe("paretoNbdLogA0ByQuadrature", () => {
  it("matches mpmath's ln A₀ at the 258 points of the unit-shift fixture (x up to 900, T up to 5,000, t_x up to T(1 − 10⁻⁶)) to 1e-13 relative", () => {
    for (const c of loadLogA0()) {
      expectClose(
        paretoNbdLogA0ByQuadrature(c.r, c.alpha, c.s, c.beta, c.x, c.tx, c.T, rule),
        c.log,
        { rel: 1e-13, abs: 1e-13 },
        `${c.group} x ${c.x} t_x ${c.tx} T ${c.T}`,
      );
    }
  });
  it("is −∞ when t_x = T, and ln(m · span) to first order over a tiny span", () => {
    expect(paretoNbdLogA0ByQuadrature(1, 1, 1, 1, 1, 5, 5, rule)).toBe(Number.NEGATIVE_INFINITY);
    // m = 3, a = b = 2, p = q = 1 + 1e-9, span 1e-9: ln 3 − 4 ln(1 + 1e-9) + ln(1e-9) − (a/p + b/q)·1e-9/2.
    expectClose(
      paretoNbdLogA0ByQuadrature(1, 1, 1, 1, 1, 1e-9, 2e-9, rule),
      Math.log(3) - 4 * Math.log1p(1e-9) + Math.log(1e-9) - 2e-9,
      { rel: 1e-15 },
    );
  });
});

describe("logDecayIntegral", () => {
  it("integrates (1 + u)^(−2) over [0, 9] to ln 0.9 and e^(−a u) by a large a to ln(1/a)", () => {
    expectClose(logDecayIntegral(0, 2, 1e300, 1, 9, rule), Math.log(0.9), { rel: 1e-14 });
    expectClose(logDecayIntegral(1e9, 1e-300, 1, 1, 5, rule), Math.log(1 / (1e9 - 1)), { rel: 1e-12 });
  });
});

describe("paretoNbdLogA0GradientByQuadrature", () => {
  const moments = new Float64Array(4);
  const out = new Float64Array(5);
  /** Fourth-order central difference (step 10⁻⁴ relative) of paretoNbdLogA0ByQuadrature in θᵢ. */
  const slope = (theta: number[], i: number, x: number, tx: number, T: number): number => {
    const at = (f: number): number => {
      const p = theta.map((v, j) => (j === i ? v * f : v));
      return paretoNbdLogA0ByQuadrature(p[0]!, p[1]!, p[2]!, p[3]!, x, tx, T, rule);
    };
    const h = 1e-4;
    return (8 * (at(1 + h) - at(1 - h)) - (at(1 + 2 * h) - at(1 - 2 * h))) / (12 * h * theta[i]!);
  };

  it("gives ln A₀ as paretoNbdLogA0ByQuadrature and its gradient as differences of it, to 1e-6, at the edges (x up to 10,000, T up to 10⁵, rates from 10⁻³ to 10⁵)", () => {
    for (const theta of [
      [0.55, 10.6, 0.61, 11.7],
      [0.5, 1e-3, 0.8, 1e5],
      [1e-3, 1e-3, 1e-3, 1e5],
      [0.05, 1e5, 0.05, 0.01],
      [3, 0.2, 2, 40],
    ]) {
      for (const [x, tx, T] of [
        [1, 0.5, 52],
        [10, 1e-6, 1e5],
        [10_000, 77, 78],
        [3, 9e4, 1e5],
        [0, 0, 30],
      ] as const) {
        const label = `θ ${theta} x ${x} t_x ${tx} T ${T}`;
        expect(
          paretoNbdLogA0GradientByQuadrature(theta[0]!, theta[1]!, theta[2]!, theta[3]!, x, tx, T, rule, moments, out),
          label,
        ).toBe(true);
        expect(out[0]).toBe(paretoNbdLogA0ByQuadrature(theta[0]!, theta[1]!, theta[2]!, theta[3]!, x, tx, T, rule));
        for (let i = 0; i < 4; i++) {
          const numeric = slope(theta, i, x, tx, T);
          expectClose(out[i + 1]!, numeric, { rel: 1e-6, abs: 1e-7 / theta[i]! }, `${label} ∂${i}`);
        }
      }
    }
  });

  it("returns false and leaves out untouched at t_x = T", () => {
    const untouched = Float64Array.of(7, 7, 7, 7, 7);
    expect(paretoNbdLogA0GradientByQuadrature(1, 1, 1, 1, 2, 5, 5, rule, moments, untouched)).toBe(false);
    expect(Array.from(untouched)).toEqual([7, 7, 7, 7, 7]);
  });
});
