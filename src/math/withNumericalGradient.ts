import { centralDifferenceGradient } from "./_internal/centralDifferenceGradient.ts";
import { checkFunction } from "./_internal/checkArguments.ts";
import type { ObjectiveFunction, ObjectiveWithGradient } from "./ObjectiveFunction.ts";

/**
 * Turns a value-only objective into the fused value-and-gradient form that {@link minimizeBfgs} and
 * {@link hessian} take, with the gradient by central differences (as {@link numericalGradient}).
 *
 * @remarks
 * Each call costs 2n + 1 calls of f. The returned function keeps its own scratch buffer (created on the
 * first call), so it allocates nothing afterwards; it is not re-entrant across dimensions (use one
 * wrapper per problem). Gradient entries are NaN where f is not finite on either side, which makes BFGS
 * step back from that point. An analytic gradient is faster and more accurate; use this for prototypes
 * and for checking analytic gradients.
 *
 * @param f - Objective (value only).
 * @returns `(x, gradient) => f(x)`, filling `gradient`.
 * @example
 * ```ts
 * import { minimizeBfgs, withNumericalGradient } from "clientele/math";
 * const result = minimizeBfgs(withNumericalGradient((x) => (x[0]! - 1) ** 2 + (x[1]! + 2) ** 2), [0, 0]);
 * result.x.map((v) => Number(v.toFixed(6))); // => [1, -2]
 * ```
 * @see {@link numericalGradient}
 * @category Math
 */
export function withNumericalGradient(f: ObjectiveFunction): ObjectiveWithGradient {
  checkFunction("withNumericalGradient", f, ["f"]);
  let work: Float64Array | undefined;
  return (x, gradient) => {
    const fx = f(x);
    if (work === undefined || work.length !== x.length) work = new Float64Array(x.length);
    if (!Number.isFinite(fx)) {
      gradient.fill(Number.NaN);
      return fx;
    }
    centralDifferenceGradient(f, x, fx, gradient, work);
    return fx;
  };
}
