// ₂F₁(a, b; a + 1; z) and its three first derivatives from one pass of the power series (the Pareto/NBD
// likelihood's special case, c = a + 1):
//   F = Σₙ uₙ · a/(a + n),   uₙ = (b)ₙ zⁿ/n!,   u₀ = 1,   uₙ₊₁ = uₙ (b + n) z/(n + 1),
//   ∂F/∂a = Σₙ uₙ · n/(a + n)²,   ∂F/∂b = Σₙ uₙ a/(a + n) · Hₙ  with Hₙ = Σ_{k<n} 1/(b + k) = ψ(b + n) − ψ(b),
//   ∂F/∂z = Σₙ vₙ a/(a + n),   vₙ = n uₙ/z = (b)ₙ z^(n−1)/(n − 1)!,   v₁ = b,   vₙ₊₁ = vₙ (b + n) z/n
// (no division by z, so z = 0 or a subnormal z gives ab/(a + 1) + O(z)).
// Every term is ≥ 0 for a, b > 0 and z ∈ [0, 1), so the sums have no cancellation. The series stops once
// the term ratio is below 1 and the geometric bound on the remaining terms (weighted by n, Hₙ and 1/a, for
// the derivative sums) is below 10⁻¹⁷ of F, and that of the vₙ terms below 10⁻¹⁷ of ∂F/∂z. It is used
// only where it converges quickly and uₙ cannot overflow: z ≤ 0.9, b z/(1 − z) ≤ 500 (the index of the largest term) and −b ln(1 − z) ≤ 600 (the log of
// the largest uₙ, roughly); elsewhere it returns false and the caller uses another method.

const Z_MAX = 0.9;
const PEAK_MAX = 500;
const LOG_MAX = 600;
const MAX_TERMS = 3000;
const TOLERANCE = 1e-17;

/**
 * ₂F₁(a, b; a + 1; z) with its derivatives in a, b and z (see the header), written to `out` as
 * `[F, ∂F/∂a, ∂F/∂b, ∂F/∂z]`.
 *
 * @param a - First parameter, > 0 (c = a + 1).
 * @param b - Second parameter, > 0.
 * @param z - Argument in [0, 1).
 * @param out - Receives F and its derivatives (length ≥ 4).
 * @returns true if the series was summed; false (and `out` untouched) where it is not used.
 * @internal
 */
export function hyp2f1UnitShiftSeries(a: number, b: number, z: number, out: Float64Array): boolean {
  if (!(z <= Z_MAX) || b * z > PEAK_MAX * (1 - z) || -b * Math.log1p(-z) > LOG_MAX) return false;
  let u = 1;
  let h = 0;
  let f = 1;
  let fa = 0;
  let fb = 0;
  let v = b;
  let fz = 0;
  for (let n = 1; n <= MAX_TERMS; n++) {
    u *= ((b + n - 1) * z) / n;
    if (n > 1) v *= ((b + n - 1) * z) / (n - 1);
    h += 1 / (b + n - 1);
    const an = a + n;
    const t = (u * a) / an;
    f += t;
    fa += (u * n) / (an * an);
    fb += t * h;
    fz += (v * a) / an;
    // Bound on the ratio of all later terms: (b + k) z/(k + 1) decreases in k when b ≥ 1, and is below z when b < 1.
    const ratio = b >= 1 ? ((b + n) * z) / (n + 1) : z;
    // The vₙ terms (of ∂F/∂z) have the decreasing ratio (b + k) z/k.
    const vRatio = ((b + n) * z) / n;
    if (
      ratio < 1 &&
      t * (n + 1) * (1 + h + 1 / a) <= TOLERANCE * f * (1 - ratio) &&
      vRatio < 1 &&
      v * a * vRatio <= TOLERANCE * fz * an * (1 - vRatio)
    ) {
      out[0] = f;
      out[1] = fa;
      out[2] = fb;
      out[3] = fz;
      return true;
    }
  }
  return false;
}
