// Inverse of a symmetric positive-definite matrix through its Cholesky factor A = LLᵀ (Golub & Van Loan,
// "Matrix Computations", 4th ed. 2013, Algorithm 4.2.1 for L), then L⁻¹ by forward substitution and
// A⁻¹ = L⁻ᵀ L⁻¹. The factorisation fails exactly when A is not (numerically) positive definite.

import { describeReceived } from "../_lib/describeReceived.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { throwInvalidVector } from "./_internal/throwInvalidVector.ts";

/** The largest matrix accepted: 4,096² doubles is 128 MB per working copy. */
const MAX_DIMENSION = 4096;

/**
 * Inverse of a symmetric positive-definite matrix by Cholesky factorisation: turns the Hessian of a
 * negative log-likelihood at its minimum (the observed information, from {@link hessian}) into the
 * covariance matrix of the estimates, whose diagonal square roots are the standard errors.
 *
 * @remarks
 * A = LLᵀ (Golub & Van Loan 2013, Algorithm 4.2.1), then A⁻¹ = L⁻ᵀL⁻¹; O(n³). A is accepted as symmetric
 * when |aᵢⱼ − aⱼᵢ| ≤ 1e-8 · max|aₖₗ| (finite-difference Hessians are symmetrised but the caller's matrix
 * might not be), and only its lower triangle is used. It is rejected as not positive definite when a
 * Cholesky pivot is ≤ n · ε · max|aᵢᵢ|, which also catches numerically singular matrices (a likelihood
 * that is flat in some direction, so that some parameter is not identified). The result is exactly
 * symmetric.
 *
 * @param matrix - Square symmetric matrix as rows (not modified).
 * @returns A fresh matrix, the inverse.
 * @throws {@link ClienteleInputError} `invalid_input` if the matrix is empty, larger than
 *   4,096 × 4,096 (the two working copies of a larger one would need over 256 MB; the library's own
 *   matrices have at most a handful of rows), not square, not symmetric, or has an entry that is not a
 *   finite number.
 * @throws {@link ClienteleDomainError} `domain_error` if it is not positive definite, or its inverse
 *   overflows (entries so small, e.g. `[[5e-324]]`, that an entry of the inverse exceeds the largest double).
 * @example
 * ```ts
 * import { invertSymmetric } from "clientele/math";
 * invertSymmetric([[4, 2], [2, 2]]); // => [[0.5, -0.5], [-0.5, 1]]
 * // invertSymmetric([[1, 2], [2, 1]]) throws domain_error (eigenvalues 3 and −1)
 * ```
 * @see {@link hessian}
 * @category Math
 */
export function invertSymmetric(matrix: ArrayLike<ArrayLike<number>>): readonly (readonly number[])[] {
  const n = matrix?.length;
  const invalid = (message: string, path: (string | number)[]): ClienteleInputError =>
    new ClienteleInputError("invertSymmetric: invalid input", { issues: [{ code: "invalid_type", path, message }] });
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) {
    throw invalid("expected a non-empty square matrix", ["matrix"]);
  }
  if (n > MAX_DIMENSION) {
    throw new ClienteleInputError("invertSymmetric: invalid input", {
      issues: [
        {
          code: "too_big",
          path: ["matrix"],
          message: `expected at most ${MAX_DIMENSION} rows, received ${n}`,
          expected: `≤ ${MAX_DIMENSION} rows`,
          received: String(n),
        },
      ],
    });
  }
  const a = new Float64Array(n * n);
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const row = matrix[i];
    if (typeof row !== "object" || row === null || row.length !== n) {
      const received =
        typeof row === "object" && row !== null ? `${describeReceived(row.length)} entries` : describeReceived(row);
      throw invalid(`expected row ${i} to have ${n} entries, received ${received}`, ["matrix", i]);
    }
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (!(typeof v === "number" && Number.isFinite(v))) throwInvalidVector("invertSymmetric", row, ["matrix", i]);
      a[i * n + j] = v;
      largest = Math.max(largest, Math.abs(v));
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(a[i * n + j]! - a[j * n + i]!) > 1e-8 * largest) {
        throw invalid(`expected a symmetric matrix, but entries [${i}][${j}] and [${j}][${i}] differ`, [
          "matrix",
          i,
          j,
        ]);
      }
    }
  }
  // Cholesky factor L (lower triangle of l).
  let largestDiagonal = 0;
  for (let i = 0; i < n; i++) largestDiagonal = Math.max(largestDiagonal, Math.abs(a[i * n + i]!));
  const threshold = n * Number.EPSILON * largestDiagonal;
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j]!;
    for (let k = 0; k < j; k++) d -= l[j * n + k]! * l[j * n + k]!;
    if (!(d > threshold)) {
      throw mathDomainError("invertSymmetric", `the matrix is not positive definite (Cholesky pivot ${j} is ${d})`, [
        "matrix",
      ]);
    }
    const ljj = Math.sqrt(d);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let v = a[i * n + j]!;
      for (let k = 0; k < j; k++) v -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = v / ljj;
    }
  }
  // M = L⁻¹ (lower triangular) by forward substitution, column by column.
  const m = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    m[j * n + j] = 1 / l[j * n + j]!;
    for (let i = j + 1; i < n; i++) {
      let v = 0;
      for (let k = j; k < i; k++) v -= l[i * n + k]! * m[k * n + j]!;
      m[i * n + j] = v / l[i * n + i]!;
    }
  }
  // A⁻¹ = Mᵀ M, filled symmetrically.
  const out: number[][] = [];
  for (let i = 0; i < n; i++) out.push(new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let v = 0;
      for (let k = i; k < n; k++) v += m[k * n + i]! * m[k * n + j]!;
      if (!Number.isFinite(v)) {
        // A matrix near the smallest doubles (5e-324) is positive definite, but its inverse overflows.
        throw mathDomainError(
          "invertSymmetric",
          `the inverse overflows (entry [${i}][${j}] exceeds the largest double)`,
          ["matrix"],
        );
      }
      out[i]![j] = v;
      out[j]![i] = v;
    }
  }
  return out;
}
