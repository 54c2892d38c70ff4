// Pareto/NBD probability that a customer with summary (x, t_x, T) is alive at T (Fader & Hardie 2005,
// note 009, eq. 24; Schmittlein, Morrison & Colombo 1987):
//   P(alive | x, t_x, T) = 1 / (1 + s/(r + s + x) · (α + T)^(r+x) (β + T)^s · A₀),
// with A₀ of paretoNbdLogA0.ts. paretoNbdLogDeadOdds gives the log of the odds of being dead,
// D = ln s − ln(r + s + x) + (r + x) ln(α + T) + s ln(β + T) + ln A₀, whose logistic cannot overflow;
// t_x = T gives A₀ = 0 and P(alive) = 1.
//
// The kernel over many customers (paretoNbdProbabilityAlive) evaluates the odds e^D in linear scale where
// that is safe, A₀ = e^(e(t_x)) − e^(e(T)) as in paretoNbdLogA0.ts:
//   e^D = e^(K + e(t_x)) − e^(K + e(T)),   K = ln s − ln(r + s + x) + (r + x) ln(α + T) + s ln(β + T),
//   e^(K + e(t_x)) = e^(K + (1 − b) ln(q + t_x) − d ln(p + t_x)) · G,
// with (p, q, b, d) = (α, β, s + 1, r + x) if α ≥ β, else (β, α, r + x, s + 1), and G the Euler-transformed
// series of ₂F₁ (hyp2f1UnitShiftEulerSum.ts), since e(t) = (1 − b) ln(1 − z) + ln G − m ln(p + t) and
// 1 − z = (q + t)/(p + t). That takes two logarithms and one exponential per customer instead of six
// transcendental functions, with the same conditioning: both forms lose about |K + e(t_x)| ulps to the
// rounding of the exponent, and both subtract e(t_x) from e(T) (here e^(K + e(T)) from e^(K + e(t_x))), which
// cancels as t_x → T (an odds that rounds below 0 there is taken as 0, i.e. P(alive) = 1 to rounding).
// Where the odds are not finite (overflow, P(alive) below 1e-300) or the series is not used (z near 1), the
// logistic of D is taken instead. Where |K| > K_LIMIT (s or r + x very large: nearly constant rates), this
// form cancels, and D comes from paretoNbdLogDeadOddsByQuadrature.ts.
//
// The kernel remembers what depends on x and T only: K, e(T) and e^(K + e(T)) for the current T, and the whole
// P(alive) at t_x = 0 (every customer without repeat purchases). On a cohort (one T for all) a customer then
// costs one series, at z(t_x), and one without repeat purchases a table look-up. The memory is a per-x table
// stamped with the current T (x < CACHED_X; larger x are computed afresh), grown on demand and living in the
// kernel's closure; it
// changes no digit: the same operations run in the same order, whatever came before.

import { logDiffExpUnchecked } from "../../../_lib/logDiffExpUnchecked.ts";
import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";
import { hyp2f1UnitShiftEulerSum } from "./hyp2f1UnitShiftEulerSum.ts";
import { gaussLegendre16 } from "./paretoNbdDiscountedAliveTime.ts";
import { paretoNbdLogA0, paretoNbdLogA0Term } from "./paretoNbdLogA0.ts";
import { paretoNbdLogDeadOddsByQuadrature } from "./paretoNbdLogDeadOddsByQuadrature.ts";
import { paretoNbdScoringKernel } from "./paretoNbdScoringKernel.ts";

/** Frequencies below this get a table entry in the kernel (the table grows with the largest x seen). */
const CACHED_X = 1024;
/**
 * Past this |K| the ₂F₁ form cancels (|K|·ε of rounding in D: 1e-12 at K = 1e4, 3e-8 at 2e8, NaN at 2e10)
 * and its series grows long; D is then taken by quadrature (paretoNbdLogDeadOddsByQuadrature.ts), which agrees
 * with mpmath to 1e-14 everywhere tested. Below it the two agree to 1e-13.
 */
const K_LIMIT = 1e4;
/** Table fields per x: stamp of T, K, e(T), e^(K + e(T)), stamp of P(alive) at t_x = 0, that P(alive). */
const STRIDE = 6;

