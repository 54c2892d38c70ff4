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
 * @returns The log of the integral; NaN if MAX_PANELS panels do not reach it.
 * @internal
 */
export function logDecayIntegral(a: number, b: number, p: number, q: number, span: number, rule: Float64Array): number {
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
    if (u >= span || Math.exp(delta(u)) * (span - u) <= 1e-17 * sum) return Math.log(sum);
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
