// Line search for the strong Wolfe conditions (Nocedal & Wright, "Numerical Optimization", 2nd ed. 2006,
// §3.5: Algorithm 3.5 to bracket, Algorithm 3.6 "zoom" to refine, with the safeguarded cubic
// interpolation of eq. 3.59), for φ(α) = f(x + αp):
//   sufficient decrease  φ(α) ≤ φ(0) + c₁ α φ′(0),   curvature  |φ′(α)| ≤ c₂ |φ′(0)|,
// with c₁ = 1e-4 and c₂ = 0.9 (the values N&W recommend for quasi-Newton methods).
// A non-finite φ(α) (a step outside the objective's domain) is treated as a failed sufficient-decrease
// test, so the search falls back towards α = 0. If zoom runs out of room, the best point that satisfies
// sufficient decrease is accepted (it still lowers f); only if there is none does the search fail.
// Near a minimum, f(x + αp) − f(x) falls below the rounding noise of f (a log-likelihood summed over a
// million customers carries a relative error far above ε), and comparisons of values then decide nothing:
// the search used to zoom 40 times on noise, reset, and zoom 40 times again (80 objective calls on a fit
// that had converged). Where both the change predicted by the slope, α|φ′(0)|, and the change seen,
// |φ(α) − φ(0)|, are at most NOISE · |φ(0)|, the search uses Hager & Zhang's approximate
// Wolfe conditions instead (Hager & Zhang 2005, "A new conjugate gradient method with guaranteed descent
// and an efficient line search", SIAM J. Optim. 16(1), eq. 23 and §4): sufficient decrease is read from the
// derivative, φ′(α) ≤ (1 − 2c₁)|φ′(0)| (exact for a quadratic), and the bracket is updated by the sign of
// φ′ alone, which gradients resolve long after values stop doing so.
import type { ObjectiveWithGradient } from "../ObjectiveFunction.ts";

const C1 = 1e-4;
const C2 = 0.9;
const MAX_BRACKET_STEPS = 40;
const MAX_ZOOM_STEPS = 40;
/**
 * Relative change of f below which values are taken as rounding noise (Hager & Zhang's ε, 1e-6 in their
 * code, taken far smaller here so that only changes no value comparison can resolve are affected).
 */
const NOISE = 1e-12;

/**
 * Buffers and outputs of {@link strongWolfeLineSearch}, allocated once per minimisation.
 *
 * @internal
 */
export interface LineSearchWork {
  /** Trial point x + αp; on success, the accepted point (the caller may swap it with its own buffer). */
  xTrial: Float64Array;
  /** Gradient at `xTrial`; on success, at the accepted point (the caller may swap it too). */
  gTrial: Float64Array;
  /** On success, f at the accepted point. */
  value: number;
  /** Objective calls made, accumulated across searches. */
  evaluations: number;
  /**
   * Bound on `evaluations`: a search that reaches it stops (accepting the best point with sufficient
   * decrease, at one more call, or failing), so the total stays at most one above it.
   */
  readonly maxEvaluations: number;
}

/**
 * Searches α > 0 along the descent direction p from x for the strong Wolfe conditions.
 *
 * @param f - Objective with gradient.
 * @param x - Current point (not modified).
 * @param fx - f(x).
 * @param p - Search direction, with slope φ′(0) = ∇f(x)·p < 0.
 * @param slope0 - φ′(0).
 * @param alpha0 - First trial step (1 for a scaled quasi-Newton direction).
 * @param work - Buffers; on success `xTrial`, `gTrial` and `value` hold the accepted point.
 * @returns The accepted step α > 0, or 0 if no step lowering f was found.
 * @internal
 */
