// Pareto/NBD expected number of purchases in (T, T + t] of a customer with summary (x, t_x, T)
// (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005, note 009, eq. 25):
//   E[Y(t) | x, t_x, T] = (r + x)(β + T) / ((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))^(s−1)] · P(alive),
// i.e. the posterior mean purchase rate (r + x)/(α + T) times the expected alive time in (T, T + t] of a
// customer alive at T, (β + T) · [1 − (1 + u)^(−(s−1))]/(s − 1) with u = t/(β + T). That factor is taken as
// −expm1(−(s − 1) ln(1 + u))/(s − 1) with ln(1 + u) = log1p(u), which has full relative accuracy for every
// t > 0 (no cancellation as t → 0, where it tends to u, so E[X(t)]/t → r/α) and for s near 1, where it
// becomes ln(1 + u)(1 − (s − 1) ln(1 + u)/2) (next term (s − 1)² ln³(1 + u)/6, below 10⁻¹⁶ relative).
// With x = t_x = T = 0 (P(alive) = 1) it is E[X(t)] = rβ/(α(s − 1)) · [1 − (β/(β + t))^(s−1)].
import type { CustomerKernel } from "../../_internal/mapCustomers.ts";
import type { ParetoNbdParams } from "../ParetoNbdParams.ts";
import { paretoNbdProbabilityAlive } from "./paretoNbdProbabilityAlive.ts";

/** Frequencies below this get a table entry for the mean (the table grows with the largest x seen). */
const CACHED_X = 1024;

/** ∫₀^u (1 + v)^(−s) dv = [1 − (1 + u)^(−(s−1))]/(s − 1), accurate for every u ≥ 0 and s > 0. */
function aliveTime(s: number, u: number): number {
  const l = Math.log1p(u);
  const k = (s - 1) * l;
  if (Math.abs(k) < 1e-8) return l * (1 - k / 2);
  return -Math.expm1(-k) / (s - 1);
}

/**
 * The Pareto/NBD conditional-expectation kernel for given parameters and horizon t ≥ 0.
 *
 * @param params - r, α, s, β.
 * @param t - Horizon, finite, ≥ 0.
 * @returns (x, t_x, T) ↦ E[Y(t) | x, t_x, T]; NaN where ₂F₁ cannot be evaluated.
 * @internal
 */
export function paretoNbdConditionalExpectedPurchases(params: ParetoNbdParams, t: number): CustomerKernel {
  const { r, alpha, s, beta } = params;
  if (t === 0) return () => 0;
  const alive = paretoNbdProbabilityAlive(params);
  // The posterior mean purchases of a customer alive throughout depend on (x, T) only: remembered per x for
  // the current T, as in paretoNbdProbabilityAlive (same operations, same digits).
  // table[2x] is the stamp (generation) of the T that table[2x + 1] belongs to; grown on demand.
  const table: number[] = [];
  let lastT = Number.NaN;
  let generation = 0;
  const aliveMean = (x: number, T: number): number => {
    const bT = beta + T;
    return ((r + x) / (alpha + T)) * bT * aliveTime(s, t / bT);
  };
  return (x, tx, T) => {
    if (x >= CACHED_X) return aliveMean(x, T) * alive(x, tx, T);
    if (T !== lastT) {
      lastT = T;
      generation++;
    }
    const at = 2 * x;
    while (table.length <= at) table.push(0, 0);
    if (table[at] !== generation) {
      table[at] = generation;
      table[at + 1] = aliveMean(x, T);
    }
    return table[at + 1]! * alive(x, tx, T);
  };
}
