// Legendre's continued fraction for the upper incomplete gamma function (DLMF 8.9.2), in the even form of
// Numerical Recipes (Press et al., 3rd ed. 2007, §6.2):
//   Γ(a, x) = e^(−x) x^a · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …))),
// valid for every real a and x > 0, converging fast for x ≥ a + 1 (in about 85/x steps near x = 1),
// evaluated by the modified Lentz method (Thompson & Barnett 1986). It returns the fraction h alone, so
// callers scale it in log space (Q(a, x) = e^(a ln x − x − ln Γ(a)) h) or use it directly (the Laplace
// transform of the Pareto/NBD survival curve is h with a = 1 − s).
const EPS = Number.EPSILON;
const FPMIN = Number.MIN_VALUE / EPS;
const MAX_STEPS = 100_000;

/**
 * The continued fraction h(a, x) = Γ(a, x) e^x x^(−a) (see the header). Unchecked: x > 0, finite.
 *
 * @param a - Any real a.
 * @param x - x > 0 (x ≥ a + 1 for fast convergence).
 * @returns h.
 * @internal
 */
export function upperGammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_STEPS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}
