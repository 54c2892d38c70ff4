import { logBetaUnchecked } from "../../_lib/logBetaUnchecked.ts";
import { logGammaUnchecked } from "../../_lib/logGammaUnchecked.ts";

/**
 * ln Γ(p + n) − ln Γ(p) for p > 0 and an integer n ≥ 0, as ln Γ(n) − ln B(p, n) (n ≥ 1), which keeps its
 * accuracy when p is large (ln B is computed without cancelling Stirling terms; see logBetaUnchecked).
 *
 * @param p - Argument, > 0.
 * @param n - Integer shift ≥ 0.
 * @returns ln[Γ(p + n)/Γ(p)] = ln (p)ₙ; 0 for n = 0.
 * @internal
 */
export function logGammaRatio(p: number, n: number): number {
  if (n === 0) return 0;
  return logGammaUnchecked(n) - logBetaUnchecked(p, n);
}
