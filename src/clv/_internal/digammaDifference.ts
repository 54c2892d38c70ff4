import { digammaUnchecked } from "../../_lib/digammaUnchecked.ts";

/** Below this many terms the difference is summed from the recurrence ψ(p + 1) = ψ(p) + 1/p. */
const SUM_LIMIT = 64;

/**
 * ψ(p + n) − ψ(p) for p > 0 and an integer n ≥ 0, without the cancellation of the two digammas when p is
 * large: for n ≤ 64 the sum Σ_{j<n} 1/(p + j) of the recurrence (DLMF 5.5.2), else the difference of
 * {@link digammaUnchecked} values (absolute error about 1e-16 · ln p).
 *
 * @param p - Argument, > 0.
 * @param n - Integer shift ≥ 0.
 * @returns ψ(p + n) − ψ(p).
 * @internal
 */
export function digammaDifference(p: number, n: number): number {
  if (n <= SUM_LIMIT) {
    let s = 0;
    for (let j = 0; j < n; j++) s += 1 / (p + j);
    return s;
  }
  return digammaUnchecked(p + n) - digammaUnchecked(p);
}
