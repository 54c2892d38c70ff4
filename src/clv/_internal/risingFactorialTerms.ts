import { digammaDifference } from "./digammaDifference.ts";
import { logGammaRatio } from "./logGammaRatio.ts";

/** Up to this n the terms are summed directly; beyond, from special functions. */
const DIRECT_LIMIT = 64;
const RESCALE = 1e280;

/**
 * The two terms of the rising factorial (p)ₙ = Γ(p + n)/Γ(p) that the count-model likelihoods need for
 * an integer n ≥ 0, at once: writes ln (p)ₙ = Σ_{j<n} ln(p + j) to `out[at]` and its derivative
 * ψ(p + n) − ψ(p) = Σ_{j<n} 1/(p + j) to `out[at + 1]`. For n ≤ 64 both come from one loop (the
 * logarithm of a running product, rescaled before it can overflow; about n·ε relative error), otherwise
 * from {@link logGammaRatio} and {@link digammaDifference}.
 *
 * @param p - Argument, > 0.
 * @param n - Integer ≥ 0.
 * @param out - Receives the two values.
 * @param at - Offset in `out`.
 * @internal
 */
export function risingFactorialTerms(p: number, n: number, out: Float64Array, at: number): void {
  if (n > DIRECT_LIMIT) {
    out[at] = logGammaRatio(p, n);
    out[at + 1] = digammaDifference(p, n);
    return;
  }
  let product = 1;
  let logs = 0;
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const v = p + j;
    product *= v;
    sum += 1 / v;
    if (product > RESCALE || product < 1 / RESCALE) {
      logs += Math.log(product);
      product = 1;
    }
  }
  out[at] = logs + Math.log(product);
  out[at + 1] = sum;
}
