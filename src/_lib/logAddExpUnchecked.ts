/**
 * ln(eᵃ + eᵇ) without validation: max(a, b) + log1p(exp(−|a − b|)), which neither overflows nor loses
 * the smaller term (numpy's `logaddexp`).
 *
 * @param a - Log of the first term (−∞ allowed).
 * @param b - Log of the second term (−∞ allowed).
 * @returns ln(eᵃ + eᵇ); NaN if either is NaN.
 * @internal
 */
export function logAddExpUnchecked(a: number, b: number): number {
  if (a === b) return a + Math.LN2;
  const max = Math.max(a, b);
  const min = Math.min(a, b);
  return max + Math.log1p(Math.exp(min - max));
}
