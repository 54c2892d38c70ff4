/** Longest description shown; a longer string or bigint is described by its type, so messages stay short. */
const MAX_SHOWN = 42;

/**
 * The short description of an untrusted value that error messages and an issue's `received` use, the
 * same in every area: `undefined`, `null`, a number, boolean or bigint as written (`NaN`, `-Infinity`),
 * a string in double quotes, `date` or `Invalid Date`, `array`, and otherwise the `typeof` name
 * (`object`, `function`, `symbol`). A string or bigint whose rendering would pass 42 characters is
 * described as `string` or `bigint`, so the result is never longer than that.
 *
 * @param value - What the caller passed.
 * @returns The description.
 * @internal
 */
export function describeReceived(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : "date";
  if (Array.isArray(value)) return "array";
  const type = value === null ? "null" : typeof value;
  if (type === "object" || type === "function" || type === "symbol") return type;
  const shown = type === "string" ? JSON.stringify(value) : String(value);
  return shown.length <= MAX_SHOWN ? shown : type;
}
