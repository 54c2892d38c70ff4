// MBG/NBD probability that a customer with summary (x, t_x, T) is alive at T (Batislam, Denizel &
// Filiztekin 2007; lifetimes' ModifiedBetaGeoFitter):
//   P(alive | x, t_x, T) = 1 / (1 + a/(b + x) · ((α + T)/(α + t_x))^(r + x)),
// for every x, x = 0 included (a customer may drop out at time 0): one log and one exp per customer, as
// 1/(1 + a/(b + x) · e^E), E = (r + x) ln((α + T)/(α + t_x)), which is exact to rounding while e^E is finite; past
// E = 700 the logistic of ln(a/(b + x)) + E is taken in log space, so that a P(alive) that is small but
// representable is not lost to the overflow of e^E. Over columns one module-level loop does the same, except
// that for customers without repeat purchases (x = t_x = 0), whose P(alive) = 1/(1 + a/b · (s/α)^r) depends on
// s = α + T only, it is interpolated in s (panelInterpolants.ts: Chebyshev panels checked against this closed form
// to 1e-12 of their size; singular at s = 0 and where (s/α)^r = −b/a, at complex s that the checks turn away when
// they come near), so that they cost a table look-up and a short polynomial instead of a log and an exp.
import type { ColumnKernel, CustomerKernel } from "../../_internal/mapCustomers.ts";
import { createPanelTable, evaluatePanel, type PanelTable, panelOffset } from "../../_internal/panelInterpolants.ts";
import type { MbgNbdParams } from "../MbgNbdParams.ts";

/** Exponent past which e^E is not formed. */
const LOG_SPACE = 700;

/**
 * The MBG/NBD P(alive) kernel for given parameters, with its column form.
 *
 * @param params - r, α, a, b.
 * @returns (x, t_x, T) ↦ P(alive), in (0, 1].
 * @internal
 */
export function mbgNbdProbabilityAlive(params: MbgNbdParams): CustomerKernel {
  const { r, alpha, a, b } = params;
  const one = (x: number, tx: number, T: number): number => alive(r, alpha, a, b, x, tx, T);
  const quiet = createPanelTable(1, (_x, s, out) => {
    out[0] = alive(r, alpha, a, b, 0, 0, s - alpha);
  });
  const columns: ColumnKernel = (xs, txs, Ts, out) => aliveColumns(r, alpha, a, b, quiet, xs, txs, Ts, out);
  return Object.assign(one, { columns });
}

function alive(r: number, alpha: number, a: number, b: number, x: number, tx: number, T: number): number {
  const e = (r + x) * Math.log((alpha + T) / (alpha + tx));
  return e < LOG_SPACE ? 1 / (1 + (a / (b + x)) * Math.exp(e)) : logSpace(a, b, x, e);
}

/** 1/(1 + e^d), d = ln(a/(b + x)) + e, without overflow. */
function logSpace(a: number, b: number, x: number, e: number): number {
  const d = Math.log(a / (b + x)) + e;
  return d > 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d));
}

function aliveColumns(
  r: number,
  alpha: number,
  a: number,
  b: number,
  quiet: PanelTable,
  xs: Float64Array,
  txs: Float64Array,
  Ts: Float64Array,
  out: Float64Array,
): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    if (x === 0) {
      const s = alpha + Ts[i]!;
      const o = panelOffset(quiet, 0, s);
      if (o >= 0) {
        out[i] = evaluatePanel(quiet.pool, o, 0, s);
        continue;
      }
    }
    const e = (r + x) * Math.log((alpha + Ts[i]!) / (alpha + txs[i]!));
    out[i] = e < LOG_SPACE ? 1 / (1 + (a / (b + x)) * Math.exp(e)) : logSpace(a, b, x, e);
  }
}
