// Central-difference gradient (Nocedal & Wright, "Numerical Optimization", 2nd ed. 2006, §8.1, eq. 8.7):
//   ∂f/∂xᵢ ≈ [f(x + hᵢeᵢ) − f(x − hᵢeᵢ)] / (2hᵢ),  hᵢ = ε^(1/3) · max(1, |xᵢ|),
// the step that balances the O(h²) truncation error against the O(ε/h) rounding error (N&W eq. 8.9 and
// the discussion after it). hᵢ is rounded so that xᵢ + hᵢ is exact ((xᵢ + hᵢ) − xᵢ), which removes one
// source of rounding error. If f is not finite on one side, the one-sided difference with f(x) is used.
import type { ObjectiveFunction } from "../ObjectiveFunction.ts";

/** ε^(1/3) = 2^(−52/3), the central-difference step factor. */
const CBRT_EPS = 6.0554544523933395e-6;

/**
 * Fills `out` with a central-difference estimate of ∇f(x); allocation-free.
 *
 * @param f - Objective.
 * @param x - Point (not modified).
 * @param fx - f(x), for the one-sided fallback.
 * @param out - Receives the gradient (NaN entries where f is not finite on either side).
 * @param work - Scratch vector of the same length as x.
 * @returns The number of calls of f made.
 * @internal
 */
export function centralDifferenceGradient(
  f: ObjectiveFunction,
  x: Float64Array,
  fx: number,
  out: Float64Array,
  work: Float64Array,
): number {
  const n = x.length;
  work.set(x);
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const step = CBRT_EPS * Math.max(1, Math.abs(xi));
    const h = xi + step - xi;
    work[i] = xi + h;
    const fPlus = f(work);
    work[i] = xi - h;
    const fMinus = f(work);
    work[i] = xi;
    const plusOk = Number.isFinite(fPlus);
    const minusOk = Number.isFinite(fMinus);
    if (plusOk && minusOk) out[i] = (fPlus - fMinus) / (2 * h);
    else if (plusOk) out[i] = (fPlus - fx) / h;
    else if (minusOk) out[i] = (fx - fMinus) / h;
    else out[i] = Number.NaN;
  }
  return 2 * n;
}
