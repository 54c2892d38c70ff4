// Nelder-Mead simplex minimisation as specified by Lagarias, Reeds, Wright & Wright (1998), "Convergence
// properties of the Nelder-Mead simplex method in low dimensions", SIAM J. Optim. 9(1), §2 (reflection,
// expansion, outside/inside contraction, shrink), with the dimension-adaptive coefficients of Gao & Han
// (2012), "Implementing the Nelder-Mead simplex algorithm with adaptive parameters", Comput. Optim. Appl.
// 51: reflection ρ = 1, expansion χ = 1 + 2/n, contraction γ = 3/4 − 1/(2n), shrink σ = 1 − 1/n for
// n ≥ 2 (the standard 1, 2, ½, ½ for n = 1). On first convergence the simplex is rebuilt around the best
// point and the search resumed once (a restart, as Kelley 1999 recommends against stagnation).

import { describeReceived } from "../_lib/describeReceived.ts";
import { throwIfAborted } from "../_lib/progress.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { centralDifferenceGradient } from "./_internal/centralDifferenceGradient.ts";
import { checkFunction } from "./_internal/checkArguments.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { resolveOptimiserOptions } from "./_internal/resolveOptimiserOptions.ts";
import { startVector } from "./_internal/startVector.ts";
import type { ObjectiveFunction } from "./ObjectiveFunction.ts";
import type { OptimiserOptions } from "./OptimiserOptions.ts";
import type { OptimiserResult } from "./OptimiserResult.ts";

/**
 * Options of {@link minimizeNelderMead}: the shared {@link OptimiserOptions} plus the size of the
 * initial simplex.
 *
 * @example
 * ```ts
 * import type { MinimizeNelderMeadOptions } from "clientele/math";
 * const options: MinimizeNelderMeadOptions = { tolerance: 1e-10, initialStep: 0.5 };
 * ```
 * @category Math
 */
export interface MinimizeNelderMeadOptions extends OptimiserOptions {
  /**
   * Edge of the initial simplex along each coordinate: one positive number for all, or one per
   * coordinate. Default max(0.1, 0.05 · |x0ᵢ|), which suits log-parameters.
   */
  readonly initialStep?: number | ArrayLike<number> | undefined;
}

/** Treats NaN and ±∞ as +∞ ("outside the domain, worse than anything"). */
function clean(v: number): number {
  return Number.isNaN(v) || v === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : v;
}

function resolveSteps(x0: Float64Array, initialStep: MinimizeNelderMeadOptions["initialStep"]): Float64Array {
  const n = x0.length;
  const steps = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const given = typeof initialStep === "number" ? initialStep : initialStep?.[i];
    const step = given ?? Math.max(0.1, 0.05 * Math.abs(x0[i]!));
    if (!(typeof step === "number" && step > 0 && Number.isFinite(step))) {
      const path = typeof initialStep === "number" ? ["options", "initialStep"] : ["options", "initialStep", i];
      throw new ClienteleInputError("minimizeNelderMead: invalid input", {
        issues: [
          {
            code: "too_small",
            path,
            message: `expected finite number > 0, received ${describeReceived(step)}`,
            expected: "finite number > 0",
            received: describeReceived(step),
          },
        ],
      });
    }
    steps[i] = step;
  }
  if (typeof initialStep === "object" && initialStep !== null && initialStep.length !== n) {
    throw new ClienteleInputError("minimizeNelderMead: invalid input", {
      issues: [
        {
          code: "invalid_type",
          path: ["options", "initialStep"],
          message: `expected ${n} steps (one per parameter), received ${initialStep.length}`,
        },
      ],
    });
  }
  return steps;
}

/**
 * Minimises a function of a few parameters with the Nelder-Mead simplex method, from function values
 * only: the fallback when a gradient is unavailable or unreliable (e.g. a likelihood with kinks), and a
 * cross-check of {@link minimizeBfgs}.
 *
 * @remarks
 * Lagarias, Reeds, Wright & Wright (1998) with Gao & Han's (2012) adaptive coefficients, and one restart
 * from the best point after first convergence. Points where f is NaN or ±∞ count as worse than any
 * finite value, so the simplex moves away from them. Nelder-Mead needs many more evaluations than BFGS
 * (hundreds for 4 parameters) and converges only to `tolerance` in f and `√tolerance` in x (see
 * {@link OptimiserOptions}); lower `tolerance` for more digits.
 *
 * `gradientNorm` is ‖∇f‖∞ at the result by central differences (2n extra calls, counted in
 * `functionEvaluations`; coordinates where f is not finite on either side are left out), a check that the
 * point is stationary. It never throws for non-convergence.
 *
 * @param f - Objective (value only).
 * @param x0 - Start point (not modified).
 * @param options - `tolerance`, `maxIterations` and `initialStep`.
 * @returns The result, with the best vertex found.
 * @throws {@link ClienteleInputError} `invalid_input` if x0 is empty or not all finite, or an option is
 *   invalid.
 * @throws {@link ClienteleDomainError} `domain_error` if f(x0) is not finite.
 * @example
 * ```ts
 * import { minimizeNelderMead } from "clientele/math";
 * const result = minimizeNelderMead((x) => (x[0]! - 1) ** 2 + 10 * (x[1]! + 2) ** 2, [0, 0], { tolerance: 1e-12 });
 * result.converged; // => true
 * result.x.map((v) => Number(v.toFixed(5))); // => [1, -2]
 * ```
 * @see {@link minimizeBfgs}
 * @category Math
 */
