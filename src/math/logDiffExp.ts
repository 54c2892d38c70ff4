import { logDiffExpUnchecked } from "../_lib/logDiffExpUnchecked.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { throwInvalidNumbers } from "./_internal/throwInvalidNumbers.ts";

/**
 * ln(eᵃ − eᵇ) for a > b (Stan's `log_diff_exp`): the difference of two terms held as logarithms, as in
 * the Pareto/NBD likelihood, where one incomplete-integral term is subtracted from another.
 *
 * @remarks
 * Computed as a + log(1 − e^(b−a)) with Mächler's (2012, "Accurately computing log(1 − exp(−|a|))")
 * switch between log(−expm1(d)) for d > −ln 2 and log1p(−exp(d)) otherwise, d = b − a, which keeps
 * relative accuracy both when a and b are nearly equal and when they are far apart. Allocation-free.
 *
 * @param a - Logarithm of the larger term.
 * @param b - Logarithm of the smaller term.
 * @returns ln(eᵃ − eᵇ).
 * @throws {@link ClienteleInputError} `invalid_input` if a or b is not a finite number.
 * @throws {@link ClienteleDomainError} `domain_error` if a ≤ b (the difference is zero or negative).
 * @example
 * ```ts
 * import { logDiffExp } from "clientele/math";
 * logDiffExp(Math.log(5), Math.log(3)); // => 0.6931471805599453 (ln 2)
 * logDiffExp(1e-20, 0); // => -46.051701859880914 (ln(e^1e−20 − 1) = ln 1e−20)
 * ```
 * @see {@link logAddExp}
 * @category Math
 */
export function logDiffExp(a: number, b: number): number {
  if (!(Number.isFinite(a) && Number.isFinite(b))) throwInvalidNumbers("logDiffExp", { a, b });
  if (!(a > b)) throw mathDomainError("logDiffExp", `expected a > b, received a = ${a}, b = ${b}`, ["b"]);
  return logDiffExpUnchecked(a, b);
}
