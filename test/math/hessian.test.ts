import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hessian } from "../../src/math/hessian.ts";
import type { ObjectiveFunction, ObjectiveWithGradient } from "../../src/math/ObjectiveFunction.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

// A 3-parameter Gaussian negative log-density ½ (x − μ)ᵀ A (x − μ): its Hessian is A everywhere.
const A = [
  [4, 1, 0.5],
  [1, 3, 0.2],
  [0.5, 0.2, 2],
];
const MU = [1, -2, 0.5];
const value: ObjectiveFunction = (x) => {
  let f = 0;
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) f += 0.5 * (x[i]! - MU[i]!) * A[i]![j]! * (x[j]! - MU[j]!);
  return f;
};
const valueAndGradient: ObjectiveWithGradient = (x, g) => {
  for (let i = 0; i < 3; i++) {
    let row = 0;
    for (let j = 0; j < 3; j++) row += A[i]![j]! * (x[j]! - MU[j]!);
    g[i] = row;
  }
  return value(x);
};

describe("hessian", () => {
  it("recovers the analytic Hessian of a 3-parameter Gaussian to 1e-6 relative from values alone", () => {
    const h = hessian(value, [0.7, -1.5, 2]);
    // NOTE: second differences of values carry a rounding error of about ε|f|/h² ≈ 1e-8 |f|.
    h.forEach((row, i) => {
      row.forEach((v, j) => {
        expectClose(v, A[i]![j]!, { rel: 1e-6 }, `H[${i}][${j}]`);
      });
    });
  });

  it("recovers it to 1e-9 relative from the analytic gradient", () => {
    const h = hessian({ valueAndGradient }, [0.7, -1.5, 2]);
    h.forEach((row, i) => {
      row.forEach((v, j) => {
        expectClose(v, A[i]![j]!, { rel: 1e-9 }, `H[${i}][${j}]`);
      });
    });
  });

  it("gives Rosenbrock's Hessian [[802, −400], [−400, 200]] at (1, 1)", () => {
    const rosenbrock: ObjectiveWithGradient = (x, g) => {
      const [a, b] = [x[0]!, x[1]!];
      g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
      g[1] = 200 * (b - a * a);
      return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
    };
    const expected = [
      [802, -400],
      [-400, 200],
    ];
    hessian({ valueAndGradient: rosenbrock }, [1, 1]).forEach((row, i) => {
      row.forEach((v, j) => {
        expectClose(v, expected[i]![j]!, { rel: 1e-8 }, `H[${i}][${j}]`);
      });
    });
  });

  it("returns an exactly symmetric matrix, from values or from the gradient (property)", () => {
    const f: ObjectiveFunction = (x) => Math.exp(x[0]! * x[1]!) + Math.sin(x[1]! + x[2]!) * x[0]!;
    const fg: ObjectiveWithGradient = (x, g) => {
      const e = Math.exp(x[0]! * x[1]!);
      g[0] = x[1]! * e + Math.sin(x[1]! + x[2]!);
      g[1] = x[0]! * e + x[0]! * Math.cos(x[1]! + x[2]!);
      g[2] = x[0]! * Math.cos(x[1]! + x[2]!);
      return f(x);
    };
    fc.assert(
      fc.property(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }), (x) => {
        for (const h of [hessian(f, x), hessian({ valueAndGradient: fg }, x)]) {
          for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(h[i]![j]).toBe(h[j]![i]);
        }
      }),
    );
  });

  it("does not mutate x", () => {
    const x = [0.7, -1.5, 2];
    hessian(value, x);
    hessian({ valueAndGradient }, x);
    expect(x).toEqual([0.7, -1.5, 2]);
  });

  it("throws domain_error if f is not finite at or near x", () => {
    expect(issuePaths(expectClienteleError(() => hessian(() => Number.NaN, [1]), "domain_error"))).toEqual(["x"]);
    const edge: ObjectiveFunction = (x) => (x[0]! > 0 ? Number.NaN : x[0]! ** 2);
    expectClienteleError(() => hessian(edge, [0]), "domain_error");
    const edgeWithGradient: ObjectiveWithGradient = (x, g) => {
      g[0] = 2 * x[0]!;
      return x[0]! > 0 ? Number.NaN : x[0]! ** 2;
    };
    expectClienteleError(() => hessian({ valueAndGradient: edgeWithGradient }, [0]), "domain_error");
  });

  it("throws invalid_input for an empty or non-finite x", () => {
    expectClienteleError(() => hessian(value, []), "invalid_input");
    expect(issuePaths(expectClienteleError(() => hessian(value, [0, Number.NaN, 0]), "invalid_input"))).toEqual([
      "x[1]",
    ]);
  });
});

describe("hessian on hostile input", () => {
  it("rejects an objective that is neither a function nor { valueAndGradient } (null threw TypeError)", () => {
    expect(issuePaths(expectClienteleError(() => hessian(null as never, [0]), "invalid_input"))).toEqual(["objective"]);
    expect(issuePaths(expectClienteleError(() => hessian({} as never, [0]), "invalid_input"))).toEqual([
      "objective.valueAndGradient",
    ]);
  });
});
