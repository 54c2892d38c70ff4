import { describeReceived } from "../../_lib/describeReceived.ts";
import { type TimeUnit, timeUnits } from "../../_lib/timeUnits.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";

/**
 * Checks the unit a `TransactionSummary` records (`metadata.unit`) against the fit's: they must be equal,
 * since nothing is converted behind the caller's back. Hand-written (no schema), so that a prediction that
 * reads summaries does not bundle zod's parser.
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
  if (!(typeof unitValue === "string" && (timeUnits as readonly string[]).includes(unitValue))) {
    const expected = timeUnits.map((u) => `"${u}"`).join(" | ");
    const received = describeReceived(unitValue);
    throw new ClienteleInputError(`${fnName}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: [...path, "metadata", "unit"],
          message: `expected the summary's time unit (${expected}), received ${received}`,
          expected,
          received,
        },
      ],
    });
  }
  const recorded = unitValue as TimeUnit;
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
