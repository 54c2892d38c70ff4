// Analytic continuation of 2F1(a, b; c; ·) along the real axis from x₀ towards x = 1 by Taylor steps
// of the hypergeometric differential equation x(1 − x)F″ + [c − (a + b + 1)x]F′ − abF = 0 (DLMF 15.10.1):
// the "Taylor series method" of Pearson, Olver & Porter (2017), "Numerical methods for the computation of
// the confluent and Gauss hypergeometric functions", Numer. Algorithms 74, §4.7.
// - At x₀ = ½ (0.9 when |a| + |b| + |c| > 40 and x > 0.9, which saves many short steps), F and F′ come
//   from the Gauss series.
// - From a point z₀ = 1 − y₀ the coefficients Gₙ = F⁽ⁿ⁾(z₀) hⁿ / n! of the step z₀ → z₀ + h follow from the
//   equation: P₀(n + 1)(n + 2) G_{n+2} = (n + a)(n + b) h² Gₙ − (n + 1)(P₁ n + Q₀) h G_{n+1},
//   with P₀ = z₀ y₀, P₁ = 1 − 2z₀ and Q₀ = c − (a + b + 1) z₀. The step is at most y₀ / 2 (half the
//   distance to the singular point 1, so the terms fall at least like 2⁻ⁿ), and the last step lands
//   exactly on x. With large parameters a solution of the equation can vary on a much shorter scale
//   than y₀ (for instance z^(1−c) for large c); its Taylor coefficients would then swell and cancel, so
//   the step is also limited to h ≤ 4/Λ, where Λ is the larger root modulus of P₀λ² + Q₀λ − ab = 0 (the
//   local exponential rates of the two solutions, a WKB estimate).
// - F and F′ are renormalised after every step and the scale is kept as a logarithm, so the result stays
//   finite however large 2F1 grows near 1.
// The cost is about 60 terms per halving of 1 − x, more when the parameters are large. It does not
// depend on c − a − b being close to an integer, which is why it backs up the connection formula.

const TAIL = 2 ** -56;
const MAX_CANCELLATION = 1000;
const MAX_TERMS_PER_STEP = 20_000;
/** Bound on the total work (terms summed over all steps), about 10 ms, before giving up with NaN. */
const MAX_TOTAL_TERMS = 2_000_000;
const START_TERMS = 100_000;
/** Largest h·Λ allowed in one step (Λ: fastest local exponential rate of a solution). */
const STEP_RATE = 4;

/**
 * ln|2F1(a, b; c; 1 − y)| for 0 < y < ½ by Taylor-stepping the hypergeometric equation from x = ½ or 0.9.
 *
 * @param a - First numerator parameter.
 * @param b - Second numerator parameter.
 * @param c - Denominator parameter (not a non-positive integer).
 * @param y - One minus the argument, 0 < y < ½ (passed separately to keep its digits).
 * @param sign - If given, receives the sign of 2F1 in `sign[0]`.
 * @param maxTotalTerms - Bound on the terms summed over all steps (default 2,000,000, about 10 ms); a caller
 *   that evaluates 2F1 many times per call of its own (a likelihood) passes a smaller one.
 * @returns ln|2F1|, or NaN if a series did not converge, the work bound was reached or a step overflowed; NaN also when 2F1 < 0 and
 *   `sign` is omitted.
 * @internal
 */
export function logAbsHyp2f1Continued(
  a: number,
  b: number,
  c: number,
  y: number,
  sign: Float64Array | undefined,
  maxTotalTerms: number = MAX_TOTAL_TERMS,
): number {
  if (!(y > 0 && y < 0.5)) return Number.NaN;
  // Start where the Gauss series is still cheap: x₀ = 0.9 for large parameters (many short steps would
  // otherwise be needed between ½ and 0.9), x₀ = ½ otherwise or if the series at 0.9 is not accurate.
  let y0 = Math.abs(a) + Math.abs(b) + Math.abs(c) > 40 && y < 0.1 ? 0.1 : 0.5;
  let value = Number.NaN;
  let slope = Number.NaN;
  let logScale = Number.NaN;
  for (;;) {
    const x0 = 1 - y0;
    // F(x₀) = Σ tₙ and F′(x₀) = Σ n tₙ / x₀; the tails are bounded as in hyp2f1Series.ts.
    let term = 1;
    let f = 1;
    let df = 0;
    let absSum = 1;
    const signChanges = Math.max(0, -a, -b, -c);
    for (let n = 0; n < START_TERMS; n++) {
      term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * x0;
      f += term;
      df += (n + 1) * term;
      absSum += Math.abs(term);
      if (!(absSum < Number.POSITIVE_INFINITY)) break;
      const next = Math.max(Math.abs((((a + n + 1) * (b + n + 1)) / ((c + n + 1) * (n + 2))) * x0), x0);
      if (
        term === 0 ||
        (n + 1 > signChanges &&
          next < 1 &&
          Math.abs(term) * (n + 2) * next <= TAIL * (1 - next) ** 2 * (Math.abs(f) + Math.abs(df)))
      ) {
        if (absSum <= MAX_CANCELLATION * Math.abs(f)) {
          logScale = Math.log(Math.abs(f));
          value = f > 0 ? 1 : -1;
          slope = df / x0 / Math.abs(f);
        }
        break;
      }
    }
    if (!Number.isNaN(logScale) || y0 === 0.5) break;
    y0 = 0.5;
  }
  if (Number.isNaN(logScale)) return Number.NaN;
  let totalTerms = 0;
  while (y0 > y) {
    const z0 = 1 - y0;
    const p0 = z0 * y0;
    const p1 = y0 - z0;
    const q0 = c - (a + b + 1) * z0;
    const disc = q0 * q0 + 4 * p0 * a * b;
    const rate = disc >= 0 ? (Math.abs(q0) + Math.sqrt(disc)) / (2 * p0) : Math.sqrt(Math.abs(a * b) / p0);
    let h = Math.min(0.5 * y0, STEP_RATE / rate);
    const last = y0 - y <= h;
    if (last) h = y0 - y;
    let g0 = value;
    let g1 = slope * h;
    let s = g0 + g1;
    let ds = g1;
    let n = 0;
    for (; n < MAX_TERMS_PER_STEP; n++) {
      const g2 = ((n + a) * (n + b) * h * h * g0 - (n + 1) * (p1 * n + q0) * h * g1) / (p0 * (n + 1) * (n + 2));
      s += g2;
      ds += (n + 2) * g2;
      if (n >= 2 && (n + 2) * (Math.abs(g1) + Math.abs(g2)) <= TAIL * (Math.abs(s) + Math.abs(ds))) break;
      g0 = g1;
      g1 = g2;
    }
    if (n === MAX_TERMS_PER_STEP) return Number.NaN;
    const scale = Math.abs(s);
    if (!(scale > 0 && scale < Number.POSITIVE_INFINITY && Math.abs(ds) < Number.POSITIVE_INFINITY)) return Number.NaN;
    value = s / scale;
    slope = ds / h / scale;
    logScale += Math.log(scale);
    y0 = last ? y : y0 - h;
    totalTerms += n + 1;
    if (totalTerms > maxTotalTerms) return Number.NaN;
  }
  if (sign !== undefined) sign[0] = value > 0 ? 1 : -1;
  else if (value < 0) return Number.NaN;
  return logScale;
}
