import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { vectorLength } from "./checkArguments.ts";
import { throwInvalidVector } from "./throwInvalidVector.ts";

/**
 * Copies a start point or evaluation point into a fresh `Float64Array`, throwing `invalid_input` if it
 * is empty or has an entry that is not a finite number (path `[argName, i]`).
 *
 * @param fnName - Public function name.
 * @param argName - Name of the argument, e.g. `"x0"`.
 * @param x - The vector as given (never modified).
 * @returns A copy.
 * @throws {@link ClienteleInputError} `invalid_input`.
 * @internal
 */
export function startVector(fnName: string, argName: string, x: ArrayLike<number>): Float64Array {
  const n = vectorLength(fnName, x, [argName]);
  if (n < 1) {
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        { code: "too_small", path: [argName], message: "expected at least one parameter", expected: "length ≥ 1" },
      ],
    });
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (!(typeof v === "number" && Number.isFinite(v))) throwInvalidVector(fnName, x, [argName]);
    out[i] = v;
  }
  return out;
}
