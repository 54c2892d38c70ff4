import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimizeBfgs } from "../../src/math/minimizeBfgs.ts";
import type { ObjectiveWithGradient } from "../../src/math/ObjectiveFunction.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

/** The n-dimensional Rosenbrock function Σ 100(x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at (1, …, 1). */
const rosenbrock: ObjectiveWithGradient = (x, g) => {
  g.fill(0);
  let f = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = x[i]!;
    const b = x[i + 1]!;
    f += 100 * (b - a * a) ** 2 + (1 - a) ** 2;
    g[i] = g[i]! - 400 * a * (b - a * a) - 2 * (1 - a);
    g[i + 1] = g[i + 1]! + 200 * (b - a * a);
  }
  return f;
};

/** f(x) = ½ (x − μ)ᵀ A (x − μ) for a symmetric positive-definite A (a Gaussian negative log-density). */
function quadratic(a: readonly (readonly number[])[], mu: readonly number[]): ObjectiveWithGradient {
  return (x, g) => {
    let f = 0;
    for (let i = 0; i < mu.length; i++) {
      let row = 0;
      for (let j = 0; j < mu.length; j++) row += a[i]![j]! * (x[j]! - mu[j]!);
      g[i] = row;
      f += 0.5 * (x[i]! - mu[i]!) * row;
    }
    return f;
  };
}

