import { describeReceived } from "./describeReceived.ts";
import { exactUnitFactor } from "./exactUnitFactor.ts";
import { throwInvalidValue } from "./invalidValue.ts";
import { MAX_DOUBLE as MAX } from "./numberLimits.ts";
import { type TimeUnit, timeUnits } from "./timeUnits.ts";

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

/**
 * Reads a discrete horizon (untrusted): `horizon` and `period` (default 1) in the fit's unit, and their
 * ratio K, which must be a whole number (to 1e-9 relative) of at most `maxPeriods`.
 *
 * @param fn - Public function name.
 * @param horizon - The horizon: a number in the fit's unit, or `{ length, unit }`; required.
 * @param period - The period, the same way; `undefined` is one fit unit.
 * @param fitUnit - The fit's unit.
 * @param maxPeriods - The largest K accepted.
 * @returns The horizon and the period in fit units, and K = horizon / period.
 * @throws {@link ClienteleInputError} `invalid_input` at `horizon` or `period`.
 * @internal
 */
export function discreteHorizon(
  fn: string,
  horizon: unknown,
  period: unknown,
  fitUnit: TimeUnit,
  maxPeriods: number,
): { readonly horizon: number; readonly period: number; readonly periods: number } {
  if (horizon === undefined) {
    throwInvalidValue(
      fn,
      ["horizon"],
      `expected a horizon (number in ${fitUnit}s, the fit's unit, or { length, unit }), received undefined`,
      "number | { length, unit }",
      "undefined",
    );
  }
  const H = lengthInFitUnits(fn, horizon, fitUnit, "horizon");
  const delta = period === undefined ? 1 : lengthInFitUnits(fn, period, fitUnit, "period");
  if (!(delta > 0)) throwInvalidValue(fn, ["period"], "expected a period > 0", "> 0", String(delta));
  const ratio = H / delta;
  const K = Math.round(ratio);
  if (Math.abs(ratio - K) > 1e-9 * Math.max(1, ratio) || K > maxPeriods) {
    throwInvalidValue(
      fn,
      ["horizon"],
      K > maxPeriods
        ? `expected at most ${maxPeriods} periods, received ${ratio} (horizon ${H} / period ${delta} ${fitUnit}s)`
        : `expected a whole number of periods, received horizon ${H} / period ${delta} = ${ratio} (${fitUnit}s)`,
      K > maxPeriods ? `≤ ${maxPeriods} periods` : "a multiple of the period",
      String(ratio),
    );
  }
  return { horizon: H, period: delta, periods: K };
}
