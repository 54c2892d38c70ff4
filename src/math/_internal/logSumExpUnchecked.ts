// log Σ exp(vᵢ), shifted by the maximum and summed as max + log1p(Σ_{i≠argmax} exp(vᵢ − max)), the
// accurate variant of Blanchard, Higham & Higham (2021), "Accurately computing the log-sum-exp and
// softmax functions", IMA J. Numer. Anal. 41(4), Algorithm 2.

/**
 * ln Σ exp(values[i]) without validation, for hot loops; allocation-free.
 *
 * @param values - Numbers; −∞ entries contribute nothing.
 * @returns The log-sum-exp; −∞ for an empty list or all −∞; NaN if any entry is NaN; +∞ if any is +∞.
 * @internal
 */
export function logSumExpUnchecked(values: ArrayLike<number>): number {
  const n = values.length;
  let max = Number.NEGATIVE_INFINITY;
  let argMax = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) return Number.NaN;
    if (v > max) {
      max = v;
      argMax = i;
    }
  }
  if (argMax < 0 || max === Number.POSITIVE_INFINITY) return max;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (i !== argMax) sum += Math.exp(values[i]! - max);
  }
  return max + Math.log1p(sum);
}
