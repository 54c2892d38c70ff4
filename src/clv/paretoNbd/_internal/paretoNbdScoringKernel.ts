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
// Interpolated, in U = q + t (panelInterpolants.ts): Φ_x (at t = t_x and t = T), Λ_x(t) = (r + x) ln(α + t) +
// s ln(β + t) (so that the power is e^(Λ_x(T) − Λ_x(t_x)), checked to 1e-14 of |Λ_x|: its closed form is exact to a
// few ulps, and an error δ in it is a relative error δ in the odds, the same order as the rounding of the
// exponents in the closed form), M_x, and for x = 0 the whole odds D₀(T) (t_x = 0). They are analytic in U off
// (−∞, 0]: G_x is singular only for z_t ∈ [1, ∞], i.e. t ∈ [−p, −q]; w has its pole at t = −β; Λ_x its branch
// points at t = −α, −β; M_x its pole at t = −α and branch points at t = −β and t = −β − t_horizon; D₀ adds the
// branch points of the powers at t = −α, −β. All are at U ≤ 0. So a customer with x > 0 costs two table look-ups
// and one exp; one with x = 0 a look-up. Where a panel is not built or was turned away, where G_x's series would
// be long (z near 1 with a small b), where the odds are not finite, or where |K| = |ln(s/m) + Λ_x(T)| might pass
// paretoNbdProbabilityAlive's K_LIMIT (bounded by |ln s| + max(m, |ln(r + s)|) + |Λ_x(T)|: past it the closed
// form's quadrature takes over), the customer gets the closed form of paretoNbdProbabilityAlive.ts.
import type { ColumnKernel, CustomerKernel } from "../../_internal/mapCustomers.ts";
import {
  createPanelTable,
  evaluatePanelInto,
  type PanelTable,
  panelOffset,
} from "../../_internal/panelInterpolants.ts";
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";
import { hyp2f1UnitShiftEulerSum } from "./hyp2f1UnitShiftEulerSum.ts";

/** paretoNbdProbabilityAlive's K_LIMIT (past it the closed form uses quadrature). */
const K_LIMIT = 1e4;
/** The table's functions: Φ_x, D₀ (x = 0; 0 otherwise), Λ_x, M_x (E[Y] only). */
const PHI = 0;
const DEAD0 = 1;
const LOGS = 2;
const MEAN = 3;

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
  /** |ln s| and |ln(r + s)|, for the bound on |K|, and that bound's part for x = 0. */
  readonly logS: number;
  readonly logRS: number;
  readonly bound0: number;
  /** Scratch for one customer's result, and for the interpolated values of one customer. */
  readonly one: Float64Array;
  readonly v: Float64Array;
  readonly table: PanelTable;
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
  const table = createPanelTable(
    horizon === undefined ? 3 : 4,
    (x, U, out) => {
      const t = U - q;
      out[PHI] = phi(x, t);
      if (x === 0) {
        if (Number.isNaN(phi0[0]!)) phi0[0] = phi(0, 0);
        const power = Math.exp(r * Math.log((alpha + t) / alpha) + s * Math.log((beta + t) / beta));
        out[DEAD0] = (s / (r + s)) * (power * phi0[0]! - out[PHI]!);
      } else out[DEAD0] = 0;
      out[LOGS] = (r + x) * Math.log(alpha + t) + s * Math.log(beta + t);
      if (mean !== undefined) out[MEAN] = mean(x, t);
    },
    [1e-12, 1e-12, 1e-14, 1e-12],
  );
  const state: ScoringState = {
    r,
    alpha,
    s,
    beta,
    q,
    logS: Math.abs(Math.log(s)),
    logRS: Math.abs(Math.log(r + s)),
    bound0: Math.abs(Math.log(s)) + Math.max(r + s, Math.abs(Math.log(r + s))),
    one: new Float64Array(1),
    v: new Float64Array(8),
    table,
    alive,
    mean,
  };
  const one = (x: number, tx: number, T: number): number => scoreOne(state, x, tx, T);
  const columns: ColumnKernel = (xs, txs, Ts, out) => scoreColumns(state, xs, txs, Ts, out);
  return Object.assign(one, { columns });
}

// The per-customer work is in module-level functions (not closures made per kernel), so that their optimised
// code and type feedback carry over from one call to the next; they write into `out[i]` rather than return, so
// that a function V8 does not inline still allocates no number per customer.

