// G = (1 − z)^R ₂F₁(R, B; C; z) with C = a + B − 1 and z = u/(1 + u), the term the BG/NBD expectation
// N(x, T) = C/(a − 1) · (1 − G) needs (R = r + x, B = b + x, u = t/(α + T); see
// bgNbdConditionalExpectedPurchases.ts), for a large shape R, where the general log-space ₂F₁ breaks down:
// ₂F₁ itself is of the order (1 − z)^−R and overflows, and its Euler form ₂F₁(C − R, a − 1; C; z) cancels
// to nothing (issue 17, item 1). By Euler's integral G = E[(1 + pu)^−R] over p ~ Beta(a − 1, B), a Laplace
// transform dominated by small p once Ru is large. Two ways, chosen by cost:
// - "series": Ru moderate (the terms of ₂F₁(R, B; C; z) are a negative-binomial-shaped hump around n = Ru
//   of width √(Ru(1 + u))). Every term has the same sign after n = 0 (R, B > 0; C > −1), so the sum is
//   accurate; it is kept in a rescaled form (mantissa and a logarithmic scale), so it cannot overflow.
// - "expansion": R ln(1 + u) large. The connection formula about z = 1 (DLMF 15.8.4) splits G into a part of
//   the order (1 − z)^R, negligible here, and
//     G ≈ (1 − z)^(a−1) Γ(R + 1 − a) Γ(C) / (Γ(R) Γ(B)) · ₂F₁(C − R, a − 1; a − R; 1 − z),
//   whose series falls like (1 − z)ⁿ = (1 + u)^−n, long before the pole of (a − R)ₙ at n = R − a. The
//   gamma ratios are taken as beta functions (logBetaUnchecked), which do not cancel for large R. The
//   dropped part is estimated as (1 − z)^R (Rz)^−B Γ(B) R^(a−1) / |Γ(a − 1)| relative to the kept one and
//   must be below e^−50.
// Before either, for a > 1 (where G < 1), a bound shows when G is negligible beside 1; G is then 0.
// Each returns NaN when its conditions fail; the caller then uses the general ₂F₁.
import { gammaSign } from "../../../_lib/gammaSign.ts";
import { logBetaUnchecked } from "../../../_lib/logBetaUnchecked.ts";
import { logGammaUnchecked } from "../../../_lib/logGammaUnchecked.ts";

const TAIL = 2 ** -56;
/** Most terms either series may take. */
const MAX_TERMS = 40_000;
/** Largest Σ|tₙ| / |Σ tₙ| accepted (three digits). */
const MAX_CANCELLATION = 1000;
/** Rescale the running sum when it passes this size. */
const RESCALE = 2 ** 600;
const LOG_RESCALE = 600 * Math.LN2;
/** Smallest accepted −ln(dropped part / kept part) of the expansion. */
const NEGLIGIBLE = 50;
/** −ln of a G small enough to drop beside 1 (1e-26). */
const NEGLIGIBLE_G = 60;

/**
 * ln|G| of the header by the series, with the sign in sign[0]; NaN if it needs more than MAX_TERMS terms
 * or cancels.
 */
