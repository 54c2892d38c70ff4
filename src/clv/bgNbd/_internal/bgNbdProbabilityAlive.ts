// BG/NBD probability that a customer with summary (x, t_x, T) is still alive at T (Fader, Hardie & Lee
// 2008, "Computing P(alive) using the BG/NBD model", brucehardie.com note 021, from the model of Fader,
// Hardie & Lee 2005):
//   P(alive | x, t_x, T) = 1 / (1 + δ_{x>0} · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)),
// evaluated as 1/(1 + exp(ln a − ln(b + x − 1) + (r + x) ln((α + T)/(α + t_x)))), which cannot overflow
// (the exponential going to +∞ gives 0, the right limit). x = 0 gives exactly 1: under the BG/NBD a
// customer can only drop out just after a purchase.
import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import type { BgNbdParams } from "../BgNbdParams.ts";

/**
 * The BG/NBD P(alive) kernel for given parameters.
 *
 * @param params - r, α, a, b.
 * @returns (x, t_x, T) ↦ P(alive), in [0, 1].
 * @internal
 */
export function bgNbdProbabilityAlive(params: BgNbdParams): CustomerKernel {
  const { r, alpha, a, b } = params;
  return (x, tx, T) => {
    if (x === 0) return 1;
    return 1 / (1 + (a / (b + x - 1)) * Math.exp((r + x) * Math.log((alpha + T) / (alpha + tx))));
  };
}
