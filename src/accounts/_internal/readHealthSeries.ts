import * as z from "zod/mini";
import { parseInput } from "../../schema/parseInput.ts";
import { LabelSchema } from "../../schema/primitives.ts";
import { CivilDateSchema } from "../../time/CivilDateSchema.ts";
import { TimeUnitSchema } from "../../time/TimeUnitSchema.ts";
import type { HealthSeries } from "../accountHealthSeries.ts";

const value = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()));
const metric = /* @__PURE__ */ z.enum(["revenue", "profit", "satisfaction", "complaints", "bondLevel", "riskFindings"]);

const SeriesSchema = /* @__PURE__ */ z.object({
  period: TimeUnitSchema,
  periods: /* @__PURE__ */ z.array(CivilDateSchema),
  accounts: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      accountId: LabelSchema,
      metrics: /* @__PURE__ */ z.array(metric),
      points: /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.object({
          period: CivilDateSchema,
          values: /* @__PURE__ */ z.strictObject({
            revenue: value,
            profit: value,
            satisfaction: value,
            complaints: value,
            bondLevel: value,
            riskFindings: value,
          }),
        }),
      ),
    }),
  ),
  outsideRange: /* @__PURE__ */ z.number(),
});

/**
 * Checks that a value has the shape of a {@link HealthSeries} (as `accountHealthSeries` returns it) and
 * returns a validated copy.
 *
 * @param fn - Public function name.
 * @param series - The untrusted series.
 * @throws {@link ClienteleInputError} `invalid_input` at `series.…`.
 * @internal
 */
export function readHealthSeries(fn: string, series: unknown): HealthSeries {
  return parseInput(fn, SeriesSchema, series, ["series"]) as HealthSeries;
}
