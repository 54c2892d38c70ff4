import * as z from "zod/mini";
import { formatCivilDate, MAX_CIVIL_YEAR, parseCivilDate } from "../_lib/civilCalendar.ts";
import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { addCyclePeriods, civilOfCycleDate, cycleDateFromCivil } from "./_internal/CycleDate.ts";
import { type CivilDate, CivilDateSchema } from "./CivilDateSchema.ts";
import { type TimeUnit, TimeUnitSchema } from "./TimeUnitSchema.ts";

const ArgsSchema = /* @__PURE__ */ z.object({
  civilDate: CivilDateSchema,
  n: /* @__PURE__ */ z.int(),
  period: TimeUnitSchema,
});

/**
 * Adds `n` calendar periods to a civil date: days, weeks (7 days), months, quarters (3 months) or
 * years (12 months). Month arithmetic clamps the day to the end of the target month, as date-fns
 * `addMonths` does: Jan 31 + 1 month = Feb 29 in 2024 (Feb 28 in 2023), Feb 29 2024 + 1 year =
 * Feb 28 2025. Useful for calibration / holdout boundaries.
 *
 * @remarks
 * Works on dates, not instants, so no time zone is involved and daylight saving cannot shift the
 * result. Computed by date-fns (`addDays`, `addWeeks`, `addMonths`, `addQuarters`, `addYears`) in a
 * UTC context, for every year the schema accepts. Adding months is not associative with clamping:
 * Jan 31 + 1 month + 1 month is Mar 29, Jan 31 + 2 months is Mar 31.
 *
 * @param civilDate - A calendar date `YYYY-MM-DD` (see {@link CivilDateSchema}).
 * @param n - Whole number of periods; negative to go back.
 * @param period - The period to add.
 * @returns The resulting date as `YYYY-MM-DD`.
 * @throws {@link ClienteleInputError} `invalid_input` at `civilDate` for a malformed or impossible
 *   date, at `n` for a non-integer, at `period` for an unknown period.
 * @throws {@link ClienteleDomainError} `domain_error` if the result is beyond year ±999999.
 * @example
 * ```ts
 * import { addPeriods } from "clientele/time";
 * addPeriods("1997-01-01", 39, "week"); // => "1997-10-01"
 * addPeriods("2024-01-31", 1, "month"); // => "2024-02-29"
 * addPeriods("2023-01-31", 1, "month"); // => "2023-02-28"
 * addPeriods("1997-09-30", 1, "quarter"); // => "1997-12-30"
 * addPeriods("2024-02-29", -1, "year"); // => "2023-02-28"
 * ```
 * @see {@link startOfPeriod}
 * @category Time
 */
export function addPeriods(civilDate: CivilDate, n: number, period: TimeUnit): CivilDate {
  const args = parseInput("addPeriods", ArgsSchema, { civilDate, n, period });
  const start = cycleDateFromCivil(parseCivilDate(args.civilDate)!);
  const result = civilOfCycleDate(addCyclePeriods(start, args.n, args.period));
  if (!(Math.abs(result.year) <= MAX_CIVIL_YEAR)) {
    throw new ClienteleDomainError("domain_error", `addPeriods: the result is outside years ±${MAX_CIVIL_YEAR}`, {
      issues: [
        {
          code: "domain_error",
          path: ["n"],
          message: `adding ${args.n} ${args.period}(s) to ${args.civilDate} leaves the supported range of years ±${MAX_CIVIL_YEAR}`,
        },
      ],
    });
  }
  return formatCivilDate(result);
}
