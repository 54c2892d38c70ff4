/**
 * cos(πx) without the rounding error of forming πx for large |x|: x is reduced exactly modulo 2 and
 * folded into [0, 1/2], so half-integers give exactly 0.
 *
 * @param x - Any finite number.
 * @returns cos(πx); NaN for non-finite x.
 * @internal
 */
export function cosPi(x: number): number {
  const a = Math.abs(x % 2);
  const r = a > 1 ? 2 - a : a;
  if (r <= 0.25) return Math.cos(Math.PI * r);
  if (r <= 0.75) return Math.sin(Math.PI * (0.5 - r));
  return -Math.cos(Math.PI * (1 - r));
}
