import { describeReceived } from "./describeReceived.ts";
import { exactUnitFactor } from "./exactUnitFactor.ts";
import { throwInvalidValue } from "./invalidValue.ts";
import { type TimeUnit, timeUnits } from "./timeUnits.ts";

const MAX = Number.MAX_VALUE;

/**
 * Whether a value is one of clientele's time units.
 *
 * @internal
 */
export function isUnit(u: unknown): u is TimeUnit {
  return typeof u === "string" && (timeUnits as readonly string[]).includes(u);
}

/**
 * Reads a {@link TimeLength} (untrusted) in the fit's unit, converting `{ length, unit }` only where the
 * ratio is exact (week = 7 days; year = 12 months = 4 quarters).
 *
 * @param fn - Public function name.
 * @param value - The length: a number in the fit's unit, or `{ length, unit }`.
 * @param fitUnit - The fit's unit.
 * @param key - Its path (`"horizon"`, `"period"`).
 * @returns The length in fit units, finite ≥ 0.
 * @throws {@link ClienteleInputError} `invalid_input` at `key` (or `key.length`, `key.unit`).
 * @internal
 */
export function lengthInFitUnits(fn: string, value: unknown, fitUnit: TimeUnit, key: string): number {
  if (typeof value === "number") {
    if (!(value >= 0 && value <= MAX))
      throwInvalidValue(
        fn,
        [key],
        `expected finite number ≥ 0 (in ${fitUnit}s, the fit's unit), received ${value}`,
        "finite number ≥ 0",
        String(value),
      );
    return value;
  }
  if (typeof value !== "object" || value === null) {
    throwInvalidValue(
      fn,
      [key],
      `expected number (in the fit's unit) or { length, unit }, received ${describeReceived(value)}`,
      "number | { length, unit }",
      describeReceived(value),
    );
  }
  const { length, unit } = value as { length?: unknown; unit?: unknown };
  if (!(typeof length === "number" && length >= 0 && length <= MAX)) {
    throwInvalidValue(
      fn,
      [key, "length"],
      `expected finite number ≥ 0, received ${describeReceived(length)}`,
      "finite number ≥ 0",
      describeReceived(length),
    );
  }
  if (!isUnit(unit)) {
    throwInvalidValue(
      fn,
      [key, "unit"],
      `expected a time unit ("day" | "week" | "month" | "quarter" | "year"), received ${describeReceived(unit)}`,
      "time unit",
      describeReceived(unit),
    );
  }
  const factor = exactUnitFactor(unit, fitUnit);
  if (factor === undefined) {
    throwInvalidValue(
      fn,
      [key, "unit"],
      `cannot convert ${unit}s to ${fitUnit}s (the fit's unit) exactly; give the ${key} in ${fitUnit}s`,
      `a unit convertible exactly to ${fitUnit}`,
      JSON.stringify(unit),
    );
  }
  return length * factor;
}
