import { logHyp2f1Unchecked } from "../_lib/logHyp2f1Unchecked.ts";
import { checkHyp2f1Domain } from "./_internal/checkHyp2f1Domain.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { throwInvalidNumbers } from "./_internal/throwInvalidNumbers.ts";
import type { Hyp2f1Options } from "./Hyp2f1Options.ts";

/**
 * Natural logarithm of the Gauss hypergeometric function, ln ₂F₁(a, b; c; z), finite where ₂F₁ itself
 * overflows: the form the Pareto/NBD likelihood and the BG/NBD and MBG/NBD expectations need for heavy
 * buyers (large x) and long horizons (z near 1).
 *
 * @remarks
 * Method (DLMF §15.8; Abramowitz & Stegun 15.3): Pfaff's transformation maps z < 0 into (0, 1); there the
 * Gauss series and its Euler transform are tried, faster-decaying first; for ½ < z < 1 when neither is
 * accurate, the connection formula about z = 1 (A&S 15.3.6, gamma ratios as beta functions), and when
 * c − a − b is within 0.01 of an integer, analytic continuation by Taylor steps of the hypergeometric
 * differential equation (Pearson, Olver & Porter 2017, §4.7); z = 1 by Gauss's sum. All prefactors are
 * kept as logarithms. See docs/concepts/numerics.md.
 *
 * Domain: finite a, b, c with c ∉ {0, −1, −2, …}; z < 1, or z = 1 when c − a − b > 0 (or the series
 * terminates); ₂F₁ > 0 there (use {@link hyp2f1} for negative values). Near z = 1 pass the exactly
 * computed 1 − z as `options.oneMinusZ` (see {@link Hyp2f1Options}); otherwise the rounding of z limits
 * the accuracy to about (c − a − b) · 1.1e-16 / (1 − z). Accuracy
 * (test/math/logHyp2f1.test.ts, 1,573 points against mpmath 1.3.0, including the Pareto/NBD forms
 * ₂F₁(r+s+x, s+1 | s | r+x; r+s+x+1; z) for x up to 10,000 and z from −10⁶ to 1 − 10⁻⁸, the BG/NBD and
 * MBG/NBD forms for t up to 10¹⁰⁰ with `oneMinusZ`, and parameters down to 1e-8):
 * |error| ≤ 1e-12 · max(1, |ln ₂F₁|) asserted, i.e. the relative error of ₂F₁ when |ln ₂F₁| ≤ 1 and of the
 * logarithm beyond; measured at most 1.2e-13 (the error grows with the size of the parameters, about
 * 1e-16 · max(|a|, |b|, |c|)).
 *
 * Outside the models' range some combinations cannot be evaluated accurately, notably z < 0 with a and b
 * both much larger than c, where ₂F₁ is far smaller than the terms of every series; those throw
 * `domain_error` rather than return an inaccurate value.
 *
 * @param a - First numerator parameter.
 * @param b - Second numerator parameter.
 * @param c - Denominator parameter, not 0, −1, −2, ….
 * @param z - Argument, z ≤ 1.
 * @param options - `oneMinusZ`: 1 − z computed without cancellation, for z near 1 (see {@link Hyp2f1Options}).
 * @returns ln ₂F₁(a, b; c; z).
 * @throws {@link ClienteleInputError} `invalid_input` if an argument is not a finite number, or
 *   `oneMinusZ` is negative or disagrees with z.
 * @throws {@link ClienteleDomainError} `domain_error` if z > 1, c is a non-positive integer, z = 1 with
 *   c − a − b ≤ 0 (the series diverges), ₂F₁ ≤ 0, or no method reaches full accuracy.
 * @example
 * ```ts
 * import { logHyp2f1 } from "clientele/math";
 * logHyp2f1(1, 1, 2, 0.5); // => 0.32663425997828066 (ln(−ln(1 − z)/z) = ln(2 ln 2))
 * logHyp2f1(3, 1, 1, 0.9); // => 6.907755278982138 (ln (1 − z)^−3 = 3 ln 10)
 * // Pareto/NBD with a heavy buyer (r = 0.55, s = 0.61, x = 500): 2F1(r+s+x, r+x; r+s+x+1; 0.99) ≈ 1e999
 * logHyp2f1(501.16, 500.55, 502.16, 0.99); // => 2300.5159518360697
 * logHyp2f1(501.16, 1.61, 502.16, 1 - 1e-8); // => 17.946518989058816
 * logHyp2f1(1, 1, 2, -1e6); // => -11.189718571105887 (ln(ln(1 + 10⁶)/10⁶))
 * ```
 * @see {@link hyp2f1}
 * @category Math
 */
export function logHyp2f1(a: number, b: number, c: number, z: number, options?: Hyp2f1Options | undefined): number {
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(z))) {
    throwInvalidNumbers("logHyp2f1", { a, b, c, z });
  }
  const oneMinusZ = checkHyp2f1Domain("logHyp2f1", a, b, c, z, options?.oneMinusZ);
  // Common case (2F1 > 0) without allocating; the sign slot only to explain a NaN.
  const value = logHyp2f1Unchecked(a, b, c, z, undefined, oneMinusZ);
  if (Number.isFinite(value)) return value;
  const sign = new Float64Array(1);
  const logAbs = logHyp2f1Unchecked(a, b, c, z, sign, oneMinusZ);
  if (Number.isNaN(logAbs)) {
    throw mathDomainError("logHyp2f1", `2F1(${a}, ${b}; ${c}; ${z}) could not be evaluated to full accuracy`);
  }
  if (sign[0]! <= 0) {
    throw mathDomainError("logHyp2f1", `2F1(${a}, ${b}; ${c}; ${z}) is not positive; use hyp2f1`);
  }
  throw mathDomainError("logHyp2f1", `ln 2F1(${a}, ${b}; ${c}; ${z}) = ${logAbs} is not finite`);
}
