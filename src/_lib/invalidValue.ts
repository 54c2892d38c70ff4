import { ClienteleInputError } from "../errors/ClienteleError.ts";

/**
 * Throws `invalid_input` with one `invalid_value` issue.
 *
 * @param fn - Public function name.
 * @param path - Path of the bad value.
 * @param message - What was expected and received, in words.
 * @param expected - Short form of what was expected.
 * @param received - Short form of what was received (`describeReceived` in `src/_lib`).
 * @throws {@link ClienteleInputError} always.
 * @internal
 */
export function throwInvalidValue(
  fn: string,
  path: readonly (string | number)[],
  message: string,
  expected: string,
  received: string,
): never {
  throw new ClienteleInputError(`${fn}: invalid input`, {
    issues: [{ code: "invalid_value", path: [...path], message, expected, received }],
  });
}
