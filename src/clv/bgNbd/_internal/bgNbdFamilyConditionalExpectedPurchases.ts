// The conditional expectation shared by BG/NBD and MBG/NBD: E[Y(t) | x, t_x, T] = N_x(s)/(1 + c_x e^{(r+x) ln(s/(α+t_x))})
// with s = α + T, c_x = a/(b + x − 1), and N_x(s) (the expected purchases of a customer alive at T) of Fader, Hardie
// & Lee (2005), eq. 10 (see bgNbdConditionalExpectedPurchases.ts for the closed form and its numerics); the
// denominator applies for x > 0, and also for x = 0 when customers may drop out at time 0 (MBG/NBD, called with
// b + 1 for b, so that c_x = a/(b_MBG + x)).
//
// For a fixed fit and horizon N_x depends on the customer only through x and s, so over many customers it is
// interpolated panel by panel in s (panelInterpolants.ts: degree 13 on 4 panels per octave of s, each checked
// against the closed form). That needs N_x analytic in s off (−∞, 0]: N_x(s) = c/(a − 1)·[1 − y^(a−1)
// ₂F₁(a + b − 1 − r, a − 1; a + b + x − 1; 1 − y)] with y = s/(s + t), and y^(a−1) and ₂F₁ (cut z = 1 − y ∈
// [1, ∞), i.e. y ≤ 0) are singular only where s ∈ [−t, 0]; z = ∞ (s = −t) is the remaining branch point. So a
// customer costs a hash probe, a degree-13 polynomial and, for the denominator, one log and one exp, whatever the
// other customers' T; panels are built only where at least 16 customers fall (else the closed form).
import { logHyp2f1Unchecked } from "../../../_lib/logHyp2f1Unchecked.ts";
import type { ColumnKernel, CustomerKernel } from "../../_internal/mapCustomers.ts";
import { createPanelTable, evaluatePanel, type PanelTable, panelOffset } from "../../_internal/panelInterpolants.ts";
import { symmetricRichardson } from "../../_internal/symmetricRichardson.ts";
import { logBgNbdLargeShapeTransform } from "./logBgNbdLargeShapeTransform.ts";

const NEAR = 1e-4;
const STEP = 3e-4;
/** Below this w = (r+x+2)·t/s the second-order expansion is used (next term ≈ w³ relative). */
const TAYLOR = 1e-5;
/** From this shape r + x on, logBgNbdLargeShapeTransform is tried first. */
const LARGE_SHAPE = 50;

/**
 * N_x(s) of the header, s = α + T > 0, in closed form (bgNbdConditionalExpectedPurchases.ts): on short horizons
 * an expansion; within NEAR of a = 1 extrapolated from a ± STEP, a ± 2·STEP, and within NEAR of c = 0 (x = 0
 * only) likewise in b (each O(STEP⁴)); otherwise evaluated directly. NaN if ₂F₁ cannot be evaluated.
 *
 * @param r - r.
 * @param a - a.
 * @param b - b (b + 1 for the MBG/NBD).
 * @param x - Repeat purchases.
 * @param s - α + T.
 * @param t - Horizon > 0.
 * @param sign - Scratch for the sign of ₂F₁.
 * @returns N_x(s).
 * @internal
 */
export function bgNbdFamilyAliveExpectation(
  r: number,
  a: number,
  b: number,
  x: number,
  s: number,
  t: number,
  sign: Float64Array,
): number {
  // Short horizons: the closed form's bracket 1 − (1−z)^(a−1)·2F1(…) cancels catastrophically as z → 0
  // (relative error ≈ 1e-16 / bracket), so use the expansion of E[Y(t) | alive] in t from the posterior of
  // an alive customer — λ ~ Gamma(r+x, α+T), p ~ Beta(a, b+x), independent — and
  // E[Y(t) | λ, p, alive] = (1 − e^{−λpt})/p = λt − λ²p t²/2 + O((λt)³):
  // E[Y(t) | alive] = (r+x)/(α+T)·t − (r+x)(r+x+1)/(α+T)²·a/(a+b+x)·t²/2. The neglected term is O(w³) relative.
  const w = ((r + x + 2) * t) / s;
  if (w < TAYLOR) {
    const rate = (r + x) / s;
    return rate * t - ((rate * (r + x + 1)) / s) * (a / (a + b + x)) * (t * t) * 0.5;
  }
  if (Math.abs(a - 1) < NEAR) {
    return symmetricRichardson((h) => bgNbdFamilyAliveExpectation(r, a + h, b, x, s, t, sign), STEP);
  }
  if (x === 0 && Math.abs(a + b - 1) < NEAR) {
    return symmetricRichardson((h) => bgNbdFamilyAliveExpectation(r, a, b + h, x, s, t, sign), STEP);
  }
  const c = a + b + x - 1;
  let l = r + x >= LARGE_SHAPE ? logBgNbdLargeShapeTransform(r + x, a, b + x, t / s, sign) : Number.NaN;
  if (Number.isNaN(l)) {
    const oneMinusZ = s / (s + t);
    const z = t / (s + t);
    const logOneMinusZ = -Math.log1p(t / s);
    l = (a - 1) * logOneMinusZ + logHyp2f1Unchecked(a + b - 1 - r, a - 1, c, z, sign, oneMinusZ);
    if (Number.isNaN(l)) l = (r + x) * logOneMinusZ + logHyp2f1Unchecked(r + x, b + x, c, z, sign, oneMinusZ);
    // sign[0] is only meaningful when a form succeeded; it still holds the previous customer's sign otherwise.
    if (Number.isNaN(l)) return Number.NaN;
  }
  const sg = sign[0]!;
  const bracket = sg > 0 ? -Math.expm1(l) : sg < 0 ? 1 + Math.exp(l) : 1;
  return (c / (a - 1)) * bracket;
}

