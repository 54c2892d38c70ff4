/**
 * Sign of Γ(x): +1 for x > 0; for negative non-integers (−1)^⌈−x⌉, i.e. −1 on (−1, 0), +1 on (−2, −1), …
 *
 * @param x - Any number.
 * @returns +1 or −1; NaN at the poles (0, −1, −2, …) and for NaN or −∞.
 * @internal
 */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (!(x > Number.NEGATIVE_INFINITY) || x === Math.floor(x)) return Number.NaN;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}
