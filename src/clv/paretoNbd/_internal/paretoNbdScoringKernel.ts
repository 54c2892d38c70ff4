// Pareto/NBD P(alive) and E[Y(t) | x, t_x, T] over many customers, for a fixed fit (and horizon), with the
// ₂F₁ parts interpolated per x (panelInterpolants.ts) so that a customer costs a bounded amount of work
// whatever the other customers' T.
//
// With q = min(α, β), p = max(α, β), m = r + s + x, z_t = (p − q)/(p + t) and 1 − z_t = (q + t)/(p + t), the odds
// of being dead (paretoNbdProbabilityAlive.ts, Fader & Hardie 2005 note 009 eq. 24 with A₀ of eq. 20) are
//   D = s/m · [((α + T)/(α + t_x))^(r+x) ((β + T)/(β + t_x))^s · Φ_x(t_x) − Φ_x(T)],
//   Φ_x(t) = w(t) · G_x(z_t),   w(t) = (α + t)/(β + t) if α < β, else 1,
// where G_x = ₂F₁(1, d; m + 1; z) is the Euler-transformed series of hyp2f1UnitShiftEulerSum.ts ((b, d) =
// (s + 1, r + x) if α ≥ β, else (r + x, s + 1)): writing A₀'s two terms with (1 − z)^(1−b) G and multiplying by
// (α + T)^(r+x) (β + T)^s, every power of α + t and β + t cancels except the ratio above. P(alive) = 1/(1 + D), and
// E[Y(t) | x, t_x, T] = M_x(T) · P(alive), M_x(T) = (r + x)(β + T)/(α + T) · [1 − ((β + T)/(β + T + t))^(s−1)]/(s − 1)
// (paretoNbdConditionalExpectedPurchases.ts).
//
// Interpolated, in U = q + t (panelInterpolants.ts): Φ_x (at t = t_x and t = T), M_x, and for x = 0 the whole odds
// D₀(T) (t_x = 0). They are analytic in U off (−∞, 0]: G_x is singular only for z_t ∈ [1, ∞], i.e. t ∈ [−p, −q];
// w has its pole at t = −β; M_x its pole at t = −α and branch points at t = −β and t = −β − t_horizon; D₀ adds the
// branch points of the powers at t = −α, −β. All are at U ≤ 0. So a customer with x > 0 costs two table
// look-ups, two logs and an exp; one with x = 0 a look-up. Where a panel is not built or was turned away, where
// G_x's series would be long (z near 1 with a small b), where the odds are not finite, or where
// |K| = |ln(s/m) + (r + x) ln(α + T) + s ln(β + T)| might pass paretoNbdProbabilityAlive's K_LIMIT (bounded
// from the exponent bits of p + T: there the quadrature takes over), the customer gets the closed form of
// paretoNbdProbabilityAlive.ts.
import type { ColumnKernel, CustomerKernel } from "../../_internal/mapCustomers.ts";
import { createPanelTable, evaluatePanel, type PanelTable, panelOffset } from "../../_internal/panelInterpolants.ts";
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";
import { hyp2f1UnitShiftEulerSum } from "./hyp2f1UnitShiftEulerSum.ts";

/** paretoNbdProbabilityAlive's K_LIMIT (past it the closed form uses quadrature). */
const K_LIMIT = 1e4;
const LN2 = Math.LN2;
/** Index of the high word of a float64 in an Int32Array view. */
const HI = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;

/**
 * ∫₀^u (1 + v)^(−s) dv = [1 − (1 + u)^(−(s−1))]/(s − 1), accurate for every u ≥ 0 and s > 0.
 *
 * @param s - s > 0.
 * @param u - u ≥ 0.
 * @returns The integral.
 * @internal
 */
export function paretoNbdAliveTime(s: number, u: number): number {
  const l = Math.log1p(u);
  const k = (s - 1) * l;
  if (Math.abs(k) < 1e-8) return l * (1 - k / 2);
  return -Math.expm1(-k) / (s - 1);
}

interface ScoringState {
  readonly r: number;
  readonly alpha: number;
  readonly s: number;
  readonly beta: number;
  readonly q: number;
  /** |ln q|, for the bound on |K|. */
  readonly logQ: number;
  /** |ln s|, for the bound on |K|. */
  readonly logS: number;
  readonly table: PanelTable;
  readonly f64: Float64Array;
  readonly i32: Int32Array;
  /** The closed forms: P(alive), and E[Y] (or undefined for P(alive) alone). */
  readonly alive: CustomerKernel;
  readonly mean: ((x: number, T: number) => number) | undefined;
}

/**
 * The Pareto/NBD scoring kernel (see the header): P(alive) when `horizon` is undefined, else E[Y(horizon) | …].
 *
 * @param params - r, α, s, β.
 * @param horizon - t > 0, or undefined for P(alive).
 * @param alive - The closed-form P(alive) kernel (paretoNbdProbabilityAliveClosedForm).
 * @returns (x, t_x, T) ↦ the quantity, with its column form; NaN where it cannot be evaluated.
 * @internal
 */
