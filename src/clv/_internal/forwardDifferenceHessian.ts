// The Hessian of a fit's objective at its optimum by forward differences of the analytic gradient
// (Nocedal & Wright, "Numerical Optimization", 2nd ed. 2006, §8.1, eq. 8.7 applied to ∇f, one-sided):
//   column j = [∇f(x + hⱼeⱼ) − ∇f(x)] / hⱼ,   hⱼ = 2⁻²³ max(1, |xⱼ|) (rounded so that x + hⱼ is exact),
// then symmetrised, (H + Hᵀ)/2. The gradient at x is the one the optimiser ended with (the objective
// remembers its last point), so this costs k gradients where central differences (math/hessian) cost 2k:
// on a million customers, four likelihood passes of the eight the standard errors took. Error: truncation
// hⱼ/2 · |∂³f| plus rounding δ/hⱼ for a gradient with relative error δ; with δ ≈ 1e-14 (a sum over many
// customers, series truncated at 2⁻⁴⁶) both are about 1e-7 of the entries, far below what standard errors
// need (they are quoted to 2–3 digits; the fits' tests compare them to second differences at 1e-3). Where
// x + hⱼeⱼ is outside the domain (a non-finite gradient), x − hⱼeⱼ is used.

/** 2⁻²³: about √(δ/|∂³f|) for a gradient accurate to 1e-14. */
const STEP = 2 ** -23;

/**
 * Forward-difference Hessian of `f` at `x` (see the header), or null if the gradient is not finite at x or
 * on both sides of it along some axis.
 *
 * @param f - Objective and gradient, fused (called at x first, then at k nearby points).
 * @param x - The point (not modified).
 * @returns The symmetric k × k Hessian, or null.
 * @internal
 */
export function forwardDifferenceHessian(
  f: (x: Float64Array, gradient: Float64Array) => number,
  x: ArrayLike<number>,
): number[][] | null {
  const k = x.length;
  const point = Float64Array.from(x);
  const centre = new Float64Array(k);
  if (!Number.isFinite(f(point, centre)) || !centre.every(Number.isFinite)) return null;
  const moved = new Float64Array(k);
  const work = Float64Array.from(point);
  const h: number[][] = [];
  for (let i = 0; i < k; i++) h.push(new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    let ok = false;
    for (const side of [1, -1]) {
      const xj = point[j]!;
      const step = xj + side * STEP * Math.max(1, Math.abs(xj)) - xj;
      work[j] = xj + step;
      ok = Number.isFinite(f(work, moved)) && moved.every(Number.isFinite);
      work[j] = xj;
      if (!ok) continue;
      for (let i = 0; i < k; i++) h[i]![j] = (moved[i]! - centre[i]!) / step;
      break;
    }
    if (!ok) return null;
  }
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const v = 0.5 * (h[i]![j]! + h[j]![i]!);
      h[i]![j] = v;
      h[j]![i] = v;
    }
  }
  return h;
}
