import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { mathDomainError } from "./mathDomainError.ts";

/**
 * Validates the arguments of {@link hyp2f1} / {@link logHyp2f1} after the finiteness check and returns
 * 1 − z: the given `oneMinusZ` (which must be > 0 unless z = 1, and agree with 1 − z to a few ulps),
 * else 1 − z. Throws `domain_error` for z > 1 (branch cut), c a non-positive integer (pole), or z = 1
 * with c − a − b ≤ 0 and no terminating series (divergent).
 *
 * @param fnName - Public function name.
 * @param a - First numerator parameter.
 * @param b - Second numerator parameter.
 * @param c - Denominator parameter.
 * @param z - Argument.
 * @param oneMinusZ - Optional accurate 1 − z.
 * @returns 1 − z.
 * @throws {@link ClienteleInputError} `invalid_input` if `oneMinusZ` is not a finite number ≥ 0 or
 *   disagrees with z.
 * @throws {@link ClienteleDomainError} `domain_error` as above.
 * @internal
 */
export function checkHyp2f1Domain(
  fnName: string,
  a: number,
  b: number,
  c: number,
  z: number,
  oneMinusZ: number | undefined,
): number {
  if (z > 1) throw mathDomainError(fnName, `expected z ≤ 1, received ${z} (2F1 is complex beyond 1)`, ["z"]);
  let y = 1 - z;
  if (oneMinusZ !== undefined) {
    const consistent =
      typeof oneMinusZ === "number" &&
      oneMinusZ >= 0 &&
      Math.abs(y - oneMinusZ) <= 4 * Number.EPSILON * Math.max(1, Math.abs(z));
    if (!consistent) {
      throw new ClienteleInputError(`${fnName}: invalid input`, {
        issues: [
          {
            code: "invalid_value",
            path: ["options", "oneMinusZ"],
            message: `expected 1 − z (≈ ${y}), received ${describeReceived(oneMinusZ)}`,
            expected: `1 − z (≈ ${y})`,
            received: describeReceived(oneMinusZ),
          },
        ],
      });
    }
    y = oneMinusZ;
  }
  if (c <= 0 && c === Math.floor(c)) {
    throw mathDomainError(fnName, `c = ${c} is a non-positive integer (pole of 2F1)`, ["c"]);
  }
  const terminates = (a <= 0 && a === Math.floor(a)) || (b <= 0 && b === Math.floor(b));
  if (y === 0 && !terminates && !(c - a - b > 0)) {
    throw mathDomainError(fnName, `the series diverges at z = 1 when c − a − b ≤ 0 (c − a − b = ${c - a - b})`, ["z"]);
  }
  return y;
}
