// Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method (Golub & Van Loan,
// "Matrix Computations", 4th ed. 2013, Algorithm 8.5.3): plane rotations annihilate the off-diagonal
// entries one by one, sweep after sweep, until their norm is below ε times the Frobenius norm. Convergence
// is quadratic; the fits' matrices are 2 × 2 to 4 × 4, so a few sweeps suffice. Unlike a Cholesky
// factorisation it also works for matrices that are not positive definite, which is the point: the
// flat directions of a likelihood are the eigenvectors of its Hessian with small or negative eigenvalues.

/** Sweeps allowed (each sweep rotates every off-diagonal pair once; 4 × 4 needs about 5). */
const MAX_SWEEPS = 50;

/**
 * Eigen-decomposition A = V diag(λ) Vᵀ of a symmetric matrix. Unchecked: the caller guarantees a square
 * symmetric matrix of finite numbers.
 *
 * @param matrix - A as rows (not modified).
 * @returns `values` λ (unsorted) and `vectors`, where `vectors[i][j]` is component i of the eigenvector
 *   of `values[j]` (columns are unit eigenvectors).
 * @internal
 */
export function symmetricEigen(matrix: ArrayLike<ArrayLike<number>>): {
  values: number[];
  vectors: number[][];
} {
  const n = matrix.length;
  const a: number[][] = [];
  const v: number[][] = [];
  let frobenius = 0;
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) {
      const x = matrix[i]![j]!;
      row.push(x);
      frobenius += x * x;
    }
    a.push(row);
    v.push(Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  }
  const floor = Number.EPSILON * Math.sqrt(frobenius);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! * a[p]![q]!;
    if (Math.sqrt(off) <= floor) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (apq === 0) continue;
        // The symmetric Schur decomposition of the 2 × 2 block (GvL Algorithm 8.5.1).
        const tau = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i]!), vectors: v };
}