export function paretoNbdScoringKernel(
  params: ParetoNbdParams,
  horizon: number | undefined,
  alive: CustomerKernel,
): CustomerKernel {
  const { r, alpha, s, beta } = params;
  const upper = alpha >= beta;
  const p = upper ? alpha : beta;
  const q = upper ? beta : alpha;
  const mean =
    horizon === undefined
      ? undefined
      : (x: number, T: number) => {
          const bT = beta + T;
          return ((r + x) / (alpha + T)) * bT * paretoNbdAliveTime(s, horizon / bT);
        };
  /** Φ_x(t), NaN where the series is not used. */
  const phi = (x: number, t: number): number => {
    const pt = p + t;
    const g = hyp2f1UnitShiftEulerSum(
      r + s + x,
      upper ? s + 1 : r + x,
      upper ? r + x : s + 1,
      (p - q) / pt,
      (q + t) / pt,
    );
    return upper ? g : ((alpha + t) / (beta + t)) * g;
  };
  const phi0 = new Float64Array(1).fill(Number.NaN);
  const table = createPanelTable(horizon === undefined ? 2 : 3, (x, U, out) => {
    const t = U - q;
    out[0] = phi(x, t);
    if (x === 0) {
      if (Number.isNaN(phi0[0]!)) phi0[0] = phi(0, 0);
      const power = Math.exp(r * Math.log((alpha + t) / alpha) + s * Math.log((beta + t) / beta));
      out[1] = (s / (r + s)) * (power * phi0[0]! - out[0]!);
    } else out[1] = 0;
    if (mean !== undefined) out[2] = mean(x, t);
  });
  const f64 = new Float64Array(1);
  const state: ScoringState = {
    r,
    alpha,
    s,
    beta,
    q,
    logQ: Math.abs(Math.log(q)),
    logS: Math.abs(Math.log(s)),
    table,
    f64,
    i32: new Int32Array(f64.buffer),
    alive,
    mean,
  };
  const one = (x: number, tx: number, T: number): number => scoreOne(state, x, tx, T);
  const columns: ColumnKernel = (xs, txs, Ts, out) => scoreColumns(state, xs, txs, Ts, out);
  return Object.assign(one, { columns });
}

// The per-customer work is in module-level functions (not closures made per kernel), so that their optimised
// code and type feedback carry over from one call to the next.

function scoreColumns(
  state: ScoringState,
  xs: Float64Array,
  txs: Float64Array,
  Ts: Float64Array,
  out: Float64Array,
): void {
  const n = xs.length;
  for (let i = 0; i < n; i++) out[i] = scoreOne(state, xs[i]!, txs[i]!, Ts[i]!);
}

/** P(alive) (state.mean undefined) or E[Y] of one customer. */
function scoreOne(state: ScoringState, x: number, tx: number, T: number): number {
  const { q, table } = state;
  const mean = state.mean;
  const uT = q + T;
  const oT = panelOffset(table, x, uT);
  if (oT >= 0) {
    if (x === 0) {
      const d = evaluatePanel(table.pool, oT, 1, uT);
      const pAlive = d > 0 ? 1 / (1 + d) : 1;
      return mean === undefined ? pAlive : evaluatePanel(table.pool, oT, 2, uT) * pAlive;
    }
    const uX = q + tx;
    const oX = panelOffset(table, x, uX);
    if (oX >= 0 && boundK(state, x, T) <= K_LIMIT) {
      const { r, alpha, s, beta } = state;
      const pool = table.pool;
      const phiT = evaluatePanel(pool, oT, 0, uT);
      const phiX = evaluatePanel(pool, oX, 0, uX);
      const e = (r + x) * Math.log((alpha + T) / (alpha + tx)) + s * Math.log((beta + T) / (beta + tx));
      const d = (s / (r + s + x)) * (Math.exp(e) * phiX - phiT);
      if (d < Number.POSITIVE_INFINITY) {
        const pAlive = d > 0 ? 1 / (1 + d) : 1;
        return mean === undefined ? pAlive : evaluatePanel(pool, oT, 2, uT) * pAlive;
      }
    }
  }
  const pAlive = state.alive(x, tx, T);
  return mean === undefined ? pAlive : mean(x, T) * pAlive;
}

/**
 * An upper bound on |K| = |ln(s/m) + (r + x) ln(α + T) + s ln(β + T)| without a logarithm:
 * |ln s| + ln m + m · max(|ln q|, (e + 1) ln 2), with e the binary exponent of max(α, β) + T and ln m ≤ m.
 */
function boundK(state: ScoringState, x: number, T: number): number {
  const m = state.r + state.s + x;
  state.f64[0] = Math.max(state.alpha, state.beta) + T;
  const e = ((state.i32[HI]! >>> 20) & 0x7ff) - 1022;
  return state.logS + m + m * Math.max(state.logQ, e * LN2);
}
