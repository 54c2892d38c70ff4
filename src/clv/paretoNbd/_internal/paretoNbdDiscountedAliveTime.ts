// The Laplace transform of the Pareto/NBD survival curve in scaled time,
//   J(s, z) = ∫₀^∞ e^(−z v) (1 + v)^(−s) dv = e^z z^(s−1) Γ(1 − s, z) = U(1, 2 − s, z),   s > 0, z > 0,
// (Tricomi's U; Fader, Hardie & Lee 2005 write it with Ψ(s, s; z) = z^(1−s) J(s, z)). Γ(1 − s, z) has a
// negative first argument whenever s > 1, so it is not taken from regularizedGammaQ (a > 0 only):
// - z ≥ 1: Legendre's continued fraction for Γ(a, z) = e^(−z) z^a · h (DLMF 8.9.2, the even form of
//   Numerical Recipes §6.2, valid for every real a), which gives J = h directly (no Γ(a), no overflow),
//   evaluated by the modified Lentz method; it converges in about 85/z steps.
// - z < 1: split at V = 1/z − 1. On [0, V] substitute u = ln(1 + v): the integrand e^(−z(e^u − 1)) e^((1−s)u)
//   is smooth (z e^u ≤ 1 there) and positive on u ∈ [0, ln(1/z)], integrated by 16-point Gauss–Legendre on
//   panels of length min(1, 4/|1 − s|). The rest is e^(−zV) (1 + V)^(1−s) J(s, 1) (v = V + w, then scale
//   by 1 + V), with J(s, 1) from the continued fraction. All parts are positive: no cancellation. For
//   s > 1 the integrand falls at least like e^((1−s)u), so the integral stops at u = 45/(s − 1) when that
//   comes first (the rest is below 1e-18 of the whole): the work no longer grows with s.
import { upperGammaContinuedFraction } from "../../_internal/upperGammaContinuedFraction.ts";

const NODES = 16;
/** Where the integral over u = ln(1 + v) stops for s > 1: e^(−45) < 3e-20. */
const CUT = 45;

/** J(s, z) for z ≥ 1 by Legendre's continued fraction, with a = 1 − s. */
function continuedFraction(s: number, z: number): number {
  return upperGammaContinuedFraction(1 - s, z);
}

/**
 * Gauss–Legendre nodes and weights on [−1, 1] by Newton's method on the Legendre polynomial (Numerical
 * Recipes §4.6), as `[x₀, w₀, x₁, w₁, …]`.
 *
 * @param n - Number of nodes.
 * @returns The nodes and weights, interleaved.
 * @internal
 */
export function gaussLegendreRule(n: number): Float64Array {
  const out = new Float64Array(2 * n);
  const m = (n + 1) >> 1;
  for (let i = 0; i < m; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * x * p2 - (j - 1) * p3) / j;
      }
      dp = (n * (x * p1 - p2)) / (x * x - 1);
      const dx = p1 / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    const w = 2 / ((1 - x * x) * dp * dp);
    out[2 * i] = -x;
    out[2 * i + 1] = w;
    out[2 * (n - 1 - i)] = x;
    out[2 * (n - 1 - i) + 1] = w;
  }
  return out;
}

let rule16: Float64Array | undefined;

/**
 * The 16-point {@link gaussLegendreRule}, built on first use and shared by the Pareto/NBD quadratures.
 *
 * @returns The nodes and weights, interleaved (not to be modified).
 * @internal
 */
export function gaussLegendre16(): Float64Array {
  rule16 ??= gaussLegendreRule(16);
  return rule16;
}

/**
 * J(s, z) = ∫₀^∞ e^(−z v) (1 + v)^(−s) dv for s > 0, z > 0 (see the header); +∞ if it overflows.
 *
 * @param s - Shape of the dropout-rate distribution, > 0.
 * @param z - Discount rate × (β + T), > 0.
 * @param rule - {@link gaussLegendreRule} with 16 nodes.
 * @returns J(s, z).
 * @internal
 */
export function paretoNbdDiscountedAliveTime(s: number, z: number, rule: Float64Array): number {
  if (z >= 1) return continuedFraction(s, z);
  const k = 1 - s;
  const split = -Math.log(z);
  // For s > 1 the integrand is below e^(ku); past u = CUT/|k| what is left, < e^(−CUT)/|k|, is under
  // 1e-18 of the whole (which exceeds 0.8/(|k| + 1.72): the integrand is ≥ e^(−(|k| + 1.72)u) on [0, 1]).
  // Stopping there keeps the panel count ≤ CUT/4 + 1 however large s is, where it grew like s before.
  const cut = k < 0 ? CUT / -k : Number.POSITIVE_INFINITY;
  const end = Math.min(split, cut);
  const panel = Math.min(1, 4 / Math.abs(k));
  const panels = Math.ceil(end / panel);
  const half = end / panels / 2;
  let sum = 0;
  for (let p = 0; p < panels; p++) {
    const mid = (2 * p + 1) * half;
    for (let i = 0; i < NODES; i++) {
      const u = mid + half * rule[2 * i]!;
      sum += rule[2 * i + 1]! * Math.exp(-z * Math.expm1(u) + k * u);
    }
  }
  sum *= half;
  if (end < split) return sum;
  return sum + Math.exp(-(1 - z) + k * end) * continuedFraction(s, 1);
}
