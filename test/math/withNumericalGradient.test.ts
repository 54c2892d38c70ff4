import { describe, expect, it } from "vitest";
import { minimizeBfgs } from "../../src/math/minimizeBfgs.ts";
import { withNumericalGradient } from "../../src/math/withNumericalGradient.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;

describe("withNumericalGradient", () => {
  it("returns f(x) and fills the gradient to 1e-8 of the analytic one", () => {
    const fg = withNumericalGradient(rosenbrock);
    const g = new Float64Array(2);
    const x = new Float64Array([-1.2, 1]);
    expect(fg(x, g)).toBe(rosenbrock(x));
    // NOTE: central differences (error ≈ ε^(2/3) relative to f's scale, here ~24), hence 1e-8.
    expectClose(g[0]!, -400 * -1.2 * (1 - 1.44) - 2 * 2.2, { rel: 1e-8 });
    expectClose(g[1]!, 200 * (1 - 1.44), { rel: 1e-8 });
  });

  it("lets minimizeBfgs solve 2-D Rosenbrock to 1e-6 without an analytic gradient", () => {
    const result = minimizeBfgs(withNumericalGradient(rosenbrock), [-1.2, 1]);
    expect(result.converged).toBe(true);
    for (const v of result.x) expectClose(v, 1, { abs: 1e-6 });
  });

  it("fills the gradient with NaN where f itself is not finite", () => {
    const fg = withNumericalGradient(() => Number.NaN);
    const g = new Float64Array(3);
    expect(Number.isNaN(fg(new Float64Array(3), g))).toBe(true);
    expect(Array.from(g).every(Number.isNaN)).toBe(true);
  });

  it("adapts to a change of dimension between calls", () => {
    const fg = withNumericalGradient((x) => x.reduce((s, v) => s + v * v, 0));
    const g2 = new Float64Array(2);
    const g3 = new Float64Array(3);
    fg(new Float64Array([1, 2]), g2);
    fg(new Float64Array([1, 2, 3]), g3);
    Array.from(g3).forEach((v, i) => {
      expectClose(v, 2 * (i + 1), { rel: 1e-9 });
    });
  });
});

describe("withNumericalGradient on hostile input", () => {
  it("rejects an objective that is not a function with invalid_input at f (returned a wrapper that failed later)", () => {
    expect(issuePaths(expectClienteleError(() => withNumericalGradient(5 as never), "invalid_input"))).toEqual(["f"]);
  });
});
