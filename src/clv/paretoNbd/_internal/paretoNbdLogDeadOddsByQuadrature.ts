// The Pareto/NBD log odds of being dead by direct quadrature, for the parameters where the ₂F₁ form of
// paretoNbdProbabilityAlive.ts cancels: there D = K + ln A₀ with K = ln(s/m) + (r + x) ln(α + T) + s ln(β + T),
// and a large |K| (s or r + x large: nearly constant dropout or purchase rates) leaves |K|·ε of rounding in D,
// then overflow or NaN. From A₀ = m ∫_{t_x}^T (α + τ)^(−(r+x)) (β + τ)^(−(s+1)) dτ (Fader & Hardie 2005, note 009,
// eq. 20) and m = r + s + x, with u = τ − t_x:
//   D = ln s + h₀ + ln ∫₀^(T − t_x) e^(Δ(u)) du,
//   h₀ = (r + x) ln1p((T − t_x)/(α + t_x)) + s ln1p((T − t_x)/(β + t_x)) − ln(β + t_x),
//   Δ(u) = −(r + x) ln1p(u/(α + t_x)) − (s + 1) ln1p(u/(β + t_x)) ≤ 0,
// every term bounded and computed without a difference of large numbers; the integral is logDecayIntegral
// (paretoNbdLogA0ByQuadrature.ts).
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";
import { logDecayIntegral } from "./paretoNbdLogA0ByQuadrature.ts";

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
  const p = alpha + tx;
  const q = beta + tx;
  const span = T - tx;
  const h0 = a * Math.log1p(span / p) + s * Math.log1p(span / q) - Math.log(q);
  return Math.log(s) + h0 + logDecayIntegral(a, s + 1, p, q, span, rule);
}
