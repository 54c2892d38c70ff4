import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCountData } from "../../../../src/clv/_internal/buildCountData.ts";
import {
  paretoNbdLogLikelihood,
  paretoNbdLogLikelihoodValue,
} from "../../../../src/clv/paretoNbd/_internal/paretoNbdLogLikelihood.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadCdnowSummary } from "../../../_helpers/loadCdnowSummary.ts";

const rows = loadCdnowSummary();
const data = buildCountData(
  rows.length,
  rows.map((r) => r.frequency),
  rows.map((r) => r.recency),
  rows.map((r) => r.T),
  rows.map(() => 1),
);
const at = (r: number, alpha: number, s: number, beta: number) => Float64Array.from([r, alpha, s, beta].map(Math.log));

describe("paretoNbdLogLikelihood", () => {
  it("gives ln L = −9594.97 on CDNOW at lifetimes' estimates (r .553282, α 10.577753, s .606171, β 11.666907)", () => {
    const value = paretoNbdLogLikelihoodValue(data)(at(0.553282, 10.577753, 0.606171, 11.666907));
    expectClose(value, -9594.97, { abs: 0.005 });
  });

  /** Fourth-order central difference (step 10⁻³) of paretoNbdLogLikelihoodValue in ln θᵢ. */
  const numerical = (phi: Float64Array, i: number): number => {
    const value = paretoNbdLogLikelihoodValue(data);
    const q = (d: number): number => {
      const c = Float64Array.from(phi);
      c[i] = phi[i]! + d;
      return value(c);
    };
    const h = 1e-3;
    return (8 * (q(h) - q(-h)) - (q(2 * h) - q(-2 * h))) / (12 * h);
  };

  it("returns the value of paretoNbdLogLikelihoodValue to 1e-12 relative with its gradient", () => {
    const phi = at(0.3, 5, 1.2, 20);
    const ll = paretoNbdLogLikelihood(data)(phi, new Float64Array(4));
    expectClose(ll, paretoNbdLogLikelihoodValue(data)(phi), { rel: 1e-12 });
  });

  it("returns an analytic gradient that matches numerical differences to 1e-6 relative away from the optimum, including where the series falls back (z > 0.9)", () => {
    const f = paretoNbdLogLikelihood(data);
    for (const p of [
      [0.3, 5, 1.2, 20],
      [2, 0.5, 0.1, 80],
      [0.1, 60, 3, 0.5],
      [0.5, 0.1, 0.6, 1000],
      [0.5, 1000, 0.6, 0.1],
    ]) {
      const phi = at(p[0]!, p[1]!, p[2]!, p[3]!);
      const gradient = new Float64Array(4);
      f(phi, gradient);
      for (let i = 0; i < 4; i++) expectClose(gradient[i]!, numerical(phi, i), { rel: 1e-6 }, `${p} component ${i}`);
    }
  });

  it("returns a gradient within 1e-6 × n of numerical differences at the CDNOW optimum (where it is near 0)", () => {
    const phi = at(0.553282, 10.577753, 0.606171, 11.666907);
    const gradient = new Float64Array(4);
    paretoNbdLogLikelihood(data)(phi, gradient);
    for (let i = 0; i < 4; i++) {
      expectClose(gradient[i]!, numerical(phi, i), { abs: 1e-6 * data.customers }, `component ${i}`);
      expect(Math.abs(gradient[i]!)).toBeLessThan(1);
    }
  });

  it("returns an analytic gradient that matches numerical differences to 1e-6 relative (or 1e-6 × n) at random parameters", () => {
    const f = paretoNbdLogLikelihood(data);
    const logParam = fc.double({ min: -3, max: 4, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(logParam, logParam, logParam, logParam), (p) => {
        const phi = Float64Array.from(p);
        const gradient = new Float64Array(4);
        const ll = f(phi, gradient);
        expect(Number.isFinite(ll)).toBe(true);
        for (let i = 0; i < 4; i++) {
          expectClose(
            gradient[i]!,
            numerical(phi, i),
            { rel: 1e-6, abs: 1e-6 * data.customers },
            `${p} component ${i}`,
          );
        }
      }),
      { numRuns: 25 },
    );
  });

  it("returns NaN (not a throw) for parameters that overflow", () => {
    const f = paretoNbdLogLikelihood(data);
    expect(f(Float64Array.from([800, 1, 0, 0]), new Float64Array(4))).toBeNaN();
  });

  it("gives the same value and gradient, bit for bit, when asked again for a point (kept) or after other points (recomputed), as a fresh closure", () => {
    const f = paretoNbdLogLikelihood(data);
    const points = [at(0.553282, 10.577753, 0.606171, 11.666907), at(0.3, 5, 1.2, 20), at(0.5, 0.1, 0.6, 1000)];
    for (const phi of [...points, points[0]!, points[0]!, points[2]!, points[1]!]) {
      const gradient = new Float64Array(4);
      const value = f(phi, gradient);
      const fresh = new Float64Array(4);
      expect(value).toBe(paretoNbdLogLikelihood(data)(phi, fresh));
      expect(Array.from(gradient)).toEqual(Array.from(fresh));
    }
  });

  it("does not keep a NaN: after parameters that overflow, a finite point is evaluated afresh", () => {
    const f = paretoNbdLogLikelihood(data);
    const bad = Float64Array.from([800, 1, 0, 0]);
    expect(f(bad, new Float64Array(4))).toBeNaN();
    expect(f(bad, new Float64Array(4))).toBeNaN();
    const phi = at(0.553282, 10.577753, 0.606171, 11.666907);
    const gradient = new Float64Array(4);
    expect(f(phi, gradient)).toBe(paretoNbdLogLikelihood(data)(phi, new Float64Array(4)));
  });

  it("agrees with paretoNbdLogLikelihoodValue (1e-12) and with its numerical differences (1e-6) at the edges: x up to 10,000, T up to 10⁵, t_x from 0 to T, rates from 10⁻³ to 10⁵ (where z is near 1 and ln A₀ and its gradient come from one quadrature pass)", () => {
    const x = [0, 0, 1, 2, 10, 50, 10_000, 3, 1, 7];
    const tx = [0, 0, 1e-6, 0.5, 30, 51.9, 77.5, 9e4, 1e5, 0];
    const T = [1e-3, 1e5, 52, 52, 40, 52, 78, 1e5, 1e5, 10];
    const edges = buildCountData(x.length, x, tx, T, undefined);
    const value = paretoNbdLogLikelihoodValue(edges);
    const f = paretoNbdLogLikelihood(edges);
    for (const p of [
      [0.55, 10.6, 0.61, 11.7],
      [0.5, 1e-3, 0.8, 1e5],
      [1e-3, 1e-3, 1e-3, 1e5],
      [0.05, 1e5, 0.05, 0.01],
      [0.5, 10, 0.1, 1000],
    ]) {
      const phi = at(p[0]!, p[1]!, p[2]!, p[3]!);
      const gradient = new Float64Array(4);
      const ll = f(phi, gradient);
      expectClose(ll, value(phi), { rel: 1e-12 }, `${p} ln L`);
      for (let i = 0; i < 4; i++) {
        const q = (d: number): number => {
          const c = Float64Array.from(phi);
          c[i] = phi[i]! + d;
          return value(c);
        };
        const h = 1e-4;
        const numeric = (8 * (q(h) - q(-h)) - (q(2 * h) - q(-2 * h))) / (12 * h);
        expectClose(gradient[i]!, numeric, { rel: 1e-6, abs: 1e-6 * Math.max(1, Math.abs(ll)) * 1e-3 }, `${p} ∂${i}`);
      }
    }
  });
});
