import { describe, expect, it } from "vitest";
import { forwardDifferenceHessian } from "../../../src/clv/_internal/forwardDifferenceHessian.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

/** f(x) = Σ eˣⁱ + x₀x₁ + 3x₁x₂: Hessian diag(eˣ⁰, eˣ¹, eˣ²) plus 1 at (0, 1) and 3 at (1, 2). */
const f = (x: Float64Array, g: Float64Array): number => {
  g[0] = Math.exp(x[0]!) + x[1]!;
  g[1] = Math.exp(x[1]!) + x[0]! + 3 * x[2]!;
  g[2] = Math.exp(x[2]!) + 3 * x[1]!;
  return Math.exp(x[0]!) + Math.exp(x[1]!) + Math.exp(x[2]!) + x[0]! * x[1]! + 3 * x[1]! * x[2]!;
};

describe("forwardDifferenceHessian", () => {
  it("gives the Hessian of a smooth function to about 1e-7 relative, symmetric, with k + 1 gradient calls", () => {
    let calls = 0;
    const x = [0.5, -1, 2];
    const h = forwardDifferenceHessian((p, g) => {
      calls++;
      return f(p, g);
    }, x)!;
    const exact = [
      [Math.exp(0.5), 1, 0],
      [1, Math.exp(-1), 3],
      [0, 3, Math.exp(2)],
    ];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        expectClose(h[i]![j]!, exact[i]![j]!, { rel: 1e-6, abs: 1e-6 }, `[${i}][${j}]`);
        expect(h[i]![j]).toBe(h[j]![i]);
      }
    }
    expect(calls).toBe(4);
  });

  it("steps backwards where the forward point is outside the domain, and gives null where both sides are", () => {
    const wall = (limit: number) => (p: Float64Array, g: Float64Array) => (p[0]! > limit ? Number.NaN : f(p, g));
    const x = [0.5, -1, 2];
    const back = forwardDifferenceHessian(wall(0.5), x)!;
    expectClose(back[0]![0]!, Math.exp(0.5), { rel: 1e-6 });
    const outside = (p: Float64Array, g: Float64Array) => (p[0] !== 0.5 ? Number.NaN : f(p, g));
    expect(forwardDifferenceHessian(outside, x)).toBeNull();
    expect(forwardDifferenceHessian(wall(0), x)).toBeNull();
  });
});
