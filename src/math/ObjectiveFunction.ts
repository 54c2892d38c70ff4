/**
 * An objective to minimise, value only: `f(x)` for a parameter vector `x`. Used by
 * {@link minimizeNelderMead}, {@link numericalGradient} and {@link hessian}.
 *
 * @remarks
 * `x` is a buffer owned by the caller and reused between calls: read it, do not keep or modify it. Return
 * `NaN` or `Infinity` for points outside the model's domain; the optimisers treat them as "worse than any
 * finite value" and step back (but not at the start point).
 *
 * @example
 * ```ts
 * import type { ObjectiveFunction } from "clientele/math";
 * const rosenbrock: ObjectiveFunction = (x) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
 * rosenbrock(new Float64Array([1, 1])); // => 0
 * ```
 * @category Math
 */
export type ObjectiveFunction = (x: Float64Array) => number;

/**
 * An objective with its gradient in one call, the allocation-free "fused" form used by
 * {@link minimizeBfgs} and {@link hessian}: `f(x, gradient)` writes ∂f/∂xᵢ into `gradient[i]` and returns
 * f(x). Computing both together lets a likelihood share the expensive terms (gammas, hypergeometric
 * values) between value and gradient, and writing into a caller-owned buffer keeps the optimiser's inner
 * loop free of allocation.
 *
 * @remarks
 * `x` and `gradient` are buffers owned by the caller and reused between calls: read `x`, fill every
 * entry of `gradient`, keep neither. Return `NaN` or `Infinity` outside the model's domain. Without an
 * analytic gradient, wrap a value-only function with {@link withNumericalGradient}.
 *
 * @example
 * ```ts
 * import type { ObjectiveWithGradient } from "clientele/math";
 * // f(x) = x₀² + 3x₁², ∇f = (2x₀, 6x₁)
 * const f: ObjectiveWithGradient = (x, gradient) => {
 *   gradient[0] = 2 * x[0]!;
 *   gradient[1] = 6 * x[1]!;
 *   return x[0]! ** 2 + 3 * x[1]! ** 2;
 * };
 * const g = new Float64Array(2);
 * f(new Float64Array([1, 1]), g); // => 4
 * g; // => Float64Array [2, 6]
 * ```
 * @category Math
 */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;
