import { describe, expect, it } from "vitest";
import { type LineSearchWork, strongWolfeLineSearch } from "../../../src/math/_internal/strongWolfeLineSearch.ts";
import type { ObjectiveWithGradient } from "../../../src/math/ObjectiveFunction.ts";

function work(n: number): LineSearchWork {
  return {
    xTrial: new Float64Array(n),
    gTrial: new Float64Array(n),
    value: Number.NaN,
    evaluations: 0,
    maxEvaluations: 1000,
  };
}

/** f(x) = (x − 3)², so along p = 1 from x = 0 the exact minimiser is α = 3. */
const parabola: ObjectiveWithGradient = (x, g) => {
  g[0] = 2 * (x[0]! - 3);
  return (x[0]! - 3) ** 2;
};

describe("strongWolfeLineSearch", () => {
  it("returns a step that satisfies both strong Wolfe conditions, with the accepted point in work", () => {
    for (const alpha0 of [0.01, 1, 100]) {
      const w = work(1);
      const x = new Float64Array([0]);
      const p = new Float64Array([1]);
      const slope0 = -6;
      const alpha = strongWolfeLineSearch(parabola, x, 9, p, slope0, alpha0, w);
      expect(alpha).toBeGreaterThan(0);
      expect(w.value).toBeLessThanOrEqual(9 + 1e-4 * alpha * slope0);
      expect(Math.abs(w.gTrial[0]!)).toBeLessThanOrEqual(0.9 * 6);
      expect(w.xTrial[0]).toBe(alpha);
      expect(w.value).toBe((alpha - 3) ** 2);
    }
  });

  it("reads sufficient decrease from the slope where the values differ by rounding noise only (Hager & Zhang's approximate Wolfe conditions)", () => {
    // f = 6 + (x − 3)² · 1e-14, each value off by rounding: f(0) rounded down by 1e-13, every other value up
    // by 1e-13, so no value passes a comparison with f(0) (a plain strong-Wolfe search returns 0); the
    // derivative, exact, says the minimiser along p = 1 from 0 is α = 3.
    const noisy: ObjectiveWithGradient = (x, g) => {
      g[0] = 2e-14 * (x[0]! - 3);
      return 6 + 1e-14 * (x[0]! - 3) ** 2 + 1e-13;
    };
    const w = work(1);
    const alpha = strongWolfeLineSearch(
      noisy,
      new Float64Array([0]),
      6 + 9e-14 - 1e-13,
      new Float64Array([1]),
      -6e-14,
      1,
      w,
    );
    // The approximate Wolfe conditions: φ′(α) ≤ (1 − 2c₁)|φ′(0)| and |φ′(α)| ≤ c₂|φ′(0)|.
    expect(alpha).toBeGreaterThan(0);
    expect(Math.abs(w.gTrial[0]!)).toBeLessThanOrEqual(0.9 * 6e-14);
    expect(w.evaluations).toBeLessThanOrEqual(4);
  });

  it("keeps comparing values where a step's predicted change exceeds the noise level, however small the change seen", () => {
    // f = |x − 1| from 0 along p = 1: no step of length > 2 lowers f, whatever the slopes say.
    const kink: ObjectiveWithGradient = (x, g) => {
      g[0] = Math.sign(x[0]! - 1);
      return Math.abs(x[0]! - 1);
    };
    const w = work(1);
    const alpha = strongWolfeLineSearch(kink, new Float64Array([0]), 1, new Float64Array([1]), -1, 2, w);
    expect(alpha === 0 || w.value < 1).toBe(true);
  });

  it("steps back from points where f is NaN", () => {
    const guarded: ObjectiveWithGradient = (x, g) => (x[0]! > 4 ? Number.NaN : parabola(x, g));
    const w = work(1);
    const alpha = strongWolfeLineSearch(guarded, new Float64Array([0]), 9, new Float64Array([1]), -6, 100, w);
    expect(alpha).toBeGreaterThan(0);
    expect(alpha).toBeLessThanOrEqual(4);
    expect(Number.isFinite(w.value)).toBe(true);
  });

  it("returns 0 when no step lowers f (the direction is not a descent direction for the true f)", () => {
    const w = work(1);
    // Claimed slope −6 but f increases along p = −1.
    expect(strongWolfeLineSearch(parabola, new Float64Array([0]), 9, new Float64Array([-1]), -6, 1, w)).toBe(0);
  });

  it("counts its evaluations in work.evaluations", () => {
    let calls = 0;
    const counted: ObjectiveWithGradient = (x, g) => {
      calls++;
      return parabola(x, g);
    };
    const w = work(1);
    strongWolfeLineSearch(counted, new Float64Array([0]), 9, new Float64Array([1]), -6, 1, w);
    expect(w.evaluations).toBe(calls);
  });

  it("stops at work.maxEvaluations (one call over at most, to return the best point)", () => {
    // f(x) = −x: the slope never flattens, so without the bound the search doubles α 40 times.
    const linear: ObjectiveWithGradient = (x, g) => {
      g[0] = -1;
      return -x[0]!;
    };
    const w = { ...work(1), maxEvaluations: 5 };
    expect(strongWolfeLineSearch(linear, new Float64Array([0]), 0, new Float64Array([1]), -1, 1, w)).toBe(0);
    expect(w.evaluations).toBe(5);
  });
});
