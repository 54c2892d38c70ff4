import { logHyp2f1Unchecked } from "../_lib/logHyp2f1Unchecked.ts";
import { checkHyp2f1Domain } from "./_internal/checkHyp2f1Domain.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { throwInvalidNumbers } from "./_internal/throwInvalidNumbers.ts";
import type { Hyp2f1Options } from "./Hyp2f1Options.ts";

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) = Σₙ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ, continued analytically
 * to z < 1 (scipy's `hyp2f1` for real arguments). Prefer {@link logHyp2f1} inside likelihoods: ₂F₁ grows
 * like (1 − z)^(c−a−b) and overflows for heavy buyers.
 *
 * @remarks
 * Same method, domain and accuracy as {@link logHyp2f1} (the value is the sign times the exponential of
 * ln|₂F₁|), so the relative error is below 1e-12 · max(1, |ln|₂F₁||) on the test points; negative values
 * are allowed here. Special cases with closed forms are checked in test/math/hyp2f1.test.ts:
 * ₂F₁(1, 1; 2; z) = −ln(1 − z)/z, ₂F₁(a, b; b; z) = (1 − z)^(−a), ₂F₁(½, ½; 3/2; z²) = asin(z)/z and
 * Gauss's sum at z = 1. A value below about 1e-308 underflows to 0.
 *
 * @param a - First numerator parameter.
 * @param b - Second numerator parameter.
 * @param c - Denominator parameter, not 0, −1, −2, ….
 * @param z - Argument, z ≤ 1.
 * @param options - `oneMinusZ`: 1 − z computed without cancellation, for z near 1 (see {@link Hyp2f1Options}).
 * @returns ₂F₁(a, b; c; z).
 * @throws {@link ClienteleInputError} `invalid_input` if an argument is not a finite number, or
 *   `oneMinusZ` is negative or disagrees with z.
 * @throws {@link ClienteleDomainError} `domain_error` if z > 1, c is a non-positive integer, z = 1 with
 *   c − a − b ≤ 0 (the series diverges), no method reaches full accuracy, or the value overflows (use
 *   {@link logHyp2f1}).
 * @example
 * ```ts
 * import { hyp2f1 } from "clientele/math";
 * hyp2f1(1, 1, 2, 0.5); // => 1.3862943611198901 (−ln(1 − z)/z = 2 ln 2)
 * hyp2f1(0.5, 0.5, 1.5, 0.25); // => 1.047197551196598 (asin(½)/½ = π/3)
 * hyp2f1(0.5, 0.5, 1.5, 1); // => 1.5707963267948966 (Gauss's sum: π/2)
 * hyp2f1(-2, 1, 1, 3 / 4); // => 0.0625 (the polynomial (1 − z)²)
 * ```
 * @see {@link logHyp2f1}
 * @category Math
 */
export function hyp2f1(a: number, b: number, c: number, z: number, options?: Hyp2f1Options | undefined): number {
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(z))) {
    throwInvalidNumbers("hyp2f1", { a, b, c, z });
  }
  const oneMinusZ = checkHyp2f1Domain("hyp2f1", a, b, c, z, options?.oneMinusZ);
  // Common case (2F1 > 0) without allocating; a sign slot only when that fails (2F1 ≤ 0 or no method).
  let logAbs = logHyp2f1Unchecked(a, b, c, z, undefined, oneMinusZ);
  let sign = 1;
  if (Number.isNaN(logAbs)) {
    const slot = new Float64Array(1);
    logAbs = logHyp2f1Unchecked(a, b, c, z, slot, oneMinusZ);
    sign = slot[0]!;
  }
  if (Number.isNaN(logAbs)) {
    throw mathDomainError("hyp2f1", `2F1(${a}, ${b}; ${c}; ${z}) could not be evaluated to full accuracy`);
  }
  const value = sign * Math.exp(logAbs);
  if (!Number.isFinite(value)) {
    throw mathDomainError("hyp2f1", `2F1(${a}, ${b}; ${c}; ${z}) overflows (ln|2F1| = ${logAbs}); use logHyp2f1`);
  }
  return value;
}