function bySeries(R: number, B: number, C: number, u: number, logY: number, sign: Float64Array): number {
  const mean = R * u;
  if (!(mean + 40 * Math.sqrt(mean * (1 + u)) + 40 * (1 + u) < MAX_TERMS)) return Number.NaN;
  const z = u / (1 + u);
  let term = 1;
  let sum = 1;
  let absSum = 1;
  let logScale = 0;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = (((R + n) * (B + n)) / ((C + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    absSum += Math.abs(term);
    if (absSum > RESCALE) {
      term /= RESCALE;
      sum /= RESCALE;
      absSum /= RESCALE;
      logScale += LOG_RESCALE;
    }
    if (n + 1 > -C) {
      const next = (((R + n + 1) * (B + n + 1)) / ((C + n + 1) * (n + 2))) * z;
      const rho = Math.max(next, z);
      if (rho < 1 && Math.abs(term) * rho <= TAIL * (1 - rho) * Math.abs(sum)) {
        if (!(absSum <= MAX_CANCELLATION * Math.abs(sum))) return Number.NaN;
        sign[0] = sum > 0 ? 1 : -1;
        return R * logY + logScale + Math.log(Math.abs(sum));
      }
    }
  }
  return Number.NaN;
}

/** ln Γ(R + 1 − a) − ln Γ(R) + ln|Γ(C)| − ln Γ(B), C = a + B − 1, as differences of ln B; R + 1 − a > 0. */
function logGammaRatios(R: number, a: number, B: number, C: number): number {
  if (a > 1) return logBetaUnchecked(R + 1 - a, a - 1) - logBetaUnchecked(B, a - 1);
  if (a === 1) return 0;
  const head = -logBetaUnchecked(R, 1 - a);
  if (C > 0) return head + logBetaUnchecked(C, 1 - a);
  return head + logGammaUnchecked(1 - a) + logGammaUnchecked(C) - logGammaUnchecked(B);
}

/** ln|G| of the header by the expansion, with the sign in sign[0]; NaN where it does not apply. */
function byExpansion(R: number, a: number, B: number, C: number, u: number, logY: number, sign: Float64Array): number {
  if (!(a - 1 < R / 2)) return Number.NaN;
  const logZ = Math.log(u / (1 + u));
  const dropped =
    R * logY -
    B * Math.max(0, Math.log(R) + logZ) +
    logGammaUnchecked(B) -
    logGammaUnchecked(a - 1) +
    (a - 1) * Math.log(R);
  if (!(dropped < -NEGLIGIBLE)) return Number.NaN;
  const y = 1 / (1 + u);
  const limit = Math.min(MAX_TERMS, (R - a) / 2);
  const p = C - R;
  const q = a - 1;
  const c = a - R;
  let term = 1;
  let sum = 1;
  let absSum = 1;
  for (let n = 0; n < limit; n++) {
    term *= (((p + n) * (q + n)) / ((c + n) * (n + 1))) * y;
    sum += term;
    absSum += Math.abs(term);
    if (!(absSum < Number.POSITIVE_INFINITY)) return Number.NaN;
    const rho = Math.max(Math.abs((((p + n + 1) * (q + n + 1)) / ((c + n + 1) * (n + 2))) * y), y);
    if (term === 0 || (rho < 1 && Math.abs(term) * rho <= TAIL * (1 - rho) * Math.abs(sum))) {
      if (!(absSum <= MAX_CANCELLATION * Math.abs(sum))) return Number.NaN;
      sign[0] = (sum > 0 ? 1 : -1) * (C > 0 ? 1 : gammaSign(C));
      return (a - 1) * logY + logGammaRatios(R, a, B, C) + Math.log(Math.abs(sum));
    }
  }
  return Number.NaN;
}

/**
 * ln|(1 − z)^R ₂F₁(R, B; a + B − 1; z)| at z = u/(1 + u) for a large R (header), sign in sign[0].
 *
 * @param R - r + x > 0.
 * @param a - The BG/NBD a > 0.
 * @param B - b + x > 0.
 * @param u - t/(α + T) > 0.
 * @param sign - Receives the sign of G.
 * @returns ln|G|, or NaN when neither method applies (the caller falls back to the general ₂F₁).
 * @internal
 */
export function logBgNbdLargeShapeTransform(R: number, a: number, B: number, u: number, sign: Float64Array): number {
  const C = a + B - 1;
  const logY = -Math.log1p(u);
  if (a > 1) {
    // Negligible G: ln(1 + pu) ≥ p ln(1 + u) on [0, 1], so G ≤ E[e^(−λp)] with λ = R ln(1 + u), and
    // Beta(a − 1, B) is sub-Gaussian with variance proxy 1/(4(C + 1)) (Marchal & Arbel 2017), so
    // ln G ≤ −λ′μ + λ′²/(8(C + 1)) for every λ′ ≤ λ, μ = (a − 1)/C; the best λ′ is min(λ, 4μ(C + 1)).
    const mu = (a - 1) / C;
    const lambda = Math.min(-R * logY, 4 * mu * (C + 1));
    const bound = -lambda * mu + (lambda * lambda) / (8 * (C + 1));
    if (bound < -NEGLIGIBLE_G) {
      sign[0] = 1;
      return Number.NEGATIVE_INFINITY;
    }
  }
  const viaSeries = bySeries(R, B, C, u, logY, sign);
  if (!Number.isNaN(viaSeries)) return viaSeries;
  return byExpansion(R, a, B, C, u, logY, sign);
}
