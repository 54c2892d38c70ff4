/** Strings and bigints up to this length are shown verbatim; longer ones by kind, so messages stay short. */
const MAX_SHOWN = 40;

/**
 * The short description of an untrusted value that error messages and an issue's `received` use, the
 * same in every area: `undefined`, `null`, a number, boolean or bigint as written (`NaN`, `-Infinity`),
 * a string in double quotes when that takes at most 42 characters (longer ones as `string`; a bigint
 * over 40 digits as `bigint`), `date` or `Invalid Date`,
 * `array`, and otherwise the `typeof` name (`object`, `function`, `symbol`). Never longer than 42 characters.
 *
 * @param value - What the caller passed.
 * @returns The description.
 * @internal
 */
export function describeReceived(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
    case "boolean":
      return String(value);
    case "bigint": {
      const digits = String(value);
      return digits.length <= MAX_SHOWN ? digits : "bigint";
    }
    case "string": {
      const quoted = JSON.stringify(value);
      return quoted.length <= MAX_SHOWN + 2 ? quoted : "string";
    }
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : "date";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
