import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimizeNelderMead } from "../../src/math/minimizeNelderMead.ts";
import type { ObjectiveFunction } from "../../src/math/ObjectiveFunction.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const rosenbrock: ObjectiveFunction = (x) => {
  let f = 0;
  for (let i = 0; i + 1 < x.length; i++) f += 100 * (x[i + 1]! - x[i]! ** 2) ** 2 + (1 - x[i]!) ** 2;
  return f;
};

describe("minimizeNelderMead", () => {
  it("converges on 2-D Rosenbrock from (−1.2, 1) to (1, 1) within 1e-6 (tolerance 1e-14)", () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1], { tolerance: 1e-14 });
    expect(result.converged).toBe(true);
    for (const v of result.x) expectClose(v, 1, { abs: 1e-6 });
    expect(result.message).toMatch(/^converged/);
  });

  it("converges on 4-D Rosenbrock from (−1.2, 1, −1.2, 1) to (1, 1, 1, 1) within 1e-6 (tolerance 1e-14)", () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1, -1.2, 1], { tolerance: 1e-14 });
    expect(result.converged).toBe(true);
    for (const v of result.x) expectClose(v, 1, { abs: 1e-6 });
    // NOTE: a central-difference gradient at a point 1e-8 from the optimum of a function with curvature
    // ~1e3 is of order 1e-5; it only confirms that the point is stationary.
    expect(result.gradientNorm).toBeLessThan(1e-4);
  });

  it("finds the mean of a 3-parameter Gaussian negative log-density to 1e-5 (tolerance 1e-12)", () => {
    const mu = [1, -2, 0.5];
    const f: ObjectiveFunction = (x) =>
      2 * (x[0]! - 1) ** 2 + 1.5 * (x[1]! + 2) ** 2 + (x[2]! - 0.5) ** 2 + (x[0]! - 1) * (x[1]! + 2);
    const result = minimizeNelderMead(f, [0, 0, 0], { tolerance: 1e-12 });
    expect(result.converged).toBe(true);
    // NOTE: Nelder-Mead's stopping rule bounds the simplex to √tolerance = 1e-6 around the best vertex;
    // the best vertex itself is within a few times that of the optimum.
    result.x.forEach((v, i) => {
      expectClose(v, mu[i]!, { abs: 1e-5 }, `x[${i}]`);
    });
  });

  it("moves away from points where f is NaN (a bound written as NaN outside x ≥ 0)", () => {
    const f: ObjectiveFunction = (x) => (x[0]! < 0 ? Number.NaN : (x[0]! - 0.3) ** 2);
    const result = minimizeNelderMead(f, [2], { tolerance: 1e-12 });
    expect(result.converged).toBe(true);
    expectClose(result.x[0]!, 0.3, { abs: 1e-6 });
  });

  it("reports non-convergence without throwing when maxIterations is reached (maxIterations: 3)", () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
    expect(result.message).toContain("maxIterations (3)");
  });

  it("counts every call of f, including the 2n for the final gradient norm", () => {
    let calls = 0;
    const counted: ObjectiveFunction = (x) => {
      calls++;
      return rosenbrock(x);
    };
    const result = minimizeNelderMead(counted, [-1.2, 1]);
    expect(result.functionEvaluations).toBe(calls);
  });

  it("uses the initialStep given, per coordinate or for all", () => {
    const seen: number[][] = [];
    const f: ObjectiveFunction = (x) => {
      if (seen.length < 3) seen.push(Array.from(x));
      return (x[0]! - 1) ** 2 + (x[1]! - 1) ** 2;
    };
    minimizeNelderMead(f, [0, 0], { initialStep: [0.5, 2], maxIterations: 1 });
    expect(seen).toEqual([
      [0, 0],
      [0.5, 0],
      [0, 2],
    ]);
  });

  it("does not mutate x0 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 3 }), (x0) => {
        const copy = [...x0];
        minimizeNelderMead(rosenbrock, x0, { maxIterations: 30 });
        expect(x0).toEqual(copy);
      }),
      { numRuns: 30 },
    );
  });

  it("throws domain_error if f(x0) is not finite", () => {
    expect(issuePaths(expectClienteleError(() => minimizeNelderMead(() => Number.NaN, [0]), "domain_error"))).toEqual([
      "x0",
    ]);
  });

  it("throws invalid_input for a bad x0, a non-positive initialStep or one of the wrong length", () => {
    expect(
      issuePaths(
        expectClienteleError(() => minimizeNelderMead(rosenbrock, [Number.POSITIVE_INFINITY, 0]), "invalid_input"),
      ),
    ).toEqual(["x0[0]"]);
    expect(
      issuePaths(
        expectClienteleError(() => minimizeNelderMead(rosenbrock, [0, 0], { initialStep: -1 }), "invalid_input"),
      ),
    ).toEqual(["options.initialStep"]);
    expect(
      issuePaths(
        expectClienteleError(() => minimizeNelderMead(rosenbrock, [0, 0], { initialStep: [1] }), "invalid_input"),
      ),
    ).toEqual(["options.initialStep"]);
  });
});

describe("minimizeNelderMead on hostile input", () => {
  it("rejects an objective that is not a function with invalid_input at f (was a TypeError)", () => {
    expect(issuePaths(expectClienteleError(() => minimizeNelderMead(null as never, [0]), "invalid_input"))).toEqual([
      "f",
    ]);
  });

  it("reports progress after every iteration, ends with done = total = iterations, and throws aborted when its signal is", () => {
    const seen: number[] = [];
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1], { onProgress: ({ done }) => seen.push(done) });
    expect(seen.length).toBe(result.iterations + 1);
    expect(seen.at(-1)).toBe(result.iterations);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    const controller = new AbortController();
    const e = expectClienteleError(
      () =>
        minimizeNelderMead(rosenbrock, [-1.2, 1], {
          signal: controller.signal,
          onProgress: ({ done }) => done === 10 && controller.abort(),
        }),
      "aborted",
    );
    expect(e.message).toBe("minimizeNelderMead: aborted by options.signal");
  });
});
