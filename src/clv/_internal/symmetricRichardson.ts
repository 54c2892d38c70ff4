/**
 * f(0) for a function that is smooth at 0 but cannot be evaluated there (a removable singularity), from
 * its values at ±h and ±2h: Richardson's extrapolation of the symmetric means m₁ = (f(−h) + f(h))/2 and
 * m₂ = (f(−2h) + f(2h))/2, (4 m₁ − m₂)/3, whose error is O(h⁴) (the odd terms cancel in the means, the h²
 * term in the combination).
 *
 * @param f - The function, evaluated at −2h, −h, h, 2h only.
 * @param h - Step > 0.
 * @returns The estimate of f(0).
 * @internal
 */
export function symmetricRichardson(f: (offset: number) => number, h: number): number {
  const m1 = f(-h) + f(h);
  const m2 = f(-2 * h) + f(2 * h);
  return (4 * m1 - m2) / 6;
}
