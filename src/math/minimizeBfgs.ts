// BFGS quasi-Newton minimisation (Nocedal & Wright, "Numerical Optimization", 2nd ed. 2006, Algorithm 6.1):
// direction p = −H∇f with H the inverse-Hessian approximation, a strong-Wolfe line search
// (strongWolfeLineSearch.ts, N&W §3.5), and the update (N&W eq. 6.17)
//   H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ,   s = x⁺ − x, y = ∇f⁺ − ∇f, ρ = 1/(yᵀs),
// with H₀ = I rescaled to (yᵀs / yᵀy) I before the first update (N&W eq. 6.20). The update is skipped when
// yᵀs ≤ 1e-10 ‖s‖‖y‖ (the curvature condition fails numerically), which keeps H positive definite. The
// first step is limited to length 1 (α₀ = min(1, 1/‖∇f‖₂)), as in scipy. If the line search fails, H is
// reset to the identity once before giving up. The objective is called at most
// EVALUATIONS_PER_ITERATION · maxIterations + EXTRA_EVALUATIONS times (+1): an iteration usually takes 1–3
// calls, but a line search may take up to 81, and the bound keeps a pathological objective (a tolerance
// below rounding, a likelihood that keeps stepping out of its domain) from running 81 · maxIterations calls.

import { throwIfAborted } from "../_lib/progress.ts";
import { checkFunction } from "./_internal/checkArguments.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { resolveOptimiserOptions } from "./_internal/resolveOptimiserOptions.ts";
import { startVector } from "./_internal/startVector.ts";
import { type LineSearchWork, strongWolfeLineSearch } from "./_internal/strongWolfeLineSearch.ts";
import type { ObjectiveWithGradient } from "./ObjectiveFunction.ts";
import type { OptimiserOptions } from "./OptimiserOptions.ts";
import type { OptimiserResult } from "./OptimiserResult.ts";

/** Objective calls allowed per iteration of maxIterations, on average. */
const EVALUATIONS_PER_ITERATION = 20;
/** Objective calls allowed on top, for the first line searches (when maxIterations is small). */
const EXTRA_EVALUATIONS = 100;

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i]!);
    if (a > m || Number.isNaN(a)) m = a;
  }
  return m;
}

/**
 * Minimises a smooth function of a few parameters with the BFGS quasi-Newton method and a strong-Wolfe
 * line search, from its value and gradient. The workhorse for maximum-likelihood fits of 2–4 parameters:
 * minimise the negative log-likelihood in log-parameters (θ = ln r, …), so that positivity constraints
 * disappear.
 *
 * @remarks
 * Nocedal & Wright (2006), Algorithm 6.1 with the line search of their Algorithms 3.5–3.6 (c₁ = 1e-4,
 * c₂ = 0.9), inverse-Hessian scaling (eq. 6.20) before the first update and a reset to the identity if
 * the line search fails. The objective is the fused `f(x, gradient)` form ({@link ObjectiveWithGradient}),
 * so the optimiser's loop allocates nothing; without an analytic gradient use
 * {@link withNumericalGradient}. Points where f is NaN or ±∞ are treated as outside the domain and the
 * line search steps back from them.
 *
 * Stopping: `converged: true` when ‖∇f‖∞ ≤ tolerance · max(1, |f|), or when an iteration lowers f by at
 * most tolerance² · max(1, |f|) (no further progress is possible in floating point) while
 * ‖∇f‖∞ ≤ √tolerance · max(1, |f|). Otherwise the result has `converged: false` and `message` says why
 * (iteration limit, evaluation limit, or no step lowers f). It never throws for non-convergence. f is called
 * at most 20 · maxIterations + 101 times in all (`functionEvaluations`), whatever the line searches need.
 *
 * The inverse-Hessian approximation is not accurate enough for standard errors; compute the Hessian at
 * the optimum with {@link hessian} and invert it with {@link invertSymmetric}.
 *
 * @param f - Objective and gradient, fused: `f(x, gradient)` fills `gradient` and returns f(x).
 * @param x0 - Start point (not modified).
 * @param options - `tolerance` and `maxIterations`, see {@link OptimiserOptions}.
 * @returns The result, with the best point found.
 * @throws {@link ClienteleInputError} `invalid_input` if x0 is empty or not all finite, or an option is
 *   invalid.
 * @throws {@link ClienteleDomainError} `domain_error` if f or its gradient is not finite at x0.
 * @example
 * ```ts
 * import { minimizeBfgs } from "clientele/math";
 * // Rosenbrock's function, minimum 0 at (1, 1)
 * const result = minimizeBfgs((x, g) => {
 *   const [a, b] = [x[0]!, x[1]!];
 *   g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
 *   g[1] = 200 * (b - a * a);
 *   return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
 * }, [-1.2, 1]);
 * result.converged; // => true
 * result.x.map((v) => Number(v.toFixed(6))); // => [1, 1]
 * ```
 * @see {@link minimizeNelderMead}, {@link hessian}
 * @category Math
 */