/**
 * ln of the odds of being dead, ln[(1 − P(alive))/P(alive)], of one customer (−∞ when t_x = T).
 *
 * @param params - r, α, s, β.
 * @param x - Repeat purchases.
 * @param tx - Time of the last purchase.
 * @param T - Observation length.
 * @returns The log-odds; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function paretoNbdLogDeadOdds(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const k = Math.log(s / (r + s + x)) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T);
  if (!(Math.abs(k) <= K_LIMIT)) return paretoNbdLogDeadOddsByQuadrature(params, x, tx, T, gaussLegendre16());
  return k + paretoNbdLogA0(r, alpha, s, beta, x, tx, T);
}

/**
 * The Pareto/NBD P(alive) kernel for given parameters, with its column form: over many customers the ₂F₁ parts
 * are interpolated per x with a checked bound (paretoNbdScoringKernel.ts), and this file's closed form is the
 * fallback.
 *
 * @param params - r, α, s, β.
 * @returns (x, t_x, T) ↦ P(alive) in [0, 1]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams): CustomerKernel {
  return paretoNbdScoringKernel(params, undefined, paretoNbdProbabilityAliveClosedForm(params));
}

/**
 * The Pareto/NBD P(alive) kernel for given parameters in closed form (see the header), one customer at a time.
 *
 * @param params - r, α, s, β.
 * @returns (x, t_x, T) ↦ P(alive) in [0, 1]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function paretoNbdProbabilityAliveClosedForm(params: ParetoNbdParams): CustomerKernel {
  const { r, alpha, s, beta } = params;
  const upper = alpha >= beta;
  const p = upper ? alpha : beta;
  const q = upper ? beta : alpha;
  const gap = p - q;
  // Per x (STRIDE fields from STRIDE·x): the stamp (generation) of the T the entries belong to (0: none), K,
  // e(T), e^(K + e(T)), the stamp of P(alive) at t_x = 0 and that P(alive). Grown on demand, so that a kernel
  // used for a few customers allocates little.
  const table: number[] = [];
  let lastT = Number.NaN;
  let generation = 0;
  let logAlphaT = 0;
  let logBetaT = 0;
  /** P(alive) from K = k, e(T) = eT and e^(K + e(T)) = oddsT, for t_x < T. */
  const alive = (x: number, tx: number, T: number, k: number, eT: number, oddsT: number): number => {
    if (!(Math.abs(k) <= K_LIMIT))
      return logistic(-paretoNbdLogDeadOddsByQuadrature(params, x, tx, T, gaussLegendre16()));
    const b = upper ? s + 1 : r + x;
    const d = upper ? r + x : s + 1;
    const pt = p + tx;
    const qt = q + tx;
    const g = hyp2f1UnitShiftEulerSum(r + s + x, b, d, gap / pt, qt / pt);
    const odds = Math.exp(k + (1 - b) * Math.log(qt) - d * Math.log(pt)) * g - oddsT;
    if (odds < Number.POSITIVE_INFINITY && oddsT < Number.POSITIVE_INFINITY) return odds > 0 ? 1 / (1 + odds) : 1;
    // Odds not finite, or G not summed (NaN): the logistic of the log-odds.
    return logistic(-(k + logDiffExpUnchecked(paretoNbdLogA0Term(r, alpha, s, beta, x, tx), eT)));
  };
  /** e(T) of paretoNbdLogA0.ts, not needed (and slow to get) where K is past K_LIMIT. */
  const termAtT = (x: number, T: number, k: number): number =>
    Math.abs(k) <= K_LIMIT ? paretoNbdLogA0Term(r, alpha, s, beta, x, T) : Number.NaN;
  return (x, tx, T) => {
    if (tx === T) return 1;
    if (T !== lastT) {
      lastT = T;
      generation++;
      logAlphaT = Math.log(alpha + T);
      logBetaT = Math.log(beta + T);
    }
    if (x >= CACHED_X) {
      const k = Math.log(s / (r + s + x)) + (r + x) * logAlphaT + s * logBetaT;
      const eT = termAtT(x, T, k);
      return alive(x, tx, T, k, eT, Math.exp(k + eT));
    }
    const at = STRIDE * x;
    while (table.length <= at) table.push(0, 0, 0, 0, 0, 0);
    if (table[at] !== generation) {
      const k = Math.log(s / (r + s + x)) + (r + x) * logAlphaT + s * logBetaT;
      const eT = termAtT(x, T, k);
      table[at] = generation;
      table[at + 1] = k;
      table[at + 2] = eT;
      table[at + 3] = Math.exp(k + eT);
    }
    if (tx !== 0) return alive(x, tx, T, table[at + 1]!, table[at + 2]!, table[at + 3]!);
    if (table[at + 4] !== generation) {
      table[at + 4] = generation;
      table[at + 5] = alive(x, 0, T, table[at + 1]!, table[at + 2]!, table[at + 3]!);
    }
    return table[at + 5]!;
  };
}

/** 1/(1 + e^(−v)) without overflow. */
function logistic(v: number): number {
  if (v < 0) {
    const e = Math.exp(v);
    return e / (1 + e);
  }
  return 1 / (1 + Math.exp(-v));
}
