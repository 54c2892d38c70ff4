import { describeReceived } from "../../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../../errors/ClienteleError.ts";

/**
 * Checks a period count or index argument: an integer in [min, max].
 *
 * @param fnName - Public function name.
 * @param value - The value (untrusted).
 * @param path - Its path, e.g. `["t"]`.
 * @param min - Smallest allowed value.
 * @param max - Largest allowed value.
 * @param what - What the number is, for the message (e.g. "a period, 1 for the first renewal").
 * @returns The value.
 * @throws {@link ClienteleInputError} `invalid_input` otherwise.
 * @internal
 */
export function checkPeriodIndex(
  fnName: string,
  value: unknown,
  path: readonly (string | number)[],
  min: number,
  max: number,
  what: string,
): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value;
  const received = describeReceived(value);
  const expected = `integer in [${min}, ${max}] (${what})`;
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: typeof value === "number" ? "invalid_value" : "invalid_type",
        path,
        message: `expected ${expected}, received ${received}`,
        expected,
        received,
      },
    ],
  });
}
