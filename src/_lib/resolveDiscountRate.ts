import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { describeReceived } from "./describeReceived.ts";
import { exactUnitFactor } from "./exactUnitFactor.ts";
import { throwInvalidValue } from "./invalidValue.ts";
import { type TimeUnit, timeUnits } from "./timeUnits.ts";

const MAX = Number.MAX_VALUE;

/**
 * The compound discount rate per fit unit of a {@link DiscountRate}: a number as is; `{ rate, per }`
 * carried to the fit's unit as the equivalent compound rate (1 + d)^(1/f) − 1, with f the exact number of
 * fit units in one `per` unit ({@link exactUnitFactor}).
 *
 * @param fn - Public function name, for the error message.
 * @param value - The rate as given (checked here: a number ≥ 0, or `{ rate, per }` with a known unit).
 * @param fitUnit - The fit's unit, or `undefined` for a fit without one (a BG/BB model given as
 *   `{ model, params }`): then only a plain number, per fit unit, is accepted.
 * @param path - Path of the option, e.g. `["discountRate"]` or `["options", "discountRate"]`; issues are
 *   at it, at its `rate` or at its `per`.
 * @param owner - Whose unit it is, in messages: `"fit"` (default; "the fit's unit") or e.g. `"offer"`.
 * @returns The rate per fit unit, finite and ≥ 0.
 * @throws {@link ClienteleInputError} `invalid_input` for a value that is not a number or `{ rate, per }`
 *   (at `path`), a rate that is not a finite number ≥ 0 (at `path` or `path.rate`), an unknown unit or one
 *   with no exact ratio to the fit's or given without a fit unit (at `path.per`), or a converted rate that
 *   overflows (at `path.rate`).
 * @internal
 */
export function resolveDiscountRate(
  fn: string,
  value: unknown,
  fitUnit: TimeUnit | undefined,
  path: readonly (string | number)[],
  owner = "fit",
): number {
  let rate: unknown = value;
  let per: unknown = fitUnit;
  let ratePath = path;
  if (typeof value === "object" && value !== null) {
    rate = (value as { rate?: unknown }).rate;
    per = (value as { per?: unknown }).per;
    ratePath = [...path, "rate"];
  } else if (typeof value !== "number") {
    throwInvalidValue(
      fn,
      path,
      `expected number (per ${fitUnit === undefined ? `${owner} unit` : `${fitUnit}, the ${owner}'s unit`}) or { rate, per }, received ${describeReceived(value)}`,
      "number | { rate, per }",
      describeReceived(value),
    );
  }
  if (!(typeof rate === "number" && rate >= 0 && rate <= MAX)) {
    throwInvalidValue(
      fn,
      ratePath,
      `expected finite number ≥ 0, received ${describeReceived(rate)}`,
      "finite number ≥ 0",
      describeReceived(rate),
    );
  }
  if (fitUnit === undefined && ratePath === path) return rate;
  if (!(typeof per === "string" && (timeUnits as readonly string[]).includes(per))) {
    throwInvalidValue(
      fn,
      [...path, "per"],
      `expected a time unit, received ${describeReceived(per)}`,
      "time unit",
      describeReceived(per),
    );
  }
  if (fitUnit === undefined) {
    throwInvalidValue(
      fn,
      [...path, "per"],
      `cannot convert a rate per ${per} without the ${owner}'s unit; give the discount rate per ${owner} unit as a number`,
      `a number (per ${owner} unit) instead of { rate, per }`,
      JSON.stringify(per),
    );
  }
  const factor = exactUnitFactor(per as TimeUnit, fitUnit);
  if (factor === undefined) {
    throwInvalidValue(
      fn,
      [...path, "per"],
      `cannot convert a rate per ${per} to a rate per ${fitUnit} (the ${owner}'s unit) exactly; give the discount rate per ${fitUnit}`,
      `a unit convertible exactly to ${fitUnit}`,
      JSON.stringify(per),
    );
  }
  if (factor === 1) return rate;
  // (1 + d)^(1/f) − 1 without cancellation for small d.
  const converted = Math.expm1(Math.log1p(rate) / factor);
  if (!(converted <= MAX)) {
    throwInvalidValue(
      fn,
      ratePath,
      `a rate of ${rate} per ${per} is not a finite rate per ${fitUnit} (the ${owner}'s unit)`,
      `a rate whose equivalent per ${fitUnit} is finite`,
      String(rate),
    );
  }
  return converted;
}
