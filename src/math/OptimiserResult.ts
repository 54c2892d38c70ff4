/**
 * What {@link minimizeBfgs} and {@link minimizeNelderMead} return. They never throw for failing to
 * converge: check `converged` and read `message` (a model fit turns `converged: false` into a
 * `not_converged` error unless told otherwise).
 *
 * @example
 * ```ts
 * import { minimizeNelderMead, type OptimiserResult } from "clientele/math";
 * const result: OptimiserResult = minimizeNelderMead((x) => (x[0]! - 3) ** 2, [0]);
 * result.converged; // => true
 * ```
 * @category Math
 */
export interface OptimiserResult {
  /** Whether the stopping rule of `tolerance` was met (see {@link OptimiserOptions}). */
  readonly converged: boolean;
  /** Iterations performed (BFGS steps, or Nelder-Mead reflections). */
  readonly iterations: number;
  /** Calls of the objective, including those for the final gradient norm. */
  readonly functionEvaluations: number;
  /** f at `x`, the best point found. */
  readonly value: number;
  /** The best point found (a fresh array). */
  readonly x: readonly number[];
  /**
   * Largest absolute gradient component at `x` (‖∇f‖∞): the analytic gradient for BFGS, a central-
   * difference estimate for Nelder-Mead.
   */
  readonly gradientNorm: number;
  /** Why the optimiser stopped, in words, e.g. "converged: gradient norm 3.1e-9 ≤ tolerance · max(1, |f|)". */
  readonly message: string;
}
