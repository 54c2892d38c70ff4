/**
 * ln(eᵃ − eᵇ) for a ≥ b without validation (Stan's `log_diff_exp`), as a + log(1 − e^(b − a)) with
 * Mächler's (2012) switch between log(−expm1(d)) for d > −ln 2 and log1p(−exp(d)) otherwise, which
 * keeps full relative accuracy for both nearly equal and very different a and b.
 *
 * @param a - Log of the larger term.
 * @param b - Log of the smaller term (−∞ allowed).
 * @returns ln(eᵃ − eᵇ); −∞ when a = b; NaN when a < b or either is NaN.
 * @internal
 */
export function logDiffExpUnchecked(a: number, b: number): number {
  if (b === Number.NEGATIVE_INFINITY) return a;
  const d = b - a;
  if (!(d <= 0)) return Number.NaN;
  if (d === 0) return Number.NEGATIVE_INFINITY;
  return a + (d > -Math.LN2 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
}
