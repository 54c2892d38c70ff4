// Finite-difference Hessians (Nocedal & Wright, "Numerical Optimization", 2nd ed. 2006, §8.1):
// - from an analytic gradient: column j = [∇f(x + hⱼeⱼ) − ∇f(x − hⱼeⱼ)] / (2hⱼ), hⱼ = ε^(1/3) max(1, |xⱼ|)
//   (central differences of the gradient, eq. 8.7 applied to ∇f), error O(ε^(2/3));
// - from values only: Hᵢᵢ = [f(x + hᵢeᵢ) − 2f(x) + f(x − hᵢeᵢ)] / hᵢ² and
//   Hᵢⱼ = [f(x + hᵢeᵢ + hⱼeⱼ) − f(x + hᵢeᵢ − hⱼeⱼ) − f(x − hᵢeᵢ + hⱼeⱼ) + f(x − hᵢeᵢ − hⱼeⱼ)] / (4hᵢhⱼ),
//   hᵢ = ε^(1/4) max(1, |xᵢ|) (the step that balances O(h²) truncation against O(ε/h²) rounding, cf.
//   N&W eq. 8.21), error O(ε^(1/2)).
// Steps are rounded so that x ± h is exact, and the result is symmetrised, (H + Hᵀ)/2.

import { checkFunction } from "./_internal/checkArguments.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { startVector } from "./_internal/startVector.ts";
import type { ObjectiveFunction, ObjectiveWithGradient } from "./ObjectiveFunction.ts";

/** ε^(1/3) = 2^(−52/3), the central-difference step factor. */
const CBRT_EPS = 6.0554544523933395e-6;
/** ε^(1/4) = 2^−13, the second-difference step factor. */
const FOURTH_ROOT_EPS = 1.220703125e-4;

/**
 * What {@link hessian} differentiates: a value-only function, or `{ valueAndGradient }` with the fused
 * gradient form (preferred: fewer calls and about 1e-10 instead of 1e-8 relative accuracy).
 *
 * @example
 * ```ts
 * import type { HessianObjective } from "clientele/math";
 * const valueOnly: HessianObjective = (x) => x[0]! ** 2;
 * const withGradient: HessianObjective = {
 *   valueAndGradient: (x, g) => {
 *     g[0] = 2 * x[0]!;
 *     return x[0]! ** 2;
 *   },
 * };
 * ```
 * @category Math
 */
export type HessianObjective =
  | ObjectiveFunction
  | {
      /** The fused objective: returns f(x) and writes ∇f(x) into its second argument. */
      readonly valueAndGradient: ObjectiveWithGradient;
    };

function exactStep(xi: number, relative: number): number {
  const step = relative * Math.max(1, Math.abs(xi));
  return xi + step - xi;
}

/**
 * The Hessian matrix ∇²f(x) by finite differences, symmetrised: at a maximum-likelihood estimate, the
 * observed information (Hessian of the negative log-likelihood), whose inverse ({@link invertSymmetric})
 * is the asymptotic covariance of the estimates.
 *
 * @remarks
 * With `{ valueAndGradient }`: central differences of the gradient, 2n gradient calls, error about
 * ε^(2/3) ≈ 4e-11 relative to the third derivatives. With a value-only function: second differences,
 * 2n² + 1 calls, error about ε^(1/2) ≈ 1.5e-8 relative to |f| (Nocedal & Wright 2006, §8.1). Compute
 * it in the parameters whose standard errors you want (natural, not log-transformed, or transform with
 * the delta method). f must be finite in a neighbourhood of x.
 *
 * @param objective - A value-only function, or `{ valueAndGradient }`.
 * @param x - The point (not modified).
 * @returns A fresh symmetric n × n matrix as rows.
 * @throws {@link ClienteleInputError} `invalid_input` if x is empty or not all finite.
 * @throws {@link ClienteleDomainError} `domain_error` if f (or its gradient) is not finite at or near x.
 * @example
 * ```ts
 * import { hessian } from "clientele/math";
 * // f = x₀² + 3x₀x₁ + 2x₁², Hessian [[2, 3], [3, 4]]
 * const f = (x: Float64Array) => x[0]! ** 2 + 3 * x[0]! * x[1]! + 2 * x[1]! ** 2;
 * hessian(f, [1, 1]).map((row) => row.map((v) => Number(v.toFixed(6)))); // => [[2, 3], [3, 4]]
 * const fg = (x: Float64Array, g: Float64Array) => {
 *   g[0] = 2 * x[0]! + 3 * x[1]!;
 *   g[1] = 3 * x[0]! + 4 * x[1]!;
 *   return f(x);
 * };
 * hessian({ valueAndGradient: fg }, [1, 1]).map((row) => row.map((v) => Number(v.toFixed(9)))); // => [[2, 3], [3, 4]]
 * ```
 * @see {@link invertSymmetric}, {@link numericalGradient}
 * @category Math
 */
