import type { ProgressOptions } from "./ProgressOptions.ts";

/**
 * Options shared by {@link minimizeBfgs} and {@link minimizeNelderMead}. Omitted fields take the values
 * in {@link defaultOptimiserOptions}. `onProgress` is called after every iteration with
 * `{ done: iterations, total: maxIterations }` and, when the optimiser stops, once more with
 * `done = total = iterations` (the iterations used); an aborted `signal` stops it before the next
 * iteration with a `ClienteleError` of code `aborted` ({@link ProgressOptions}).
 *
 * @example
 * ```ts
 * import type { OptimiserOptions } from "clientele/math";
 * const options: OptimiserOptions = { tolerance: 1e-10, maxIterations: 500 };
 * ```
 * @category Math
 */
export interface OptimiserOptions extends ProgressOptions {
  /**
   * Convergence tolerance, relative to the size of f (`scale = max(1, |f|)`), > 0 and < 1.
   * - BFGS stops when the largest gradient component is at most `tolerance · scale`; or, at the limit of
   *   floating-point progress, when an iteration lowers f by at most `tolerance² · scale` while the
   *   gradient is at most `√tolerance · scale`.
   * - Nelder-Mead stops when the simplex's f values lie within `tolerance · scale` of the best one and its
   *   vertices within `√tolerance · max(1, ‖x_best‖∞)` of the best vertex, in every coordinate.
   */
  readonly tolerance?: number | undefined;
  /**
   * Largest number of iterations (BFGS steps, or Nelder-Mead reflections), a positive integer. BFGS also
   * stops after 20 · maxIterations + 100 evaluations of f (one more at most, to finish a line search).
   */
  readonly maxIterations?: number | undefined;
}

/**
 * {@link OptimiserOptions} with every field filled in, as in {@link defaultOptimiserOptions}.
 *
 * @example
 * ```ts
 * import type { ResolvedOptimiserOptions } from "clientele/math";
 * const strict: ResolvedOptimiserOptions = { tolerance: 1e-12, maxIterations: 1000 };
 * ```
 * @category Math
 */
export interface ResolvedOptimiserOptions {
  /** See {@link OptimiserOptions.tolerance}. */
  readonly tolerance: number;
  /** See {@link OptimiserOptions.maxIterations}. */
  readonly maxIterations: number;
}

/**
 * Defaults of {@link OptimiserOptions}: `tolerance` 1e-8, `maxIterations` 10 000 (BFGS typically needs
 * 10–60 iterations on a 2–4 parameter likelihood, Nelder-Mead a few hundred).
 *
 * @example
 * ```ts
 * import { defaultOptimiserOptions } from "clientele/math";
 * defaultOptimiserOptions.tolerance; // => 1e-8
 * defaultOptimiserOptions.maxIterations; // => 10000
 * ```
 * @category Math
 */
export const defaultOptimiserOptions: ResolvedOptimiserOptions = {
  tolerance: 1e-8,
  maxIterations: 10_000,
};
