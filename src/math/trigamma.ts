import { mathDomainError } from "./_internal/mathDomainError.ts";
import { throwInvalidNumbers } from "./_internal/throwInvalidNumbers.ts";
import { trigammaUnchecked } from "./_internal/trigammaUnchecked.ts";

/**
 * The trigamma function ψ′(x) = d²/dx² ln Γ(x), for analytic Hessians (observed information) of gamma and
 * beta log-likelihoods.
 *
 * @remarks
 * Method: the recurrence ψ′(x) = ψ′(x + 1) + 1/x² up to x ≥ 10 (all terms positive, no cancellation) and
 * the asymptotic series with Bernoulli numbers up to B₁₆ (DLMF 5.15.5, 5.15.8); the reflection formula
 * ψ′(1 − x) + ψ′(x) = π²/sin²(πx) for x < 0 (DLMF 5.15.6).
 *
 * Domain: every finite x except the poles 0, −1, −2, …. Accuracy (test/math/trigamma.test.ts, 182 points
 * against mpmath 1.3.0): relative error asserted ≤ 1e-14, measured at most 4.3e-16.
 *
 * @param x - Argument.
 * @returns ψ′(x) (positive for x > 0).
 * @throws {@link ClienteleInputError} `invalid_input` if x is not a finite number.
 * @throws {@link ClienteleDomainError} `domain_error` at a pole (x = 0, −1, −2, …) or when the result
 *   overflows (|x| within about 1.5e-154 of a pole).
 * @example
 * ```ts
 * import { trigamma } from "clientele/math";
 * trigamma(1); // => 1.6449340668482264 (π²/6)
 * trigamma(0.5); // => 4.93480220054468 (π²/2, to 1 ulp)
 * trigamma(1e8); // => 1.000000005e-8 (1/x + 1/(2x²))
 * ```
 * @see {@link digamma}
 * @category Math
 */
export function trigamma(x: number): number {
  if (!Number.isFinite(x)) throwInvalidNumbers("trigamma", { x });
  if (x <= 0 && x === Math.floor(x)) throw mathDomainError("trigamma", `x = ${x} is a pole of ψ′`, ["x"]);
  const value = trigammaUnchecked(x);
  if (!Number.isFinite(value)) throw mathDomainError("trigamma", `ψ′(${x}) overflows`);
  return value;
}
