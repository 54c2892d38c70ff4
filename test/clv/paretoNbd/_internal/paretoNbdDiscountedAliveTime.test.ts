import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  gaussLegendre16,
  gaussLegendreRule,
  paretoNbdDiscountedAliveTime,
} from "../../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedAliveTime.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadAliveTimeCases } from "../../../fixtures/mpmath-issue17/loadFixture.ts";

const rule16 = gaussLegendreRule(16);

/**
 * ∫₀^∞ e^(−zv) (1 + v)^(−s) dv by a different scheme: 24-point Gauss–Legendre on panels in v, geometric
 * ([0, 1/8], [1/8, 1/4], …) while v < 1/z, then of width 1/(4z) up to v = 50/z.
 */
function quadrature(s: number, z: number): number {
  const rule = gaussLegendreRule(24);
  const f = (v: number): number => Math.exp(-z * v - s * Math.log1p(v));
  const edges = [0];
  let v = 0.125;
  while (v < 1 / z) {
    edges.push(v);
    v *= 2;
  }
  let last = edges[edges.length - 1]!;
  while (last < 50 / z + 50) {
    last += Math.min(1 / (4 * z), Math.max(last, 0.125));
    edges.push(last);
  }
  let sum = 0;
  for (let k = 0; k + 1 < edges.length; k++) {
    const a = edges[k]!;
    const b = edges[k + 1]!;
    const half = (b - a) / 2;
    for (let i = 0; i < 24; i++) sum += half * rule[2 * i + 1]! * f(a + half + half * rule[2 * i]!);
  }
  return sum;
}

/** e^z E₁(z) by the series E₁(z) = −γ − ln z − Σ (−z)ⁿ/(n n!) (z ≤ 2 here). */
function expE1(z: number): number {
  let sum = 0;
  let term = 1;
  for (let n = 1; n < 80; n++) {
    term *= -z / n;
    sum += term / n;
  }
  return Math.exp(z) * (-0.5772156649015329 - Math.log(z) - sum);
}

describe("gaussLegendre16", () => {
  it("is the 16-point rule, built once and shared", () => {
    expect(gaussLegendre16()).toEqual(gaussLegendreRule(16));
    expect(gaussLegendre16()).toBe(gaussLegendre16());
  });
});

describe("gaussLegendreRule", () => {
  it("integrates polynomials of degree up to 2n − 1 exactly on [−1, 1]", () => {
    for (const n of [5, 16, 24]) {
      const rule = gaussLegendreRule(n);
      for (let degree = 0; degree < 2 * n; degree++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += rule[2 * i + 1]! * rule[2 * i]! ** degree;
        expectClose(sum, degree % 2 === 0 ? 2 / (degree + 1) : 0, { abs: 1e-14 }, `n ${n} degree ${degree}`);
      }
    }
  });
});

describe("paretoNbdDiscountedAliveTime", () => {
  it("gives e^z E₁(z) at s = 1 and 1 − z e^z E₁(z) at s = 2 to 1e-12 relative", () => {
    for (const z of [0.001, 0.05, 0.3, 0.999, 1, 1.5, 2]) {
      expectClose(paretoNbdDiscountedAliveTime(1, z, rule16), expE1(z), { rel: 1e-12 }, `s 1, z ${z}`);
      expectClose(paretoNbdDiscountedAliveTime(2, z, rule16), 1 - z * expE1(z), { rel: 1e-11 }, `s 2, z ${z}`);
    }
  });

  it("matches an independent quadrature of the integral to 1e-10 relative for s in [0.05, 20] and z in [1e-4, 50]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: -4, max: 1.7, noNaN: true }),
        (s, e) => {
          const z = 10 ** e;
          expectClose(paretoNbdDiscountedAliveTime(s, z, rule16), quadrature(s, z), { rel: 1e-10 }, `s ${s}, z ${z}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("matches mpmath to 1e-13 relative for s from 0.5 to 1e300 and z from 1e-6 to 5, in bounded work (issue 17 item 4: s = 1e9 took 76 s)", () => {
    // The work is at most 45/4 + 1 panels of 16 nodes for s > 1, whatever s: before, it grew like s.
    for (const c of loadAliveTimeCases()) {
      expectClose(paretoNbdDiscountedAliveTime(c.s, c.z, rule16), c.value, { rel: 1e-13 }, `s ${c.s}, z ${c.z}`);
    }
  });

  it("is continuous across z = 1, where the method changes", () => {
    for (const s of [0.3, 1, 2.7]) {
      expectClose(paretoNbdDiscountedAliveTime(s, 1 - 1e-12, rule16), paretoNbdDiscountedAliveTime(s, 1, rule16), {
        rel: 1e-11,
      });
    }
  });

  it("decreases in z and tends to 1/(s − 1) as z → 0 when s > 1", () => {
    expectClose(paretoNbdDiscountedAliveTime(3, 1e-9, rule16), 0.5, { rel: 1e-6 });
    let previous = Number.POSITIVE_INFINITY;
    for (const z of [1e-3, 0.01, 0.1, 0.5, 1, 2, 10]) {
      const value = paretoNbdDiscountedAliveTime(0.6, z, rule16);
      expect(value).toBeLessThan(previous);
      previous = value;
    }
  });
});
