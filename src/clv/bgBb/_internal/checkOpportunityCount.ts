import { describeReceived } from "../../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../../errors/ClienteleError.ts";

/**
 * Validates a whole number of opportunities in [0, 10⁷]: a BG/BB horizon, period or time.
 *
 * @param fnName - Public function name.
 * @param value - The value (untrusted).
 * @param path - Its path.
 * @returns The value.
 * @throws {@link ClienteleInputError} `invalid_input`.
 * @internal
 */
export function checkOpportunityCount(fnName: string, value: unknown, path: readonly (string | number)[]): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 1e7) return value;
  const received = describeReceived(value);
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: typeof value === "number" ? "invalid_value" : "invalid_type",
        path,
        message: `expected an integer number of opportunities in [0, 10000000], received ${received}`,
        expected: "integer in [0, 1e7]",
        received,
      },
    ],
  });
}
