import * as z from "zod/mini";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { normalQuantile } from "../../_lib/normalQuantile.ts";
import type { CalendarShift } from "../../_lib/shiftTime.ts";
import { wilsonInterval } from "../../_lib/wilsonInterval.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { TimestampSchema } from "../../schema/TimestampSchema.ts";
import { TimeUnitSchema } from "../../time/TimeUnitSchema.ts";
import type { ProportionEstimate } from "../ProportionEstimate.ts";

const OptionsSchema = /* @__PURE__ */ z.strictObject({
  asOf: TimestampSchema,
  window: /* @__PURE__ */ z.strictObject({
    length: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gt(0)),
    unit: TimeUnitSchema,
  }),
  lookback: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      length: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gt(0)),
      unit: TimeUnitSchema,
    }),
  ),
  confidenceLevel: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lt(1)),
  ),
});

/**
 * The options shared by the functions that classify records at `asOf` with a repurchase window, read.
 *
 * @internal
 */
export interface WindowOptions {
  readonly asOf: Date;
  readonly window: CalendarShift;
  readonly lookback: CalendarShift | undefined;
  readonly confidenceLevel: number;
  /** Two-sided critical value of `confidenceLevel`. */
  readonly z: number;
}

/**
 * Reads `{ asOf, window, lookback?, confidenceLevel? }`: `asOf` required (a `Date` or ISO-8601 string;
 * the library never reads the clock), `window` and `lookback` whole numbers of calendar units,
 * `confidenceLevel` in (0, 1), default 0.95.
 *
 * @internal
 */
export function readWindowOptions(fn: string, options: unknown): WindowOptions {
  if (!isPlainObject(options)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["options"],
          message: `expected options { asOf, window }, received ${describeReceived(options)}`,
        },
      ],
    });
  }
  const o = parseInput(fn, OptionsSchema, options, ["options"]);
  const confidenceLevel = o.confidenceLevel ?? 0.95;
  return {
    asOf: o.asOf,
    window: o.window,
    lookback: o.lookback,
    confidenceLevel,
    z: normalQuantile((1 + confidenceLevel) / 2),
  };
}

/**
 * `count / total` with its Wilson interval; all `null` for `total` 0.
 *
 * @internal
 */
export function proportion(count: number, total: number, z: number): ProportionEstimate {
  if (total === 0) return { count, total, estimate: null, lower: null, upper: null };
  const { lower, upper } = wilsonInterval(count, total, z);
  return { count, total, estimate: count / total, lower, upper };
}
