// The Pareto/NBD log odds of being dead by direct quadrature, for the parameters where the ₂F₁ form of
// paretoNbdProbabilityAlive.ts cancels: there D = K + ln A₀ with K = ln(s/m) + (r + x) ln(α + T) + s ln(β + T),
// and a large |K| (s or r + x large: nearly constant dropout or purchase rates) leaves |K|·ε of rounding in D,
// then overflow or NaN. From A₀ = m ∫_{t_x}^T (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ (Fader & Hardie 2005, note 009,
// eq. 20) and m = r + s + x, with u = τ − t_x:
//   D = ln s + h₀ + ln ∫₀^(T − t_x) e^(Δ(u)) du,
//   h₀ = (r + x) ln1p((T − t_x)/(α + t_x)) + s ln1p((T − t_x)/(β + t_x)) − ln(β + t_x),
//   Δ(u) = −(r + x) ln1p(u/(α + t_x)) − (s + 1) ln1p(u/(β + t_x)) ≤ 0,
// every term bounded and computed without a difference of large numbers. Δ decreases, with slope
// −((r + x)/(α + t_x + u) + (s + 1)/(β + t_x + u)) whose size falls with u. The integral runs on panels of
// 16-point Gauss–Legendre, each at most one e-fold of the integrand long (1/slope at its start) and at most
// half the distance to the nearer singularity of the logarithms (u = −(α + t_x) or −(β + t_x)), so that the
// rule converges fast; it stops at T − t_x or once the rest, below e^(Δ(u))·(T − t_x − u), is under 1e-17 of
// the sum. About 60 panels where the integrand falls fast; at most MAX_PANELS (NaN beyond, never reached for
// finite parameters below 1e300 in the tests).
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";

const NODES = 16;
const MAX_PANELS = 5000;

/**
 * ln[(1 − P(alive))/P(alive)] of one Pareto/NBD customer by quadrature (see the header); −∞ when t_x = T,
 * +∞ when P(alive) underflows, NaN if the panel limit is reached.
 *
 * @param params - r, α, s, β.
 * @param x - Repeat purchases.
 * @param tx - Time of the last purchase, ≤ T.
 * @param T - Observation length.
 * @param rule - Gauss–Legendre rule with 16 nodes (gaussLegendreRule(16)).
 * @returns The log-odds of being dead.
 * @internal
 */
export function paretoNbdLogDeadOddsByQuadrature(
  params: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
  rule: Float64Array,
): number {
  if (tx === T) return Number.NEGATIVE_INFINITY;
  const { r, alpha, s, beta } = params;
  const a = r + x;
  const b = s + 1;
  const p = alpha + tx;
  const q = beta + tx;
  const span = T - tx;
  const h0 = a * Math.log1p(span / p) + s * Math.log1p(span / q) - Math.log(q);
  const delta = (u: number): number => -a * Math.log1p(u / p) - b * Math.log1p(u / q);
  const near = 0.5 * Math.min(p, q);
  let sum = 0;
  let u = 0;
  for (let panel = 0; panel < MAX_PANELS; panel++) {
    const width = Math.min(span - u, 1 / (a / (p + u) + b / (q + u)), near + 0.5 * u);
    const half = width / 2;
    const mid = u + half;
    let part = 0;
    for (let i = 0; i < NODES; i++) part += rule[2 * i + 1]! * Math.exp(delta(mid + half * rule[2 * i]!));
    sum += part * half;
    u += width;
    if (u >= span || Math.exp(delta(u)) * (span - u) <= 1e-17 * sum) {
      return Math.log(s) + h0 + Math.log(sum);
    }
  }
  return Number.NaN;
}
