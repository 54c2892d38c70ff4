import { digammaUnchecked } from "../_lib/digammaUnchecked.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { throwInvalidNumbers } from "./_internal/throwInvalidNumbers.ts";

/**
 * The digamma function ψ(x) = d/dx ln Γ(x) = Γ′(x)/Γ(x), needed for gradients of gamma and beta
 * log-likelihoods.
 *
 * @remarks
 * Method: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10 and the asymptotic series with Bernoulli
 * numbers up to B₁₆ (DLMF 5.5.2, 5.11.2); a Taylor series about the positive zero x₀ = 1.46163… for
 * |x − x₀| ≤ ¼, so relative accuracy holds there too; the reflection formula ψ(1 − x) − ψ(x) = π cot πx
 * for x < 0 (DLMF 5.5.4).
 *
 * Domain: every finite x except the poles 0, −1, −2, …. Accuracy (test/math/digamma.test.ts, 183 points
 * against mpmath 1.3.0, 1e-300 to 1e300 and next to x₀): relative error asserted ≤ 1e-14, measured at most
 * 7.9e-16 for x > 0 and 2.6e-15 for x < 0 (only absolute accuracy holds next to the negative zeros).
 *
 * @param x - Argument.
 * @returns ψ(x).
 * @throws {@link ClienteleInputError} `invalid_input` if x is not a finite number.
 * @throws {@link ClienteleDomainError} `domain_error` at a pole (x = 0, −1, −2, …) or when the result
 *   overflows (0 < |x| < about 5.6e-309).
 * @example
 * ```ts
 * import { digamma } from "clientele/math";
 * digamma(1); // => -0.5772156649015329 (−γ, Euler–Mascheroni)
 * digamma(0.5); // => -1.9635100260214235 (−γ − 2 ln 2)
 * digamma(1e15); // => 34.538776394910684 (≈ ln x)
 * ```
 * @see {@link trigamma}, {@link logGamma}
 * @category Math
 */
export function digamma(x: number): number {
  if (!Number.isFinite(x)) throwInvalidNumbers("digamma", { x });
  if (x <= 0 && x === Math.floor(x)) throw mathDomainError("digamma", `x = ${x} is a pole of ψ`, ["x"]);
  const value = digammaUnchecked(x);
  if (!Number.isFinite(value)) throw mathDomainError("digamma", `ψ(${x}) overflows`);
  return value;
}