/** What the kernel of one fit and horizon holds: parameters, horizon, and its panel table. */
interface FamilyState {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
  readonly t: number;
  readonly dropoutAtZero: boolean;
  readonly table: PanelTable;
  readonly sign: Float64Array;
}

/**
 * The BG/NBD-family conditional-expectation kernel (see the header) for given parameters and horizon t ≥ 0, with
 * its column form.
 *
 * @param r - r.
 * @param alpha - α.
 * @param a - a.
 * @param b - b (b + 1 for the MBG/NBD).
 * @param t - Horizon, finite, ≥ 0.
 * @param dropoutAtZero - Whether a customer with x = 0 may have dropped out (MBG/NBD).
 * @returns (x, t_x, T) ↦ E[Y(t) | x, t_x, T]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function bgNbdFamilyConditionalExpectedPurchases(
  r: number,
  alpha: number,
  a: number,
  b: number,
  t: number,
  dropoutAtZero: boolean,
): CustomerKernel {
  if (t === 0) {
    const columns: ColumnKernel = (_x, _tx, _T, out) => out.fill(0);
    return Object.assign(() => 0, { columns });
  }
  const sign = new Float64Array(1);
  // With dropout at time 0, the whole expectation of a customer with x = 0 is a function of s (N₀(s) times
  // 1/(1 + a/(b − 1)·(s/α)^r), singular at s = 0 and at complex s where the denominator vanishes, which the
  // checks turn away when they come near), so it is interpolated as a whole.
  const table = createPanelTable(1, (x, s, out) => {
    const n = bgNbdFamilyAliveExpectation(r, a, b, x, s, t, sign);
    out[0] = x === 0 && dropoutAtZero ? n / (1 + (a / (b - 1)) * Math.exp(r * Math.log(s / alpha))) : n;
  });
  const state: FamilyState = { r, alpha, a, b, t, dropoutAtZero, table, sign };
  const one = (x: number, tx: number, T: number): number => familyExpectation(state, x, tx, T);
  const columns: ColumnKernel = (xs, txs, Ts, out) => familyColumns(state, xs, txs, Ts, out);
  return Object.assign(one, { columns });
}

// The per-customer work is in module-level functions (not closures made per kernel), so that their optimised
// code and type feedback carry over from one call to the next.

function familyExpectation(state: FamilyState, x: number, tx: number, T: number): number {
  const { r, alpha, a, b, t, table } = state;
  const s = alpha + T;
  const o = panelOffset(table, x, s);
  if (o >= 0 && x === 0) return evaluatePanel(table.pool, o, 0, s);
  const n = o >= 0 ? evaluatePanel(table.pool, o, 0, s) : bgNbdFamilyAliveExpectation(r, a, b, x, s, t, state.sign);
  if (x === 0 && !state.dropoutAtZero) return n;
  return n / (1 + (a / (b + x - 1)) * Math.exp((r + x) * Math.log(s / (alpha + tx))));
}

function familyColumns(
  state: FamilyState,
  xs: Float64Array,
  txs: Float64Array,
  Ts: Float64Array,
  out: Float64Array,
): void {
  const { r, alpha, a, b, t, table, sign } = state;
  const aliveOnly = !state.dropoutAtZero;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    const s = alpha + Ts[i]!;
    const o = panelOffset(table, x, s);
    if (o >= 0) {
      const v = evaluatePanel(table.pool, o, 0, s);
      // x = 0: the table holds the whole expectation (see the kernel).
      out[i] = x === 0 ? v : v / (1 + (a / (b + x - 1)) * Math.exp((r + x) * Math.log(s / (alpha + txs[i]!))));
    } else {
      const v = bgNbdFamilyAliveExpectation(r, a, b, x, s, t, sign);
      out[i] =
        x === 0 && aliveOnly ? v : v / (1 + (a / (b + x - 1)) * Math.exp((r + x) * Math.log(s / (alpha + txs[i]!))));
    }
  }
}
