// The Gauss series 2F1(a, b; c; x) = Σ_{n≥0} (a)_n (b)_n / ((c)_n n!) xⁿ (DLMF 15.2.1), summed term by
// term from the ratio t_{n+1}/t_n = (a + n)(b + n) x / ((c + n)(n + 1)).
// Stopping rule: once the terms are past every sign change of the rising factorials (n > −a, −b, −c),
// the remaining tail is bounded by |t_n| ρ/(1 − ρ) with ρ = max(|t_{n+1}/t_n|, x), since the ratio tends
// monotonically to x from then on; we stop when that bound is below 2⁻⁵⁶ |sum|.
// Rejection: if the series has not converged within maxTerms (or provably cannot: see "futility"
// below), if a term overflows, or if
// Σ|t_n| > maxCancellation · |Σ t_n| (cancellation would cost log10(maxCancellation) digits), the result
// is NaN so that the caller can switch to a transformation.

const TAIL = 2 ** -56;

/**
 * Sums the Gauss hypergeometric series at 0 ≤ x < 1, or returns NaN when that is not accurate.
 *
 * @param a - First numerator parameter.
 * @param b - Second numerator parameter.
 * @param c - Denominator parameter (not 0, −1, −2, … unless the series terminates first).
 * @param x - Argument in [0, 1).
 * @param maxTerms - Term budget.
 * @param maxCancellation - Largest accepted Σ|tₙ| / |Σ tₙ|.
 * @returns The sum (a polynomial if a or b is a non-positive integer), or NaN.
 * @internal
 */
export function hyp2f1Series(
  a: number,
  b: number,
  c: number,
  x: number,
  maxTerms: number,
  maxCancellation: number,
): number {
  let term = 1;
  let sum = 1;
  let absSum = 1;
  const signChanges = Math.max(0, -a, -b, -c);
  for (let n = 0; n < maxTerms; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * x;
    term *= ratio;
    if (term === 0) return absSum <= maxCancellation * Math.abs(sum) ? sum : Number.NaN;
    sum += term;
    absSum += Math.abs(term);
    if (!(absSum < Number.POSITIVE_INFINITY)) return Number.NaN;
    if (n + 1 > signChanges) {
      const next = Math.abs((((a + n + 1) * (b + n + 1)) / ((c + n + 1) * (n + 2))) * x);
      const rho = Math.max(next, x);
      const tail = TAIL * (1 - rho) * Math.abs(sum);
      if (rho < 1 && Math.abs(term) * rho <= tail) {
        return absSum <= maxCancellation * Math.abs(sum) ? sum : Number.NaN;
      }
      // Futility: while the ratios still increase, the current one is the smallest to come, so the terms
      // cannot fall faster than next^k; if even that needs more terms than the budget has left, stop now.
      if ((n & 15) === 15 && next >= Math.abs(ratio) && next < 1 && tail > 0) {
        const needed = Math.log(tail / Math.abs(term)) / Math.log(next);
        if (needed > maxTerms - n) return Number.NaN;
      }
    }
  }
  return Number.NaN;
}
