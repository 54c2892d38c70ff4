/**
 * sin(πx) without the rounding error of forming πx for large |x|: x is reduced exactly modulo 2
 * (`%` is exact in IEEE arithmetic) and then folded into [0, 1/2], so integers give exactly 0.
 *
 * @param x - Any finite number.
 * @returns sin(πx); NaN for non-finite x.
 * @internal
 */
export function sinPi(x: number): number {
  let r = x % 2;
  if (r > 1) r -= 2;
  else if (r < -1) r += 2;
  const a = Math.abs(r);
  let s: number;
  if (a <= 0.25) s = Math.sin(Math.PI * a);
  else if (a <= 0.75) s = Math.cos(Math.PI * (0.5 - a));
  else s = Math.sin(Math.PI * (1 - a));
  return r < 0 ? -s : s;
}