describe("minimizeBfgs", () => {
  it("converges on 2-D Rosenbrock from (−1.2, 1) to (1, 1) within 1e-6", () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    for (const v of result.x) expectClose(v, 1, { abs: 1e-6 });
    expect(result.value).toBeLessThan(1e-12);
    expect(result.message).toMatch(/^converged/);
  });

  it("converges on 4-D Rosenbrock from (−1.2, 1, −1.2, 1) to (1, 1, 1, 1) within 1e-6", () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1, -1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x).toHaveLength(4);
    for (const v of result.x) expectClose(v, 1, { abs: 1e-6 });
  });

  it("finds the mean of a 3-parameter Gaussian negative log-density to 1e-8", () => {
    const a = [
      [4, 1, 0.5],
      [1, 3, 0.2],
      [0.5, 0.2, 2],
    ];
    const mu = [1, -2, 0.5];
    const result = minimizeBfgs(quadratic(a, mu), [0, 0, 0], { tolerance: 1e-12 });
    expect(result.converged).toBe(true);
    result.x.forEach((v, i) => {
      expectClose(v, mu[i]!, { abs: 1e-8 }, `x[${i}]`);
    });
  });

  it("works in log-parameters and steps back from points where f is NaN", () => {
    // Minimise (r − 2)² over r = e^θ, with f undefined (NaN) for θ > 5: the first steps overshoot into it.
    const f: ObjectiveWithGradient = (x, g) => {
      const theta = x[0]!;
      if (theta > 5) {
        g[0] = Number.NaN;
        return Number.NaN;
      }
      const r = Math.exp(theta);
      g[0] = 2 * (r - 2) * r;
      return (r - 2) ** 2;
    };
    const result = minimizeBfgs(f, [4.9]);
    expect(result.converged).toBe(true);
    expectClose(Math.exp(result.x[0]!), 2, { rel: 1e-8 });
  });

  it("reports non-convergence without throwing when maxIterations is reached (maxIterations: 3)", () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
    expect(result.message).toContain("maxIterations (3)");
    expect(Number.isFinite(result.value)).toBe(true);
  });

  it("reports non-convergence when no step lowers f (a gradient with the wrong sign)", () => {
    const wrong: ObjectiveWithGradient = (x, g) => {
      g[0] = -2 * x[0]!;
      return x[0]! ** 2;
    };
    const result = minimizeBfgs(wrong, [1]);
    expect(result.converged).toBe(false);
    expect(result.message).toContain("line search");
  });

  it("counts every call of f in functionEvaluations", () => {
    let calls = 0;
    const counted: ObjectiveWithGradient = (x, g) => {
      calls++;
      return rosenbrock(x, g);
    };
    const result = minimizeBfgs(counted, [-1.2, 1]);
    expect(result.functionEvaluations).toBe(calls);
    expect(result.gradientNorm).toBeLessThanOrEqual(1e-8);
  });

  it("never returns NaN and never ends above f(x0) on random convex quadratics (property)", () => {
    const vector = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(vector, { minLength: 3, maxLength: 3 }), vector, vector, (m, mu, x0) => {
        // A = M Mᵀ + I is symmetric positive definite.
        const a = [0, 1, 2].map((i) =>
          [0, 1, 2].map((j) => m[i]!.reduce((s, _, k) => s + m[i]![k]! * m[j]![k]!, 0) + (i === j ? 1 : 0)),
        );
        const f = quadratic(a, mu);
        const f0 = f(Float64Array.from(x0), new Float64Array(3));
        const result = minimizeBfgs(f, x0);
        expect(Number.isNaN(result.value)).toBe(false);
        expect(result.x.some(Number.isNaN)).toBe(false);
        expect(result.value).toBeLessThanOrEqual(f0);
      }),
      { numRuns: 200 },
    );
  });

  it("does not mutate x0 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 4 }), (x0) => {
        const copy = [...x0];
        minimizeBfgs(rosenbrock, x0, { maxIterations: 20 });
        expect(x0).toEqual(copy);
      }),
      { numRuns: 30 },
    );
  });

  it("throws domain_error if f(x0) is NaN, or its gradient is not finite", () => {
    const error = expectClienteleError(() => minimizeBfgs(() => Number.NaN, [1, 2]), "domain_error");
    expect(issuePaths(error)).toEqual(["x0"]);
    expect(error.message).toMatchInlineSnapshot(`
      "minimizeBfgs: f(x0) is NaN, not a finite number
        ✖ f(x0) is NaN, not a finite number → at x0"
    `);
    expectClienteleError(
      () =>
        minimizeBfgs(
          (_x, g) => {
            g[0] = Number.POSITIVE_INFINITY;
            return 0;
          },
          [1],
        ),
      "domain_error",
    );
  });

  it("throws invalid_input for a non-finite or empty x0 and for bad options", () => {
    expect(issuePaths(expectClienteleError(() => minimizeBfgs(rosenbrock, [1, Number.NaN]), "invalid_input"))).toEqual([
      "x0[1]",
    ]);
    expect(issuePaths(expectClienteleError(() => minimizeBfgs(rosenbrock, []), "invalid_input"))).toEqual(["x0"]);
    const error = expectClienteleError(
      () => minimizeBfgs(rosenbrock, [0, 0], { tolerance: 0, maxIterations: 2.5 }),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["options.tolerance", "options.maxIterations"]);
  });
});

describe("minimizeBfgs near a minimum, where values are rounding noise", () => {
  it("reaches the gradient tolerance in a few evaluations instead of zooming on noise (issue 18: a Pareto/NBD fit spent 300 calls there)", () => {
    // f = 6 + Σ hᵢ (e^(dᵢ) − dᵢ), dᵢ = xᵢ − 1 + 0.3 x₍ᵢ₊₁₎, plus a deterministic value error of ±2.5e-12
    // (a sum over many customers): below 1e-12 · |f| the line search reads the slopes, which are exact.
    const h = [4, 1, 0.25];
    const wobble = (x: ArrayLike<number>): number => {
      const v = Math.sin(x[0]! * 12.9898 + x[1]! * 78.233 + x[2]! * 37.719) * 43758.5453;
      return v - Math.floor(v) - 0.5;
    };
    const f: ObjectiveWithGradient = (x, g) => {
      let value = 6;
      g.fill(0);
      for (let i = 0; i < 3; i++) {
        const d = x[i]! - 1 + 0.3 * x[(i + 1) % 3]!;
        value += h[i]! * (Math.exp(d) - d);
        const e = h[i]! * Math.expm1(d);
        g[i] = g[i]! + e;
        g[(i + 1) % 3] = g[(i + 1) % 3]! + 0.3 * e;
      }
      return value + 5e-12 * wobble(x);
    };
    const result = minimizeBfgs(f, [0, 3, -2], { tolerance: 1e-11 });
    expect(result.converged).toBe(true);
    expect(result.message).toMatch(/converged: gradient norm/);
    expect(result.gradientNorm).toBeLessThanOrEqual(1e-11 * result.value);
    // The minimiser: every dᵢ = 0, xᵢ = 1/1.3.
    for (const v of result.x) expectClose(v, 1 / 1.3, { rel: 1e-10 });
    expect(result.functionEvaluations).toBeLessThanOrEqual(30);
  });
});

