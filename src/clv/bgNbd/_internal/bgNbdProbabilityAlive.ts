// BG/NBD probability that a customer with summary (x, t_x, T) is still alive at T (Fader, Hardie & Lee
// 2008, "Computing P(alive) using the BG/NBD model", brucehardie.com note 021, from the model of Fader,
// Hardie & Lee 2005):
//   P(alive | x, t_x, T) = 1 / (1 + δ_{x>0} · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)),
// evaluated as 1/(1 + a/(b + x − 1) · exp((r + x) ln((α + T)/(α + t_x)))), which cannot overflow to NaN (the
// exponential going to +∞ gives 0, the right limit; only for a/(b + x − 1) below 1e-16 could a P(alive) above
// 1e-292 be lost that way). x = 0 gives exactly 1, with no transcendental call: under the BG/NBD a customer
// can only drop out just after a purchase. Over columns one module-level loop does the same per customer.
import type { ColumnKernel, CustomerKernel } from "../../_internal/mapCustomers.ts";
import type { BgNbdParams } from "../BgNbdParams.ts";

/**
 * The BG/NBD P(alive) kernel for given parameters, with its column form.
 *
 * @param params - r, α, a, b.
 * @returns (x, t_x, T) ↦ P(alive), in [0, 1].
 * @internal
 */
export function bgNbdProbabilityAlive(params: BgNbdParams): CustomerKernel {
  const { r, alpha, a, b } = params;
  const one = (x: number, tx: number, T: number): number => alive(r, alpha, a, b, x, tx, T);
  const columns: ColumnKernel = (xs, txs, Ts, out) => aliveColumns(r, alpha, a, b, xs, txs, Ts, out);
  return Object.assign(one, { columns });
}

function alive(r: number, alpha: number, a: number, b: number, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  return 1 / (1 + (a / (b + x - 1)) * Math.exp((r + x) * Math.log((alpha + T) / (alpha + tx))));
}

function aliveColumns(
  r: number,
  alpha: number,
  a: number,
  b: number,
  xs: Float64Array,
  txs: Float64Array,
  Ts: Float64Array,
  out: Float64Array,
): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    out[i] =
      x === 0 ? 1 : 1 / (1 + (a / (b + x - 1)) * Math.exp((r + x) * Math.log((alpha + Ts[i]!) / (alpha + txs[i]!))));
  }
}
