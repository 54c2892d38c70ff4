// Trigamma ψ′(x) = d²/dx² ln Γ(x). Method:
// - x ≥ 10: the asymptotic series ψ′(x) = 1/x + 1/(2x²) + Σ_{k=1}^{8} B_{2k} / x^{2k+1} (DLMF 5.15.8),
//   Bernoulli numbers B₂ … B₁₆; the first omitted term is below 1e-17 relative at x = 10.
// - 0 < x < 10: the recurrence ψ′(x) = ψ′(x + 1) + 1/x² (DLMF 5.15.5); all terms are positive, so no
//   cancellation.
// - x < 0 (non-integer): the reflection ψ′(1 − x) + ψ′(x) = π² / sin²(πx) (DLMF 5.15.6).
import { sinPi } from "../../_lib/sinPi.ts";

const PI_SQUARED = Math.PI * Math.PI;

// B_{2k} for k = 1 … 8.
const B2 = 1 / 6;
const B4 = -1 / 30;
const B6 = 1 / 42;
const B8 = -1 / 30;
const B10 = 5 / 66;
const B12 = -691 / 2730;
const B14 = 7 / 6;
const B16 = -3617 / 510;

/**
 * ψ′(x) without validation, for hot loops.
 *
 * @param x - Any number.
 * @returns ψ′(x); NaN at the poles x = 0, −1, −2, … and for NaN or −∞; 0 for +∞; +∞ when 1/x²
 *   overflows (0 < x < about 1.5e-154).
 * @internal
 */
export function trigammaUnchecked(x: number): number {
  if (!(x > 0)) {
    if (!(x > Number.NEGATIVE_INFINITY) || x === Math.floor(x)) return Number.NaN;
    const s = sinPi(x);
    return PI_SQUARED / (s * s) - trigammaUnchecked(1 - x);
  }
  if (x === Number.POSITIVE_INFINITY) return 0;
  let shift = 0;
  let y = x;
  while (y < 10) {
    shift += 1 / (y * y);
    y += 1;
  }
  const r = 1 / y;
  const r2 = r * r;
  const series = B2 + r2 * (B4 + r2 * (B6 + r2 * (B8 + r2 * (B10 + r2 * (B12 + r2 * (B14 + r2 * B16))))));
  return shift + r * (1 + r * (0.5 + r * series));
}
