import { readSummaryTable } from "./_internal/readSummaryTable.ts";
import type { SummaryColumns } from "./SummaryColumns.ts";
import type { SummaryRowInput } from "./SummaryRowSchema.ts";
import type { SummaryTable } from "./SummaryTable.ts";

/**
 * Options of {@link parseSummaryTable}: how its errors are labelled, for code that validates summaries on
 * behalf of its own public function (a model fit in an extension package, say).
 *
 * @example
 * ```ts
 * import type { ParseSummaryTableOptions } from "clientele/rfm";
 * const options: ParseSummaryTableOptions = { caller: "fitMyModel", path: "customers" };
 * ```
 * @category RFM
 */
export interface ParseSummaryTableOptions {
  /** Name that starts error messages. Default `"parseSummaryTable"`. */
  readonly caller?: string | undefined;
  /** First segment of issue paths (`customers[3].T`, `customers.T[3]`). Default `"summaries"`. */
  readonly path?: string | undefined;
}

/**
 * Validates customer summaries, given as rows or as {@link SummaryColumns}, and returns them as columns
 * of typed arrays: the checks of {@link parseSummaries}, without making an object per customer. This is
 * the reader the model fits use; call it to hand a large table to several fits, or to validate
 * summaries for your own model with errors that name your function.
 *
 * @remarks
 * Each row is checked as {@link SummaryRowSchema} checks it (a hand-written fast path accepts the
 * common case, and the schema decides everything else and names the problems), then across fields:
 * `recency ≤ T`, and `recency = 0` when `frequency = 0`. Never mutates its input. Runs in O(n).
 *
 * @param summaries - Rows, or columns of equal length.
 * @param options - Labels for errors: `caller` and the issue `path` root.
 * @returns Fresh typed columns in input order.
 * @throws {@link ClienteleInputError} `invalid_input` listing every bad field by path (`summaries[3].T`,
 *   or `summaries.T[3]` for columns), unknown keys and columns of the wrong length.
 * @throws {@link ClienteleDomainError} `domain_error` listing every row whose recency exceeds T, or is
 *   positive with frequency 0.
 * @example
 * ```ts
 * import { parseSummaryTable } from "clientele/rfm";
 * const table = parseSummaryTable({ customerId: [1, 2], frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] });
 * table.customerId; // => ["1", "2"]
 * table.recency; // => Float64Array [30.43, 0]
 * // parseSummaryTable([{ customerId: "a", frequency: 1, recency: 40, T: 38 }], { caller: "fitMyModel" })
 * //   throws domain_error "fitMyModel: 1 summary row is impossible" (recency 40 exceeds T 38 → at summaries[0].recency)
 * ```
 * @category RFM
 */
export function parseSummaryTable(
  summaries: readonly SummaryRowInput[] | SummaryColumns,
  options?: ParseSummaryTableOptions | undefined,
): SummaryTable {
  return readSummaryTable(options?.caller ?? "parseSummaryTable", summaries, options?.path ?? "summaries");
}