export function minimizeBfgs(
  f: ObjectiveWithGradient,
  x0: ArrayLike<number>,
  options?: OptimiserOptions | undefined,
): OptimiserResult {
  checkFunction("minimizeBfgs", f, ["f"]);
  const { tolerance, maxIterations, control } = resolveOptimiserOptions("minimizeBfgs", options);
  const { onProgress, signal } = control;
  throwIfAborted("minimizeBfgs", signal);
  let x: Float64Array = startVector("minimizeBfgs", "x0", x0);
  const n = x.length;
  let g: Float64Array = new Float64Array(n);
  let fx = f(x, g);
  if (!Number.isFinite(fx)) throw mathDomainError("minimizeBfgs", `f(x0) is ${fx}, not a finite number`, ["x0"]);
  if (!Number.isFinite(maxAbs(g))) {
    throw mathDomainError("minimizeBfgs", "the gradient at x0 is not finite", ["x0"]);
  }
  const work: LineSearchWork = {
    xTrial: new Float64Array(n),
    gTrial: new Float64Array(n),
    value: fx,
    evaluations: 1,
    maxEvaluations: EVALUATIONS_PER_ITERATION * maxIterations + EXTRA_EVALUATIONS,
  };
  const evaluationLimit = (): string =>
    `stopped: ${work.evaluations} evaluations of f (20 · maxIterations + 100) reached after ${iterations} iterations with gradient norm ${gradientNorm.toExponential(2)}; raise maxIterations`;
  const h = new Float64Array(n * n);
  const p = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);
  const resetH = (): void => {
    h.fill(0);
    for (let i = 0; i < n; i++) h[i * n + i] = 1;
  };
  resetH();
  let scaled = false;
  let freshH = true;
  let iterations = 0;
  let gradientNorm = maxAbs(g);
  let converged = false;
  let message = "";
  const sqrtTol = Math.sqrt(tolerance);

  for (;;) {
    throwIfAborted("minimizeBfgs", signal);
    const scale = Math.max(1, Math.abs(fx));
    if (gradientNorm <= tolerance * scale) {
      converged = true;
      message = `converged: gradient norm ${gradientNorm.toExponential(2)} ≤ tolerance · max(1, |f|)`;
      break;
    }
    if (iterations >= maxIterations) {
      message = `stopped: maxIterations (${maxIterations}) reached with gradient norm ${gradientNorm.toExponential(2)}; raise maxIterations`;
      break;
    }
    if (work.evaluations >= work.maxEvaluations) {
      message = evaluationLimit();
      break;
    }
    // p = −H g
    let slope = 0;
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v -= h[i * n + j]! * g[j]!;
      p[i] = v;
      slope += v * g[i]!;
    }
    if (!(slope < 0)) {
      resetH();
      scaled = false;
      freshH = true;
      slope = 0;
      for (let i = 0; i < n; i++) {
        p[i] = -g[i]!;
        slope -= g[i]! * g[i]!;
      }
    }
    let alpha0 = 1;
    if (!scaled) {
      let norm = 0;
      for (let i = 0; i < n; i++) norm += p[i]! * p[i]!;
      alpha0 = Math.min(1, 1 / Math.sqrt(norm));
    }
    const alpha = strongWolfeLineSearch(f, x, fx, p, slope, alpha0, work);
    if (alpha === 0) {
      if (work.evaluations >= work.maxEvaluations) {
        message = evaluationLimit();
        break;
      }
      if (!freshH) {
        resetH();
        scaled = false;
        freshH = true;
        continue;
      }
      if (gradientNorm <= sqrtTol * scale) {
        converged = true;
        message = `converged: no step lowers f further (floating-point limit) and gradient norm ${gradientNorm.toExponential(2)} ≤ √tolerance · max(1, |f|)`;
      } else {
        message = `stopped: the line search found no step that lowers f (gradient norm ${gradientNorm.toExponential(2)}); check the gradient or rescale the parameters`;
      }
      break;
    }
    iterations++;
    onProgress?.({ done: iterations, total: maxIterations });
    const fNew = work.value;
    let sy = 0;
    let ss = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = work.xTrial[i]! - x[i]!;
      y[i] = work.gTrial[i]! - g[i]!;
      sy += s[i]! * y[i]!;
      ss += s[i]! * s[i]!;
      yy += y[i]! * y[i]!;
    }
    // Accept the point: swap buffers (x ↔ xTrial, g ↔ gTrial) without allocating.
    const decrease = fx - fNew;
    const oldX = x;
    x = work.xTrial;
    work.xTrial = oldX;
    const oldG = g;
    g = work.gTrial;
    work.gTrial = oldG;
    fx = fNew;
    gradientNorm = maxAbs(g);
    if (sy > 1e-10 * Math.sqrt(ss * yy)) {
      if (!scaled) {
        const gamma = sy / yy;
        for (let i = 0; i < n * n; i++) h[i] = h[i]! * gamma;
        scaled = true;
      }
      const rho = 1 / sy;
      let yhy = 0;
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += h[i * n + j]! * y[j]!;
        hy[i] = v;
        yhy += y[i]! * v;
      }
      const k = rho * rho * yhy + rho;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          h[i * n + j] = h[i * n + j]! + k * s[i]! * s[j]! - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!);
        }
      }
      freshH = false;
    }
    const newScale = Math.max(1, Math.abs(fx));
    if (
      decrease <= tolerance * tolerance * newScale &&
      gradientNorm <= sqrtTol * newScale &&
      gradientNorm > tolerance * newScale
    ) {
      converged = true;
      message = `converged: f changed by ${decrease.toExponential(2)} (≤ tolerance² · max(1, |f|)) with gradient norm ${gradientNorm.toExponential(2)} ≤ √tolerance · max(1, |f|)`;
      break;
    }
  }
  onProgress?.({ done: iterations, total: iterations });
  return {
    converged,
    iterations,
    functionEvaluations: work.evaluations,
    value: fx,
    x: Array.from(x),
    gradientNorm,
    message,
  };
}
