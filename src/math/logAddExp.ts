import { logAddExpUnchecked } from "../_lib/logAddExpUnchecked.ts";
import { throwInvalidNumbers } from "./_internal/throwInvalidNumbers.ts";

/**
 * ln(eᵃ + eᵇ), the two-term {@link logSumExp} (numpy's `logaddexp`), without overflow and without losing
 * the smaller term.
 *
 * @remarks
 * Computed as max(a, b) + log1p(exp(−|a − b|)); accurate to a few ulps. Allocation-free.
 *
 * @param a - Logarithm of the first term.
 * @param b - Logarithm of the second term.
 * @returns ln(eᵃ + eᵇ).
 * @throws {@link ClienteleInputError} `invalid_input` if a or b is not a finite number.
 * @example
 * ```ts
 * import { logAddExp } from "clientele/math";
 * logAddExp(Math.log(2), Math.log(3)); // => 1.6094379124341003 (ln 5)
 * logAddExp(800, 800); // => 800.6931471805599 (no overflow)
 * logAddExp(0, -40); // => 4.248354255291589e-18 (the small term kept: log1p(e^−40))
 * ```
 * @see {@link logSumExp}, {@link logDiffExp}
 * @category Math
 */
export function logAddExp(a: number, b: number): number {
  if (!(Number.isFinite(a) && Number.isFinite(b))) throwInvalidNumbers("logAddExp", { a, b });
  return logAddExpUnchecked(a, b);
}
