import { describeReceived } from "../../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../../errors/ClienteleError.ts";

/**
 * Checks a time or horizon argument: a finite number ≥ 0 (in the fit's unit).
 *
 * @param fnName - Public function name.
 * @param value - The value (untrusted).
 * @param path - Its path, e.g. `["t"]`.
 * @returns The value.
 * @throws {@link ClienteleInputError} `invalid_input` otherwise.
 * @internal
 */
export function checkHorizon(fnName: string, value: unknown, path: readonly (string | number)[]): number {
  if (typeof value === "number" && value >= 0 && value <= Number.MAX_VALUE) return value;
  const received = describeReceived(value);
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: typeof value === "number" ? "too_small" : "invalid_type",
        path,
        message: `expected finite number ≥ 0 (a time in the fit's unit), received ${received}`,
        expected: "finite number ≥ 0",
        received,
      },
    ],
  });
}