export function strongWolfeLineSearch(
  f: ObjectiveWithGradient,
  x: Float64Array,
  fx: number,
  p: Float64Array,
  slope0: number,
  alpha0: number,
  work: LineSearchWork,
): number {
  const n = x.length;
  const { xTrial, gTrial } = work;
  const phi = (alpha: number): number => {
    for (let i = 0; i < n; i++) xTrial[i] = x[i]! + alpha * p[i]!;
    work.evaluations++;
    return f(xTrial, gTrial);
  };
  const slopeAt = (): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += gTrial[i]! * p[i]!;
    return s;
  };
  const noise = NOISE * Math.abs(fx);
  // Whether φ(α) fails sufficient decrease: by value, or by slope where the values differ only by noise.
  const fails = (alpha: number, fa: number, da: number, fRef: number): boolean => {
    if (!(Number.isFinite(fa) && Number.isFinite(da))) return true;
    if (Math.abs(fa - fx) <= noise && -alpha * slope0 <= noise) return da > (2 * C1 - 1) * slope0;
    return fa > fx + C1 * alpha * slope0 || fa >= fRef;
  };
  const accept = (alpha: number, value: number): number => {
    work.value = value;
    return alpha;
  };

  // Zoom (N&W Algorithm 3.6) on the bracket between lo (sufficient decrease holds, lowest so far) and hi.
  const zoom = (lo: number, fLo: number, dLo: number, hi: number, fHi: number, dHi: number): number => {
    for (let j = 0; j < MAX_ZOOM_STEPS; j++) {
      if (work.evaluations >= work.maxEvaluations) break;
      const width = hi - lo;
      let alpha = Number.NaN;
      if (Number.isFinite(fHi) && Number.isFinite(dHi)) {
        // Minimiser of the cubic through (lo, fLo, dLo) and (hi, fHi, dHi), N&W eq. 3.59.
        const d1 = dLo + dHi - (3 * (fLo - fHi)) / (lo - hi);
        const radicand = d1 * d1 - dLo * dHi;
        if (radicand >= 0) {
          const d2 = Math.sign(hi - lo) * Math.sqrt(radicand);
          alpha = hi - (hi - lo) * ((dHi + d2 - d1) / (dHi - dLo + 2 * d2));
        }
      }
      // Safeguard: stay in the inner 80% of the bracket; bisect if the cubic is unusable.
      const low = Math.min(lo, hi) + 0.1 * Math.abs(width);
      const high = Math.max(lo, hi) - 0.1 * Math.abs(width);
      if (!(alpha >= low && alpha <= high)) alpha = lo + 0.5 * width;
      const fa = phi(alpha);
      const da = slopeAt();
      if (fails(alpha, fa, da, fLo)) {
        hi = alpha;
        fHi = fa;
        dHi = da;
      } else {
        if (Math.abs(da) <= -C2 * slope0) return accept(alpha, fa);
        if (da * (hi - lo) >= 0) {
          hi = lo;
          fHi = fLo;
          dHi = dLo;
        }
        lo = alpha;
        fLo = fa;
        dLo = da;
      }
      if (Math.abs(hi - lo) <= 1e-16 * Math.max(1, Math.abs(lo))) break;
    }
    // Out of room: accept lo if it is a real step (it satisfies sufficient decrease, so f went down).
    if (lo > 0) {
      const fa = phi(lo);
      if (Number.isFinite(fa) && (fa < fx || (Math.abs(fa - fx) <= noise && -lo * slope0 <= noise))) {
        return accept(lo, fa);
      }
    }
    return 0;
  };

  let prev = 0;
  let fPrev = fx;
  let dPrev = slope0;
  let alpha = alpha0;
  for (let i = 0; i < MAX_BRACKET_STEPS; i++) {
    if (work.evaluations >= work.maxEvaluations) return 0;
    const fa = phi(alpha);
    const da = slopeAt();
    if (fails(alpha, fa, da, i > 0 ? fPrev : Number.POSITIVE_INFINITY)) {
      return zoom(prev, fPrev, dPrev, alpha, fa, da);
    }
    if (Math.abs(da) <= -C2 * slope0) return accept(alpha, fa);
    if (da >= 0) return zoom(alpha, fa, da, prev, fPrev, dPrev);
    prev = alpha;
    fPrev = fa;
    dPrev = da;
    alpha *= 2;
  }
  return 0;
}
