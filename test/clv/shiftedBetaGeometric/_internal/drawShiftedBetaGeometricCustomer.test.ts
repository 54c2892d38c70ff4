import { describe, expect, it } from "vitest";
import { createCounterStream } from "../../../../src/_lib/splitMix64.ts";
import { drawShiftedBetaGeometricCustomer } from "../../../../src/clv/shiftedBetaGeometric/_internal/drawShiftedBetaGeometricCustomer.ts";

function draw(seed: number, i: number, alpha: number, beta: number): [number, number] {
  const out = new Float64Array(2);
  drawShiftedBetaGeometricCustomer(createCounterStream(), seed, i, alpha, beta, out);
  return [out[0]!, out[1]!];
}

describe("drawShiftedBetaGeometricCustomer", () => {
  it("is a pure function of (seed, customer): the same draw whatever stream object or order", () => {
    const first = draw(42, 7, 0.7, 1.2);
    draw(42, 8, 0.7, 1.2);
    expect(draw(42, 7, 0.7, 1.2)).toEqual(first);
    expect(draw(43, 7, 0.7, 1.2)).not.toEqual(first);
  });

  it("gives T an integer ≥ 1 (or +∞) and θ in [0, 1], with mean θ ≈ α/(α + β) and E[T] ≈ (α + β − 1)/(α − 1)", () => {
    const n = 40_000;
    const [alpha, beta] = [3, 5];
    let sumTheta = 0;
    let sumT = 0;
    for (let i = 0; i < n; i++) {
      const [T, theta] = draw(1, i, alpha, beta);
      expect(Number.isInteger(T) && T >= 1).toBe(true);
      expect(theta >= 0 && theta <= 1).toBe(true);
      sumTheta += theta;
      sumT += T;
    }
    // θ ~ Beta(3, 5): mean 0.375, sd 0.161; E[T] = 7/2 = 3.5 (T's sd is large: compare within 4 SE only for θ)
    expect(Math.abs(sumTheta / n - 0.375)).toBeLessThan((4 * 0.161) / Math.sqrt(n));
    expect(Math.abs(sumT / n - 3.5)).toBeLessThan(0.1);
  });

  it("keeps θ exact at the extremes: θ ≈ 1 (T = 1) for α ≫ β, and θ = 0, T = +∞ when θ underflows", () => {
    const [T1, theta1] = draw(3, 0, 1e8, 1e-8);
    expect(T1).toBe(1);
    expect(theta1).toBe(1);
    let infinite = 0;
    for (let i = 0; i < 200; i++) {
      const [T, theta] = draw(5, i, 1e-6, 1);
      expect(Number.isNaN(T)).toBe(false);
      if (T === Number.POSITIVE_INFINITY) {
        infinite++;
        expect(theta).toBe(0);
      }
    }
    expect(infinite).toBeGreaterThan(150);
  });
});