describe("minimizeBfgs on hostile input", () => {
  it("rejects an objective that is not a function with invalid_input at f (was a TypeError)", () => {
    expect(issuePaths(expectClienteleError(() => minimizeBfgs(5 as never, [0]), "invalid_input"))).toEqual(["f"]);
  });
  it("describes a null-prototype option value instead of throwing a TypeError", () => {
    const error = expectClienteleError(
      () => minimizeBfgs((x) => x[0]! ** 2, [1], { tolerance: Object.create(null) } as never),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["options.tolerance"]);
  });

  it("calls f at most 20 · maxIterations + 101 times, and says so when that bound stops it", () => {
    // |x₁| + |x₂|: the kinks make every line search zoom, about 45 calls per iteration.
    let calls = 0;
    const kinked: ObjectiveWithGradient = (x, g) => {
      calls++;
      g[0] = Math.sign(x[0]!);
      g[1] = Math.sign(x[1]!);
      return Math.abs(x[0]!) + Math.abs(x[1]!);
    };
    const result = minimizeBfgs(kinked, [3, -2], { maxIterations: 6, tolerance: 1e-15 });
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/evaluations of f \(20 · maxIterations \+ 100\) reached.*raise maxIterations/);
    expect(result.functionEvaluations).toBe(calls);
    expect(calls).toBeLessThanOrEqual(20 * 6 + 101);
  });

  describe("progress and cancellation", () => {
    it("reports after every iteration with done = iterations of total = maxIterations, then done = total = iterations used", () => {
      const seen: { done: number; total: number }[] = [];
      const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 500, onProgress: (p) => seen.push(p) });
      expect(result.converged).toBe(true);
      expect(seen.slice(0, -1).map((p) => p.done)).toEqual(Array.from({ length: result.iterations }, (_, i) => i + 1));
      for (const p of seen.slice(0, -1)) expect(p.total).toBe(500);
      expect(seen.at(-1)).toEqual({ done: result.iterations, total: result.iterations });
    });

    it("throws aborted (cause: the signal's reason) before starting when the signal is already aborted, without calling f", () => {
      const controller = new AbortController();
      controller.abort("stop");
      let calls = 0;
      const e = expectClienteleError(
        () =>
          minimizeBfgs(
            (x, g) => {
              calls++;
              return rosenbrock(x, g);
            },
            [-1.2, 1],
            { signal: controller.signal },
          ),
        "aborted",
      );
      expect(e.message).toBe("minimizeBfgs: aborted by options.signal");
      expect(e.cause).toBe("stop");
      expect(calls).toBe(0);
    });

    it("stops at the next iteration when an onProgress callback aborts mid-way", () => {
      const controller = new AbortController();
      let last = 0;
      expectClienteleError(
        () =>
          minimizeBfgs(rosenbrock, [-1.2, 1], {
            signal: controller.signal,
            onProgress: ({ done }) => {
              last = done;
              if (done === 5) controller.abort();
            },
          }),
        "aborted",
      );
      expect(last).toBe(5);
    });

    it("rejects an onProgress that is not a function and a signal without a boolean aborted, with paths", () => {
      const e = expectClienteleError(
        () => minimizeBfgs(rosenbrock, [0, 0], { onProgress: 3, signal: {} } as never),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["options.onProgress", "options.signal"]);
    });
  });
});
