import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseInput } from "../../schema/parseInput.ts";
import { type TimeUnit, TimeUnitSchema } from "../../time/TimeUnitSchema.ts";

/**
 * Checks the unit a `TransactionSummary` records (`metadata.unit`) against the fit's: they must be equal,
 * since nothing is converted behind the caller's back.
 *
 * @param fnName - Public function name.
 * @param metadata - The summary's `metadata` (untrusted).
 * @param fitUnit - The fit's unit (`fit.unit`, untrusted: a fit without one cannot vouch for a summary).
 * @param path - Path of the summary in the caller's arguments (`["summaries"]`); issues are at
 *   `<path>.metadata.unit`.
 * @returns The unit.
 * @throws {@link ClienteleInputError} `invalid_input` for a missing or unknown unit, or one that is not the
 *   fit's.
 * @internal
 */
export function checkSummaryUnit(
  fnName: string,
  metadata: unknown,
  fitUnit: unknown,
  path: readonly (string | number)[],
): TimeUnit {
  const unitValue =
    typeof metadata === "object" && metadata !== null ? (metadata as { unit?: unknown }).unit : undefined;
  const recorded = parseInput(fnName, TimeUnitSchema, unitValue, [...path, "metadata", "unit"]);
  if (recorded !== fitUnit) {
    const expected = typeof fitUnit === "string" ? `"${fitUnit}"` : "the fit's unit";
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: [...path, "metadata", "unit"],
          message:
            typeof fitUnit === "string"
              ? `expected "${fitUnit}" (the fit's unit), received "${recorded}"; summarise in the fit's unit`
              : `received "${recorded}", but the fit has no unit to compare it with; give the fit its unit`,
          expected,
          received: `"${recorded}"`,
        },
      ],
    });
  }
  return recorded;
}
