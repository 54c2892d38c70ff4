// The Pareto/NBD integral A₀ by direct quadrature (Fader & Hardie 2005, note 009, eq. 20 written as an integral):
//   A₀ = m ∫_{t_x}^T (α + τ)^(−a) (β + τ)^(−b) dτ,   m = r + s + x, a = r + x, b = s + 1,
//      = m (α + t_x)^(−a) (β + t_x)^(−b) ∫₀^(T − t_x) e^(Δ(u)) du,
//   Δ(u) = −a ln1p(u/(α + t_x)) − b ln1p(u/(β + t_x)) ≤ 0,
// for the cases where its ₂F₁ form is slow or cancels. Δ decreases, with slope −(a/(α + t_x + u) + b/(β + t_x + u))
// whose size falls with u. logDecayIntegral runs 16-point Gauss–Legendre on panels, each at most one e-fold of the
// integrand long (1/slope at its start) and at most half the distance to the nearer singularity of the logarithms
// (u = −(α + t_x) or −(β + t_x)), so that the rule converges fast; it stops at T − t_x or once the rest, below
// e^(Δ(u))·(T − t_x − u), is under 1e-17 of the sum: about 60 panels where the integrand falls fast, fewer than
// 50 + log₁.₅((α + T)/(α + t_x)) + log₁.₅((β + T)/(β + t_x)) where it is flat; NaN past MAX_PANELS.
// Given a `moments` buffer, the same pass also gives the integrand-weighted means of ln1p(u/p), ln1p(u/q),
// 1/(p + u) and 1/(q + u) — the derivatives of ln A₀ in the four parameters (paretoNbdLogA0GradientByQuadrature),
// at no further transcendental call per node.

const NODES = 16;
const MAX_PANELS = 5000;

/**
 * ln ∫₀^span e^(Δ(u)) du with Δ(u) = −a ln1p(u/p) − b ln1p(u/q) (see the header).
 *
 * @param a - Exponent of the first factor, ≥ 0.
 * @param b - Exponent of the second factor, > 0.
 * @param p - α + t_x, > 0.
 * @param q - β + t_x, > 0.
 * @param span - T − t_x, > 0.
 * @param rule - Gauss–Legendre rule with 16 nodes (gaussLegendreRule(16)).
 * @param moments - If given, receives the integrand-weighted means of ln1p(u/p), ln1p(u/q), 1/(p + u) and
 *   1/(q + u) over the same nodes (see the header); untouched where the result is NaN.
 * @returns The log of the integral; NaN if MAX_PANELS panels do not reach it.
 * @internal
 */
export function logDecayIntegral(
  a: number,
  b: number,
  p: number,
  q: number,
  span: number,
  rule: Float64Array,
  moments?: Float64Array | undefined,
): number {
  const delta = (u: number): number => -a * Math.log1p(u / p) - b * Math.log1p(u / q);
  const near = 0.5 * Math.min(p, q);
  const weighted = moments !== undefined;
  let sum = 0;
  let sumLp = 0;
  let sumLq = 0;
  let sumIp = 0;
  let sumIq = 0;
  let u = 0;
  for (let panel = 0; panel < MAX_PANELS; panel++) {
    const width = Math.min(span - u, 1 / (a / (p + u) + b / (q + u)), near + 0.5 * u);
    const half = width / 2;
    const mid = u + half;
    let part = 0;
    if (weighted) {
      let partLp = 0;
      let partLq = 0;
      let partIp = 0;
      let partIq = 0;
      for (let i = 0; i < NODES; i++) {
        const v = mid + half * rule[2 * i]!;
        const lp = Math.log1p(v / p);
        const lq = Math.log1p(v / q);
        const e = rule[2 * i + 1]! * Math.exp(-a * lp - b * lq);
        part += e;
        partLp += e * lp;
        partLq += e * lq;
        partIp += e / (p + v);
        partIq += e / (q + v);
      }
      sumLp += partLp * half;
      sumLq += partLq * half;
      sumIp += partIp * half;
      sumIq += partIq * half;
    } else {
      for (let i = 0; i < NODES; i++) part += rule[2 * i + 1]! * Math.exp(delta(mid + half * rule[2 * i]!));
    }
    sum += part * half;
    u += width;
    if (u >= span || Math.exp(delta(u)) * (span - u) <= 1e-17 * sum) {
      if (weighted) {
        moments[0] = sumLp / sum;
        moments[1] = sumLq / sum;
        moments[2] = sumIp / sum;
        moments[3] = sumIq / sum;
      }
      return Math.log(sum);
    }
  }
  return Number.NaN;
}

