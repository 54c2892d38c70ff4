import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hessian } from "../../src/math/hessian.ts";
import { invertSymmetric } from "../../src/math/invertSymmetric.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

function multiply(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  return a.map((row, i) => b[0]!.map((_, j) => row.reduce((s, _v, k) => s + a[i]![k]! * b[k]![j]!, 0)));
}

describe("invertSymmetric", () => {
  it("inverts [[4, 2], [2, 2]] to [[0.5, −0.5], [−0.5, 1]] exactly", () => {
    expect(
      invertSymmetric([
        [4, 2],
        [2, 2],
      ]),
    ).toEqual([
      [0.5, -0.5],
      [-0.5, 1],
    ]);
  });

  it("turns the Hessian of a 3-parameter Gaussian negative log-density into its covariance Σ (to 1e-6)", () => {
    const sigma = [
      [2, 0.3, -0.4],
      [0.3, 1, 0.1],
      [-0.4, 0.1, 0.5],
    ];
    const precision = invertSymmetric(sigma);
    const f = (x: Float64Array) => {
      let v = 0;
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) v += 0.5 * x[i]! * precision[i]![j]! * x[j]!;
      return v;
    };
    const covariance = invertSymmetric(hessian(f, [0.1, 0.2, -0.3]));
    // NOTE: the Hessian from function values is good to ~1e-8 relative, its inverse to ~1e-7.
    covariance.forEach((row, i) => {
      row.forEach((v, j) => {
        expectClose(v, sigma[i]![j]!, { rel: 1e-6, abs: 1e-9 }, `Σ[${i}][${j}]`);
      });
    });
  });

  it("gives A⁻¹ with A A⁻¹ = I for random symmetric positive-definite A = M Mᵀ + I (property)", () => {
    const row = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 4, maxLength: 4 }), (m) => {
        const a = m.map((ri, i) =>
          m.map((rj, j) => ri.reduce((s, _, k) => s + ri[k]! * rj[k]!, 0) + (i === j ? 1 : 0)),
        );
        const inverse = invertSymmetric(a);
        const product = multiply(a, inverse);
        product.forEach((r, i) => {
          r.forEach((v, j) => {
            expectClose(v, i === j ? 1 : 0, { abs: 1e-10 });
          });
        });
        for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(inverse[i]![j]).toBe(inverse[j]![i]);
      }),
    );
  });

  it("does not mutate its input", () => {
    const a = [
      [4, 2],
      [2, 2],
    ];
    invertSymmetric(a);
    expect(a).toEqual([
      [4, 2],
      [2, 2],
    ]);
  });

  it("throws domain_error for a matrix that is not positive definite or is singular", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            invertSymmetric([
              [1, 2],
              [2, 1],
            ]),
          "domain_error",
        ),
      ),
    ).toEqual(["matrix"]);
    expectClienteleError(
      () =>
        invertSymmetric([
          [1, 1],
          [1, 1],
        ]),
      "domain_error",
    );
    expectClienteleError(() => invertSymmetric([[0]]), "domain_error");
  });

  it("throws invalid_input for an empty, non-square, non-symmetric or non-finite matrix", () => {
    expectClienteleError(() => invertSymmetric([]), "invalid_input");
    expect(issuePaths(expectClienteleError(() => invertSymmetric([[1, 0], [0]]), "invalid_input"))).toEqual([
      "matrix[1]",
    ]);
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            invertSymmetric([
              [1, 0.5],
              [0, 1],
            ]),
          "invalid_input",
        ),
      ),
    ).toEqual(["matrix[1][0]"]);
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            invertSymmetric([
              [1, Number.NaN],
              [Number.NaN, 1],
            ]),
          "invalid_input",
        ),
      ),
    ).toEqual(["matrix[0][1]"]);
  });
});

describe("invertSymmetric at the edge of the doubles", () => {
  it("throws domain_error when the inverse overflows ([[5e-324]] gave [[Infinity]])", () => {
    const error = expectClienteleError(() => invertSymmetric([[5e-324]]), "domain_error");
    expect(error.message).toContain("overflows");
    expect(invertSymmetric([[1e-300]])[0]?.[0]).toBeCloseTo(1e300, -290);
  });
});

describe("invertSymmetric on hostile rows", () => {
  it("describes a null-prototype row instead of throwing a TypeError", () => {
    expect(
      issuePaths(expectClienteleError(() => invertSymmetric([Object.create(null)] as never), "invalid_input")),
    ).toEqual(["matrix[0]"]);
  });
});

describe("invertSymmetric on huge inputs (issue 17 fuzz)", () => {
  it("rejects more than 4,096 rows as invalid_input before allocating (was a RangeError: Invalid typed array length)", () => {
    const e = expectClienteleError(() => invertSymmetric(new Array(200_000).fill(Number.NaN)), "invalid_input");
    expect(e.issues[0]).toMatchObject({ code: "too_big", path: ["matrix"] });
    expectClienteleError(() => invertSymmetric({ length: 1e10 } as never), "invalid_input");
    expectClienteleError(() => invertSymmetric({ length: 2.5 } as never), "invalid_input");
  });
});
