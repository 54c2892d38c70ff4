// The series of ₂F₁(a, b; a + 1; z) after Euler's transformation (DLMF 15.8.1; Abramowitz & Stegun 15.3.3),
// for a > 0, b > 0, 0 ≤ z < 1, with c = a + 1 and d = a + 1 − b > 0:
//   ₂F₁(a, b; a + 1; z) = (1 − z)^(1−b) G,   G = ₂F₁(1, d; a + 1; z) = Σₙ tₙ,
//   t₀ = 1,   tₙ₊₁ = ρₙ tₙ,   ρₙ = z (d + n)/(a + 1 + n).
// With d > 0 every term is positive (no cancellation), and since a + 1 − d = b > 0 the ratios ρₙ increase
// towards z and stay below it, so 1 ≤ G ≤ 1/(1 − z) and nothing overflows, however large b is: for a heavy
// buyer of the Pareto/NBD (b = r + x large) the ratios start near z d/(d + b) and the series needs a handful of
// terms, where the plain series of ₂F₁(a, b; a + 1; z) climbs to a peak near term b z/(1 − z) first.
// Stopping rule: the tail after tₙ lies between tₙ ρₙ/(1 − ρₙ) (all later ratios ≥ ρₙ) and tₙ z/(1 − z)
// (all ratios < z); its midpoint is added and the sum stops once half the width,
// tₙ z b / (2 (1 − z)(a + 1 + n − z(d + n))), is below 2⁻⁵⁴ of the sum. The relative rounding error of
// the sum is a few ulps (the k-th term carries about 3k rounding errors, weighted by tₖ/G; about
// 3ε z/(1 − z) in all).
// The caller passes d = a + 1 − b and y = 1 − z as computed without cancellation (for the Pareto/NBD,
// d = r + x or s + 1 exactly, and y = (β + t)/(α + t) or (α + t)/(β + t)). Where the series would need more
// than MAX_TERMS terms (z near 1 with a small b) or d ≤ 0, the result is NaN and the caller uses another method.

const MAX_TERMS = 400;
const HALF_TOLERANCE = 2 * 2 ** -54;

/**
 * G = ₂F₁(1, d; a + 1; z), the series that gives ₂F₁(a, b; a + 1; z) = (1 − z)^(1−b) G (see the header);
 * allocation-free.
 *
 * @param a - First parameter of ₂F₁(a, b; a + 1; z), > 0.
 * @param b - Second parameter, > 0.
 * @param d - a + 1 − b, computed without cancellation.
 * @param z - Argument in [0, 1).
 * @param y - 1 − z, computed without cancellation.
 * @returns G in [1, 1/(1 − z)]; NaN where the series is not used (d ≤ 0, or more than 400 terms needed).
 * @internal
 */
export function hyp2f1UnitShiftEulerSum(a: number, b: number, d: number, z: number, y: number): number {
  if (!(d > 0)) return Number.NaN;
  const c = a + 1;
  const zb = z * b;
  const ky = HALF_TOLERANCE * y;
  let t = 1;
  let g = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    const dn = d + n;
    const cn = c + n;
    // Half-width of the tail interval ≤ 2⁻⁵⁴ g, without a division: tₙ z b ≤ 2⁻⁵³ g y (cₙ − z dₙ).
    const gap = cn - z * dn;
    if (t * zb <= ky * g * gap) {
      // Midpoint of [tₙ ρₙ/(1 − ρₙ), tₙ z/(1 − z)], with ρₙ/(1 − ρₙ) = z dₙ/gap.
      return g + 0.5 * t * z * (dn / gap + 1 / y);
    }
    t *= (z * dn) / cn;
    g += t;
  }
  return Number.NaN;
}
