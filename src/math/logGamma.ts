import { logGammaUnchecked } from "../_lib/logGammaUnchecked.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { throwInvalidNumbers } from "./_internal/throwInvalidNumbers.ts";

/**
 * Natural logarithm of the absolute value of the gamma function, ln|Γ(x)| (scipy's `gammaln`, R's
 * `lgamma`). Use it instead of `Math.log(gamma(x))`, which overflows beyond x ≈ 171.
 *
 * @remarks
 * Method: the Taylor series of ln Γ(2 + ε) (Abramowitz & Stegun 6.1.33, ζ-function coefficients) on
 * 0 < x < 2.5 with the recurrence ln Γ(x + 1) = ln Γ(x) + ln x, Stirling's series with Bernoulli numbers up
 * to B₁₆ for x ≥ 10 (DLMF 5.11.1), and the reflection formula for x < 0 (DLMF 5.5.3).
 *
 * Domain: every finite x except the poles 0, −1, −2, …; for negative x the value is ln|Γ(x)|.
 * Accuracy (test/math/logGamma.test.ts, 310 points against mpmath 1.3.0 at 30 digits, including next to
 * the zeros at x = 1 and x = 2 and from 1e-300 to 1e305): relative error asserted ≤ 1e-14, measured at
 * most 4.6e-16 for x > 0 and 1.2e-15 for x < 0 (only absolute accuracy holds next to the zeros of ln|Γ|
 * on the negative axis).
 *
 * @param x - Argument.
 * @returns ln|Γ(x)|.
 * @throws {@link ClienteleInputError} `invalid_input` if x is not a finite number.
 * @throws {@link ClienteleDomainError} `domain_error` at a pole (x = 0, −1, −2, …) or when the result
 *   overflows (x > about 2.5e305).
 * @example
 * ```ts
 * import { logGamma } from "clientele/math";
 * logGamma(5); // => 3.1780538303479458 (ln 4! = ln 24)
 * logGamma(0.5); // => 0.5723649429247001 (ln √π)
 * logGamma(1e-300); // => 690.7755278982137 (≈ −ln x)
 * logGamma(1e10); // => 220258509288.81058
 * logGamma(-0.5); // => 1.2655121234846454 (ln|Γ(−½)| = ln 2√π)
 * ```
 * @see {@link logBeta}, {@link digamma}
 * @category Math
 */
export function logGamma(x: number): number {
  if (!Number.isFinite(x)) throwInvalidNumbers("logGamma", { x });
  if (x <= 0 && x === Math.floor(x)) throw mathDomainError("logGamma", `x = ${x} is a pole of Γ`, ["x"]);
  const value = logGammaUnchecked(x);
  if (!Number.isFinite(value)) throw mathDomainError("logGamma", `ln Γ(${x}) overflows`);
  return value;
}
