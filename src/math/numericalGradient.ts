import { centralDifferenceGradient } from "./_internal/centralDifferenceGradient.ts";
import { checkFunction } from "./_internal/checkArguments.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { startVector } from "./_internal/startVector.ts";
import type { ObjectiveFunction } from "./ObjectiveFunction.ts";

/**
 * Gradient of f at x by central differences, with the step of Nocedal & Wright: hᵢ = ε^(1/3) ·
 * max(1, |xᵢ|) (ε = 2⁻⁵² machine epsilon), so the error is about ε^(2/3) ≈ 4e-11 relative to the size of
 * f and its third derivative.
 *
 * @remarks
 * Nocedal & Wright (2006), "Numerical Optimization", §8.1 (eq. 8.7 and 8.9). The step is rounded so that
 * xᵢ + hᵢ is exactly representable. Where f is not finite on one side (at the edge of its domain), the
 * one-sided difference is used (error about ε^(1/3) ≈ 6e-6). Costs 2n + 1 calls of f.
 *
 * @param f - Objective (value only).
 * @param x - Point (not modified).
 * @returns A fresh array with ∂f/∂xᵢ.
 * @throws {@link ClienteleInputError} `invalid_input` if x is empty or not all finite.
 * @throws {@link ClienteleDomainError} `domain_error` if f(x) is not finite, or f is not finite on either
 *   side of x in some coordinate.
 * @example
 * ```ts
 * import { numericalGradient } from "clientele/math";
 * const g = numericalGradient((x) => x[0]! ** 2 + 3 * x[0]! * x[1]!, [1, 2]);
 * g.map((v) => Number(v.toFixed(8))); // => [8, 3]
 * ```
 * @see {@link withNumericalGradient}, {@link hessian}
 * @category Math
 */
export function numericalGradient(f: ObjectiveFunction, x: ArrayLike<number>): readonly number[] {
  checkFunction("numericalGradient", f, ["f"]);
  const point = startVector("numericalGradient", "x", x);
  const fx = f(point);
  if (!Number.isFinite(fx)) throw mathDomainError("numericalGradient", `f(x) is ${fx}, not a finite number`, ["x"]);
  const out = new Float64Array(point.length);
  centralDifferenceGradient(f, point, fx, out, new Float64Array(point.length));
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i]!)) {
      throw mathDomainError("numericalGradient", `f is not finite on either side of x in coordinate ${i}`, ["x", i]);
    }
  }
  return Array.from(out);
}
