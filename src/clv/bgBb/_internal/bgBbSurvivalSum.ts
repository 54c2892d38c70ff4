/**
 * Σ_{t=from}^{from+count−1} B(γ, δ+t)/B(γ, δ+from): the expected number of opportunities from `from` on at
 * which a customer alive at `from` − 1 is alive, relative to being alive at `from`. Uses the recurrence
 * B(γ, δ+t+1)/B(γ, δ+t) = (δ+t)/(γ+δ+t); O(count), no cancellation.
 *
 * @param gamma - γ > 0.
 * @param delta - δ > 0.
 * @param from - First opportunity.
 * @param count - Number of opportunities summed (≥ 0).
 * @returns The sum (0 for count = 0).
 * @internal
 */
export function bgBbSurvivalSum(gamma: number, delta: number, from: number, count: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < count; k++) {
    sum += term;
    const t = delta + from + k;
    term *= t / (gamma + t);
    if (term < 1e-300) break;
  }
  return sum;
}
