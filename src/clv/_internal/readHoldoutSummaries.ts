import { collectIssue, createIssueCollector } from "../../_lib/issueCollector.ts";
import { ClienteleDomainError, ClienteleInputError } from "../../errors/ClienteleError.ts";
import { parseSummaryTable } from "../../rfm/parseSummaryTable.ts";
import type { SummaryColumns } from "../../rfm/SummaryColumns.ts";
import type { SummaryTable } from "../../rfm/SummaryTable.ts";
import type { TimeUnit } from "../../time/TimeUnitSchema.ts";
import { checkSummaryUnit } from "./checkSummaryUnit.ts";

/**
 * Validated calibration summaries (x, t_x, T) with, when required, each customer's holdout purchases x*
 * and holdout length, as columns.
 *
 * @internal
 */
export interface HoldoutSummaries {
  /** Number of customers (≥ 1). */
  readonly length: number;
  /** x of each customer. */
  readonly frequency: Float64Array;
  /** t_x of each customer. */
  readonly recency: Float64Array;
  /** T of each customer. */
  readonly T: Float64Array;
  /** x* (holdout purchases) of each customer; NaN where absent (only when not required). */
  readonly holdoutFrequency: Float64Array;
  /** Holdout length of each customer; NaN where absent (only when not required). */
  readonly holdoutDuration: Float64Array;
}

/**
 * Reads customer summaries for the model-checking functions: a `TransactionSummary` (`{ rows, metadata }`,
 * whose `metadata.unit` must equal the fit's unit), summary rows or `SummaryColumns`, validated as the fits
 * validate them (issues at `summaries[3].T` for rows and for a `TransactionSummary`'s rows, or
 * `summaries.T[3]` for columns).
 *
 * @param fnName - Public function name.
 * @param input - The summaries (untrusted).
 * @param unit - The fit's time unit.
 * @param requireHoldout - Whether every customer must have `holdoutFrequency` and `holdoutDuration`.
 * @returns The columns (fresh; `input` is not changed).
 * @throws {@link ClienteleInputError} `invalid_input` for bad values, a unit that is not the fit's, or a
 *   missing holdout field (one issue per customer and field).
 * @throws {@link ClienteleDomainError} `domain_error` for impossible rows; `insufficient_data` when there
 *   are no customers.
 * @internal
 */
export function readHoldoutSummaries(
  fnName: string,
  input: unknown,
  unit: TimeUnit,
  requireHoldout: boolean,
): HoldoutSummaries {
  let table: SummaryTable;
  let rows = Array.isArray(input);
  if (typeof input === "object" && input !== null && !Array.isArray(input) && "rows" in input && "metadata" in input) {
    const record = input as { rows: unknown; metadata: unknown };
    checkSummaryUnit(fnName, record.metadata, unit, ["summaries"]);
    // Issues about the rows are reported at summaries[i].field, as for plain rows.
    table = parseSummaryTable(record.rows as SummaryColumns, { caller: fnName });
    rows = true;
  } else {
    table = parseSummaryTable(input as SummaryColumns, { caller: fnName });
  }
  const n = table.length;
  if (n === 0) throw new ClienteleDomainError("insufficient_data", `${fnName}: no customers`);
  const holdoutFrequency = table.holdoutFrequency ?? new Float64Array(n).fill(Number.NaN);
  const holdoutDuration = table.holdoutDuration ?? new Float64Array(n).fill(Number.NaN);
  if (requireHoldout) {
    const issues = createIssueCollector();
    for (let i = 0; i < n; i++) {
      for (const [field, column] of [
        ["holdoutFrequency", holdoutFrequency],
        ["holdoutDuration", holdoutDuration],
      ] as const) {
        if (Number.isNaN(column[i]!)) {
          collectIssue(issues, () => ({
            code: "invalid_type",
            path: rows ? ["summaries", i, field] : ["summaries", field, i],
            message: `missing required field ${field} (summarise with a calibrationEnd to get the holdout period)`,
            expected: "number",
            received: "undefined",
          }));
        }
      }
    }
    if (issues.count > 0)
      throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return {
    length: n,
    frequency: table.frequency,
    recency: table.recency,
    T: table.T,
    holdoutFrequency,
    holdoutDuration,
  };
}