export function hessian(objective: HessianObjective, x: ArrayLike<number>): readonly (readonly number[])[] {
  if (typeof objective !== "function") {
    const fused = typeof objective === "object" && objective !== null ? objective.valueAndGradient : objective;
    checkFunction(
      "hessian",
      fused,
      typeof objective === "object" && objective !== null ? ["objective", "valueAndGradient"] : ["objective"],
    );
  }
  const point = startVector("hessian", "x", x);
  const n = point.length;
  const h: number[][] = [];
  for (let i = 0; i < n; i++) h.push(new Array<number>(n).fill(0));
  const work = Float64Array.from(point);
  if (typeof objective === "function") {
    const f = objective;
    const fx = f(point);
    if (!Number.isFinite(fx)) throw mathDomainError("hessian", `f(x) is ${fx}, not a finite number`, ["x"]);
    const steps = new Float64Array(n);
    for (let i = 0; i < n; i++) steps[i] = exactStep(point[i]!, FOURTH_ROOT_EPS);
    const at = (i: number, si: number, j: number, sj: number): number => {
      work.set(point);
      work[i] = point[i]! + si * steps[i]!;
      work[j] = work[j]! + sj * steps[j]!;
      const v = f(work);
      if (!Number.isFinite(v)) {
        throw mathDomainError("hessian", "f is not finite near x; the Hessian needs f defined around x", ["x"]);
      }
      return v;
    };
    for (let i = 0; i < n; i++) {
      const hi = steps[i]!;
      h[i]![i] = (at(i, 1, i, 0) - 2 * fx + at(i, -1, i, 0)) / (hi * hi);
      for (let j = i + 1; j < n; j++) {
        const v = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * hi * steps[j]!);
        h[i]![j] = v;
        h[j]![i] = v;
      }
    }
    return h;
  }
  const fg = objective.valueAndGradient;
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  const fx = fg(work, plus);
  if (!Number.isFinite(fx)) throw mathDomainError("hessian", `f(x) is ${fx}, not a finite number`, ["x"]);
  for (let j = 0; j < n; j++) {
    const hj = exactStep(point[j]!, CBRT_EPS);
    work.set(point);
    work[j] = point[j]! + hj;
    const fPlus = fg(work, plus);
    work[j] = point[j]! - hj;
    const fMinus = fg(work, minus);
    for (let i = 0; i < n; i++) {
      const v = (plus[i]! - minus[i]!) / (2 * hj);
      if (!(Number.isFinite(v) && Number.isFinite(fPlus) && Number.isFinite(fMinus))) {
        throw mathDomainError("hessian", "f or its gradient is not finite near x; the Hessian needs them around x", [
          "x",
        ]);
      }
      h[i]![j] = v;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = 0.5 * (h[i]![j]! + h[j]![i]!);
      h[i]![j] = v;
      h[j]![i] = v;
    }
  }
  return h;
}
