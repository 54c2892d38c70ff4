import { ClienteleInputError } from "../ClienteleError.ts";

/**
 * The error for an argument of the wrong kind given to one of the error helpers (`formatPath([…])` given
 * a number, say): `invalid_input` at the argument's name, describing what came instead by its type only
 * (this area stays free of the other areas' helpers).
 *
 * @param fnName - Public function name.
 * @param argument - The argument's name.
 * @param expected - What it should be.
 * @param value - What came.
 * @internal
 */
export function invalidArgument(
  fnName: string,
  argument: string,
  expected: string,
  value: unknown,
): ClienteleInputError {
  const received = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: [argument],
        message: `expected ${expected}, received ${received}`,
        expected,
        received,
      },
    ],
  });
}

/**
 * Checks that `issues` is an array of issue-shaped objects (`path` an array, `message` and `code`
 * strings), as the formatting helpers need; throws {@link invalidArgument}'s error otherwise.
 *
 * @internal
 */
export function checkIssues(
  fnName: string,
  argument: string,
  issues: unknown,
): asserts issues is readonly {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}[] {
  // A loop, not every(): every() skips the holes of a sparse array.
  let ok = Array.isArray(issues);
  for (let k = 0; ok && k < (issues as unknown[]).length; k++) {
    const i = (issues as unknown[])[k] as { path?: unknown; message?: unknown; code?: unknown } | null;
    ok =
      typeof i === "object" &&
      i !== null &&
      Array.isArray(i.path) &&
      Array.from(i.path).every((s: unknown) => typeof s === "string" || typeof s === "number") &&
      typeof i.message === "string" &&
      typeof i.code === "string";
  }
  if (!ok) throw invalidArgument(fnName, argument, "array of issues { code, path, message }", issues);
}