export function minimizeNelderMead(
  f: ObjectiveFunction,
  x0: ArrayLike<number>,
  options?: MinimizeNelderMeadOptions | undefined,
): OptimiserResult {
  checkFunction("minimizeNelderMead", f, ["f"]);
  const { tolerance, maxIterations, control } = resolveOptimiserOptions("minimizeNelderMead", options);
  const { onProgress, signal } = control;
  throwIfAborted("minimizeNelderMead", signal);
  const start = startVector("minimizeNelderMead", "x0", x0);
  const n = start.length;
  const steps = resolveSteps(start, options?.initialStep);
  let evaluations = 0;
  const evaluate = (x: Float64Array): number => {
    evaluations++;
    return clean(f(x));
  };
  const f0 = f(start);
  evaluations++;
  if (!Number.isFinite(f0)) {
    throw mathDomainError("minimizeNelderMead", `f(x0) is ${f0}, not a finite number`, ["x0"]);
  }

  const rho = 1;
  const chi = n >= 2 ? 1 + 2 / n : 2;
  const gamma = n >= 2 ? 0.75 - 1 / (2 * n) : 0.5;
  const sigma = n >= 2 ? 1 - 1 / n : 0.5;

  // Vertices sorted by value: vertex k is simplex[order[k]].
  const simplex: Float64Array[] = [];
  const values = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) simplex.push(new Float64Array(n));
  const order: number[] = [];
  for (let k = 0; k <= n; k++) order.push(k);
  const centroid = new Float64Array(n);
  const xr = new Float64Array(n);
  const xe = new Float64Array(n);
  const xc = new Float64Array(n);

  const build = (base: Float64Array, baseValue: number): void => {
    for (let k = 0; k <= n; k++) {
      const v = simplex[k]!;
      v.set(base);
      if (k > 0) v[k - 1] = base[k - 1]! + steps[k - 1]!;
      values[k] = k === 0 ? baseValue : evaluate(v);
      order[k] = k;
    }
  };
  const sort = (): void => {
    order.sort((i, j) => values[i]! - values[j]! || i - j);
  };
  const replaceWorst = (point: Float64Array, value: number): void => {
    const worst = order[n]!;
    simplex[worst]!.set(point);
    values[worst] = value;
  };

  build(start, f0);
  sort();
  let iterations = 0;
  let restarted = false;
  let converged = false;
  let message = "";
  const sqrtTol = Math.sqrt(tolerance);

  for (;;) {
    throwIfAborted("minimizeNelderMead", signal);
    const best = simplex[order[0]!]!;
    const fBest = values[order[0]!]!;
    const fWorst = values[order[n]!]!;
    let spread = 0;
    let size = 1;
    for (let i = 0; i < n; i++) size = Math.max(size, Math.abs(best[i]!));
    for (let k = 1; k <= n; k++) {
      const v = simplex[order[k]!]!;
      for (let i = 0; i < n; i++) spread = Math.max(spread, Math.abs(v[i]! - best[i]!));
    }
    if (fWorst - fBest <= tolerance * Math.max(1, Math.abs(fBest)) && spread <= sqrtTol * size) {
      if (!restarted) {
        restarted = true;
        const base = Float64Array.from(best);
        build(base, fBest);
        sort();
        continue;
      }
      converged = true;
      message = `converged: simplex values within tolerance · max(1, |f|) and vertices within √tolerance of the best (${iterations} iterations, one restart)`;
      break;
    }
    if (iterations >= maxIterations) {
      message = `stopped: maxIterations (${maxIterations}) reached with simplex value spread ${(fWorst - fBest).toExponential(2)}; raise maxIterations`;
      break;
    }
    iterations++;
    onProgress?.({ done: iterations, total: maxIterations });
    centroid.fill(0);
    for (let k = 0; k < n; k++) {
      const v = simplex[order[k]!]!;
      for (let i = 0; i < n; i++) centroid[i] = centroid[i]! + v[i]! / n;
    }
    const worst = simplex[order[n]!]!;
    for (let i = 0; i < n; i++) xr[i] = centroid[i]! + rho * (centroid[i]! - worst[i]!);
    const fr = evaluate(xr);
    const fSecondWorst = values[order[n - 1]!]!;
    if (fr < fBest) {
      for (let i = 0; i < n; i++) xe[i] = centroid[i]! + chi * (xr[i]! - centroid[i]!);
      const fe = evaluate(xe);
      if (fe < fr) replaceWorst(xe, fe);
      else replaceWorst(xr, fr);
    } else if (fr < fSecondWorst) {
      replaceWorst(xr, fr);
    } else {
      const outside = fr < fWorst;
      const target = outside ? xr : worst;
      for (let i = 0; i < n; i++) xc[i] = centroid[i]! + gamma * (target[i]! - centroid[i]!);
      const fc = evaluate(xc);
      if (outside ? fc <= fr : fc < fWorst) {
        replaceWorst(xc, fc);
      } else {
        // Shrink towards the best vertex.
        for (let k = 1; k <= n; k++) {
          const v = simplex[order[k]!]!;
          for (let i = 0; i < n; i++) v[i] = best[i]! + sigma * (v[i]! - best[i]!);
          values[order[k]!] = evaluate(v);
        }
      }
    }
    sort();
  }

  const best = Float64Array.from(simplex[order[0]!]!);
  const value = values[order[0]!]!;
  const gradient = new Float64Array(n);
  evaluations += centralDifferenceGradient(f, best, value, gradient, new Float64Array(n));
  let gradientNorm = 0;
  for (let i = 0; i < n; i++) {
    const gi = Math.abs(gradient[i]!);
    if (Number.isFinite(gi) && gi > gradientNorm) gradientNorm = gi;
  }
  onProgress?.({ done: iterations, total: iterations });
  return { converged, iterations, functionEvaluations: evaluations, value, x: Array.from(best), gradientNorm, message };
}
