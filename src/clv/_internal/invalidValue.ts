import { ClienteleInputError } from "../../errors/ClienteleError.ts";

/**
 * A short description of an untrusted option value for an issue's `received`: `undefined`, `null`, the
 * number, the string in quotes, or the type.
 *
 * @param v - The value.
 * @returns The description.
 * @internal
 */
export function showValue(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  return typeof v;
}

/**
 * Throws `invalid_input` with one `invalid_value` issue.
 *
 * @param fn - Public function name.
 * @param path - Path of the bad value.
 * @param message - What was expected and received, in words.
 * @param expected - Short form of what was expected.
 * @param received - Short form of what was received ({@link showValue}).
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
