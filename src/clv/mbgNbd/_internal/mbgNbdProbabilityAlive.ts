// MBG/NBD probability that a customer with summary (x, t_x, T) is alive at T (Batislam, Denizel &
// Filiztekin 2007; lifetimes' ModifiedBetaGeoFitter):
//   P(alive | x, t_x, T) = 1 / (1 + a/(b + x) · ((α + T)/(α + t_x))^(r + x)),
// for every x, x = 0 included (a customer may drop out at time 0), evaluated as a logistic in log space,
// which cannot overflow.
import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import type { MbgNbdParams } from "../MbgNbdParams.ts";

/**
 * The MBG/NBD P(alive) kernel for given parameters.
 *
 * @param params - r, α, a, b.
 * @returns (x, t_x, T) ↦ P(alive), in (0, 1].
 * @internal
 */
export function mbgNbdProbabilityAlive(params: MbgNbdParams): CustomerKernel {
  const { r, alpha, a, b } = params;
  return (x, tx, T) => {
    const d = Math.log(a / (b + x)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
    return d > 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d));
  };
}
