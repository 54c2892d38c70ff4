// Stirling's series for ln Γ (DLMF 5.11.1; Abramowitz & Stegun 6.1.40):
//   ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + Σ_{k≥1} B_{2k} / (2k (2k − 1) x^{2k−1}),
// with Bernoulli numbers B_2 … B_16. For x ≥ 10 the first omitted term, B_18 / (18·17·x^17), is below
// 2e-18, far under one ulp of the result.

const S1 = 1 / 12; // B2 / (2·1)
const S2 = -1 / 360; // B4 / (4·3)
const S3 = 1 / 1260; // B6 / (6·5)
const S4 = -1 / 1680; // B8 / (8·7)
const S5 = 1 / 1188; // B10 / (10·9)
const S6 = -691 / 360360; // B12 / (12·11)
const S7 = 1 / 156; // B14 / (14·13)
const S8 = -3617 / 122400; // B16 / (16·15)

/**
 * The Stirling correction ω(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], by the Bernoulli-number
 * series truncated after B₁₆. Accurate to about 1e-18 absolute for x ≥ 10; not meant for smaller x.
 *
 * @param x - Argument, x ≥ 10.
 * @returns ω(x) ≈ 1/(12x).
 * @internal
 */
export function stirlingCorrection(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return r * (S1 + r2 * (S2 + r2 * (S3 + r2 * (S4 + r2 * (S5 + r2 * (S6 + r2 * (S7 + r2 * S8)))))));
}
