// Cholesky factor A = LLᵀ of a symmetric positive-definite matrix (Golub & Van Loan, "Matrix
// Computations", 4th ed. 2013, Algorithm 4.2.1), reading only the lower triangle of A. A pivot
// ≤ n · ε · max|aᵢᵢ| is taken as "not positive definite", the criterion of invertSymmetric.

/**
 * The lower Cholesky factor L of a symmetric matrix A (A = LLᵀ), or `null` if A is not numerically
 * positive definite. Unchecked: the caller guarantees a square matrix of finite numbers.
 *
 * @param matrix - A as rows (only the lower triangle is read; not modified).
 * @returns L as fresh rows (zeros above the diagonal), or `null`.
 * @internal
 */
export function choleskyLower(matrix: ArrayLike<ArrayLike<number>>): number[][] | null {
  const n = matrix.length;
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(matrix[i]![i]!));
  const floor = n * Number.EPSILON * scale;
  const L: number[][] = [];
  for (let i = 0; i < n; i++) L.push(new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const Lj = L[j]!;
    let d = matrix[j]![j]!;
    for (let k = 0; k < j; k++) d -= Lj[k]! * Lj[k]!;
    if (!(d > floor)) return null;
    const pivot = Math.sqrt(d);
    Lj[j] = pivot;
    for (let i = j + 1; i < n; i++) {
      const Li = L[i]!;
      let s = matrix[i]![j]!;
      for (let k = 0; k < j; k++) s -= Li[k]! * Lj[k]!;
      Li[j] = s / pivot;
    }
  }
  return L;
}