function scoreColumns(
  state: ScoringState,
  xs: Float64Array,
  txs: Float64Array,
  Ts: Float64Array,
  out: Float64Array,
): void {
  // scoreQuiet and scoreRepeat written out in the loop (V8 inlines neither into it: too large together).
  const { q, table, v, r, s, logS, logRS, bound0 } = state;
  const withMean = state.mean !== undefined;
  const width = table.width;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    const T = Ts[i]!;
    const uT = q + T;
    const oT = panelOffset(table, x, uT);
    if (oT >= 0) {
      if (x === 0) {
        evaluatePanelInto(table.pool, oT, 0, width, uT, v, 0);
        if (bound0 + Math.abs(v[LOGS]!) <= K_LIMIT) {
          const d = v[DEAD0]!;
          const pAlive = d > 0 ? 1 / (1 + d) : 1;
          out[i] = withMean ? v[MEAN]! * pAlive : pAlive;
          continue;
        }
      } else {
        const uX = q + txs[i]!;
        const oX = panelOffset(table, x, uX);
        if (oX >= 0) {
          const pool = table.pool;
          const m = r + s + x;
          evaluatePanelInto(pool, oT, 0, width, uT, v, 0);
          evaluatePanelInto(pool, oX, 0, LOGS + 1, uX, v, 4);
          if (logS + Math.max(m, logRS) + Math.abs(v[LOGS]!) <= K_LIMIT) {
            const d = (s / m) * (Math.exp(v[LOGS]! - v[4 + LOGS]!) * v[4 + PHI]! - v[PHI]!);
            if (d < Number.POSITIVE_INFINITY) {
              const pAlive = d > 0 ? 1 / (1 + d) : 1;
              out[i] = withMean ? v[MEAN]! * pAlive : pAlive;
              continue;
            }
          }
        }
      }
    }
    closedForm(state, x, txs[i]!, T, out, i);
  }
}

/** P(alive) (state.mean undefined) or E[Y] of one customer. */
function scoreOne(state: ScoringState, x: number, tx: number, T: number): number {
  const out = state.one;
  if (x === 0) scoreQuiet(state, T, out, 0);
  else scoreRepeat(state, x, tx, T, out, 0);
  return out[0]!;
}

/** A customer without repeat purchases (x = t_x = 0): the interpolated odds D₀(T). */
function scoreQuiet(state: ScoringState, T: number, out: Float64Array, i: number): void {
  const { table, v } = state;
  const uT = state.q + T;
  const oT = panelOffset(table, 0, uT);
  if (oT >= 0) {
    evaluatePanelInto(table.pool, oT, 0, table.width, uT, v, 0);
    if (state.bound0 + Math.abs(v[LOGS]!) <= K_LIMIT) {
      const d = v[DEAD0]!;
      const pAlive = d > 0 ? 1 / (1 + d) : 1;
      out[i] = state.mean === undefined ? pAlive : v[MEAN]! * pAlive;
      return;
    }
  }
  closedForm(state, 0, 0, T, out, i);
}

/** A repeat buyer: Φ_x and Λ_x at t_x and T. */
function scoreRepeat(state: ScoringState, x: number, tx: number, T: number, out: Float64Array, i: number): void {
  const { q, table, v } = state;
  const uT = q + T;
  const uX = q + tx;
  const oT = panelOffset(table, x, uT);
  const oX = oT >= 0 ? panelOffset(table, x, uX) : -1;
  if (oX >= 0) {
    const pool = table.pool;
    const m = state.r + state.s + x;
    // v[0 … width − 1]: the functions at T; v[4 …]: Φ_x, D₀, Λ_x at t_x.
    evaluatePanelInto(pool, oT, 0, table.width, uT, v, 0);
    evaluatePanelInto(pool, oX, 0, LOGS + 1, uX, v, 4);
    if (state.logS + Math.max(m, state.logRS) + Math.abs(v[LOGS]!) <= K_LIMIT) {
      const d = (state.s / m) * (Math.exp(v[LOGS]! - v[4 + LOGS]!) * v[4 + PHI]! - v[PHI]!);
      if (d < Number.POSITIVE_INFINITY) {
        const pAlive = d > 0 ? 1 / (1 + d) : 1;
        out[i] = state.mean === undefined ? pAlive : v[MEAN]! * pAlive;
        return;
      }
    }
  }
  closedForm(state, x, tx, T, out, i);
}

/** The closed forms (paretoNbdProbabilityAlive.ts; the mean of paretoNbdConditionalExpectedPurchases.ts). */
function closedForm(state: ScoringState, x: number, tx: number, T: number, out: Float64Array, i: number): void {
  const pAlive = state.alive(x, tx, T);
  out[i] = state.mean === undefined ? pAlive : state.mean(x, T) * pAlive;
}
