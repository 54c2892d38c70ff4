/**
 * A two-sided confidence interval for a proportion.
 *
 * @internal
 */
export interface Bounds {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Wilson's score interval for a binomial proportion k / n (Wilson 1927; method 3 of Newcombe 1998,
 * "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17, 857–872):
 * the p for which |p̂ − p| ≤ z·√(p(1 − p)/n), i.e.
 * `(p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)`. Unlike the Wald interval it stays inside
 * [0, 1] and does not collapse at k = 0 or k = n (the bounds there are exactly 0 and 1).
 *
 * @param k - Successes, an integer in 0…n.
 * @param n - Trials, an integer > 0.
 * @param z - Two-sided critical value (1.959963984540054 for 95%).
 * @returns The interval.
 * @internal
 */
export function wilsonInterval(k: number, n: number, z: number): Bounds {
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    lower: k === 0 ? 0 : Math.max(0, centre - half),
    upper: k === n ? 1 : Math.min(1, centre + half),
  };
}

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions p₁ − p₂
 * (Newcombe 1998, "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Statistics in Medicine 17, 873–890, method 10): with Wilson
 * intervals (l₁, u₁) and (l₂, u₂), `D − √((p₁ − l₁)² + (u₂ − p₂)²)` to `D + √((u₁ − p₁)² + (p₂ − l₂)²)`.
 *
 * @param k1 - Successes in the first group (0…n1).
 * @param n1 - Size of the first group, > 0.
 * @param k2 - Successes in the second group (0…n2).
 * @param n2 - Size of the second group, > 0.
 * @param z - Two-sided critical value.
 * @returns The interval for p₁ − p₂, within [−1, 1].
 * @internal
 */
export function newcombeInterval(k1: number, n1: number, k2: number, n2: number, z: number): Bounds {
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const a = wilsonInterval(k1, n1, z);
  const b = wilsonInterval(k2, n2, z);
  const d = p1 - p2;
  return {
    lower: Math.max(-1, d - Math.sqrt((p1 - a.lower) ** 2 + (b.upper - p2) ** 2)),
    upper: Math.min(1, d + Math.sqrt((a.upper - p1) ** 2 + (p2 - b.lower) ** 2)),
  };
}
