import { regularizedGammaQ } from "./regularizedGammaQ.ts";

/**
 * The upper tail of the chi-square distribution, P(χ²_k > x) = Q(k/2, x/2) (DLMF 8.11 / 26.4 relation:
 * the χ²_k CDF is P(k/2, x/2)): the p-value of a chi-square statistic. Unchecked: the caller guarantees
 * `df > 0` and `x ≥ 0`.
 *
 * @param x - The statistic, ≥ 0.
 * @param df - Degrees of freedom k > 0.
 * @returns P(χ²_k > x) in [0, 1].
 * @internal
 */
export function chiSquareSurvival(x: number, df: number): number {
  return regularizedGammaQ(df / 2, x / 2);
}
