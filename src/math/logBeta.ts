import { logBetaUnchecked } from "../_lib/logBetaUnchecked.ts";
import { mathDomainError } from "./_internal/mathDomainError.ts";
import { throwInvalidNumbers } from "./_internal/throwInvalidNumbers.ts";

/**
 * Natural logarithm of the beta function, ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) (scipy's `betaln`),
 * arranged so that large arguments do not cancel.
 *
 * @remarks
 * Method: with p = min(a, b) and q = max(a, b), Stirling's series for the large arguments with the
 * (x − ½) ln x terms combined analytically (the scheme of R's `lbeta`, after Didonato & Morris 1992, TOMS
 * 708); three {@link logGamma} values when both are below 10.
 *
 * Domain: a > 0 and b > 0. Accuracy (test/math/logBeta.test.ts, 149 points against mpmath 1.3.0, a and b
 * from 1e-8 to 1e15): relative error asserted ≤ 1e-14 (or 1e-16 absolute), measured at most 1.9e-15;
 * B(1, 1) = 1 exactly. Next to the zero of ln B (B(a, b) ≈ 1) only absolute accuracy (≈1e-16) holds.
 *
 * @param a - First argument, > 0.
 * @param b - Second argument, > 0.
 * @returns ln B(a, b).
 * @throws {@link ClienteleInputError} `invalid_input` if a or b is not a finite number.
 * @throws {@link ClienteleDomainError} `domain_error` if a ≤ 0 or b ≤ 0.
 * @example
 * ```ts
 * import { logBeta } from "clientele/math";
 * logBeta(2, 3); // => -2.4849066497880004 (ln 1/12)
 * logBeta(0.5, 0.5); // => 1.1447298858494002 (ln π)
 * logBeta(1e10, 1); // => -23.025850929940454 (−ln 1e10, to 1 ulp)
 * ```
 * @see {@link logGamma}
 * @category Math
 */
export function logBeta(a: number, b: number): number {
  if (!(Number.isFinite(a) && Number.isFinite(b))) throwInvalidNumbers("logBeta", { a, b });
  if (!(a > 0)) throw mathDomainError("logBeta", `expected a > 0, received ${a}`, ["a"]);
  if (!(b > 0)) throw mathDomainError("logBeta", `expected b > 0, received ${b}`, ["b"]);
  const value = logBetaUnchecked(a, b);
  if (!Number.isFinite(value)) throw mathDomainError("logBeta", `ln B(${a}, ${b}) is not a finite number`);
  return value;
}