/**
 * ln A₀ of one Pareto/NBD customer by quadrature (see the header): −∞ when t_x = T, NaN if the panel limit is
 * reached.
 *
 * @param r - Gamma shape of purchase rates.
 * @param alpha - Gamma rate of purchase rates.
 * @param s - Gamma shape of dropout rates.
 * @param beta - Gamma rate of dropout rates.
 * @param x - Repeat purchases.
 * @param tx - Time of the last purchase, ≤ T.
 * @param T - Observation length.
 * @param rule - Gauss–Legendre rule with 16 nodes (gaussLegendreRule(16)).
 * @returns ln A₀.
 * @internal
 */
export function paretoNbdLogA0ByQuadrature(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  rule: Float64Array,
): number {
  if (tx === T) return Number.NEGATIVE_INFINITY;
  const a = r + x;
  const b = s + 1;
  const p = alpha + tx;
  const q = beta + tx;
  return Math.log(r + s + x) - a * Math.log(p) - b * Math.log(q) + logDecayIntegral(a, b, p, q, T - tx, rule);
}

/**
 * ln A₀ of one Pareto/NBD customer and its gradient ∂ ln A₀/∂(r, α, s, β), by one quadrature pass (see the
 * header): with a = r + x, b = s + 1, p = α + t_x, q = β + t_x and ⟨·⟩ the integrand-weighted mean over
 * u ∈ [0, T − t_x],
 *   ∂/∂r = 1/m − ln p − ⟨ln1p(u/p)⟩,   ∂/∂α = −a ⟨1/(p + u)⟩,
 *   ∂/∂s = 1/m − ln q − ⟨ln1p(u/q)⟩,   ∂/∂β = −b ⟨1/(q + u)⟩,
 * since ln A₀ = ln m − a ln(α + τ) − b ln(β + τ) integrated, m = r + s + x. Writes
 * `[ln A₀, ∂r, ∂α, ∂s, ∂β]` to `out`; returns false (and `out` untouched) at t_x = T or past the panel limit.
 *
 * @param r - Gamma shape of purchase rates.
 * @param alpha - Gamma rate of purchase rates.
 * @param s - Gamma shape of dropout rates.
 * @param beta - Gamma rate of dropout rates.
 * @param x - Repeat purchases.
 * @param tx - Time of the last purchase, < T.
 * @param T - Observation length.
 * @param rule - Gauss–Legendre rule with 16 nodes (gaussLegendreRule(16)).
 * @param moments - Work buffer of length ≥ 4.
 * @param out - Receives ln A₀ and its gradient (length ≥ 5).
 * @returns Whether `out` was written.
 * @internal
 */
export function paretoNbdLogA0GradientByQuadrature(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  rule: Float64Array,
  moments: Float64Array,
  out: Float64Array,
): boolean {
  if (!(tx < T)) return false;
  const a = r + x;
  const b = s + 1;
  const m = r + s + x;
  const p = alpha + tx;
  const q = beta + tx;
  const logP = Math.log(p);
  const logQ = Math.log(q);
  const integral = logDecayIntegral(a, b, p, q, T - tx, rule, moments);
  if (Number.isNaN(integral)) return false;
  out[0] = Math.log(m) - a * logP - b * logQ + integral;
  out[1] = 1 / m - logP - moments[0]!;
  out[2] = -a * moments[2]!;
  out[3] = 1 / m - logQ - moments[1]!;
  out[4] = -b * moments[3]!;
  return true;
}
