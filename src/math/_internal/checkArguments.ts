import { describeReceived } from "../../_lib/describeReceived.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";

/** The longest array JavaScript allows; a longer `length` cannot be a real vector. */
const MAX_LENGTH = 2 ** 32 - 1;

/**
 * The length of an untrusted vector: an array, a typed array or another array-like object whose
 * `length` is a whole number from 0 to 2³² − 1. Anything else (a number, `null`, `{ length: -1 }`,
 * `{ length: 1e10 }`) is `invalid_input` at `path`, never a silent empty vector.
 *
 * @param fnName - Public function name for the message.
 * @param values - Untrusted input.
 * @param path - Where it is (`["x0"]`, `[]` for the whole input).
 * @returns Its length.
 * @throws {@link ClienteleInputError} `invalid_input` for anything that is not a vector.
 * @internal
 */
export function vectorLength(fnName: string, values: unknown, path: readonly (string | number)[]): number {
  const length = typeof values === "object" && values !== null ? (values as { length?: unknown }).length : undefined;
  if (typeof length === "number" && Number.isInteger(length) && length >= 0 && length <= MAX_LENGTH) return length;
  const received =
    typeof values === "object" && values !== null
      ? `an object with length ${describeReceived(length)}`
      : describeReceived(values);
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: [...path],
        message: `expected an array or typed array of numbers, received ${received}`,
        expected: "array of numbers",
        received,
      },
    ],
  });
}

/**
 * Checks that an untrusted objective is a function.
 *
 * @param fnName - Public function name for the message.
 * @param f - Untrusted input.
 * @param path - Its name (`["f"]`).
 * @throws {@link ClienteleInputError} `invalid_input` otherwise.
 * @internal
 */
export function checkFunction(fnName: string, f: unknown, path: readonly (string | number)[]): void {
  if (typeof f === "function") return;
  const received = describeReceived(f);
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: [...path],
        message: `expected a function, received ${received}`,
        expected: "function",
        received,
      },
    ],
  });
}
