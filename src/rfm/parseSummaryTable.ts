import { describeReceived } from "../_lib/describeReceived.ts";
import { ClienteleInputError } from "../errors/ClienteleError.ts";
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
  /**
   * `"required"` (default): every row has a `customerId`. `"optional"`: no row needs one (what a model fit
   * needs, since it never reads them); then either every row has one or none does (a table with some
   * ids is `invalid_input` at the first row without), and the table's `customerId` is `undefined` when none
   * does. Ids that are present must be distinct either way.
   */
  readonly customerIds?: "required" | "optional" | undefined;
  /**
   * `"reject"` (default): a key or column that is not a summary field is `invalid_input`, so that a
   * misspelt field cannot pass unnoticed. `"ignore"`: such keys and columns are skipped, for tables
   * exported with extra columns (an index, a segment, …); the summary fields are still checked.
   */
  readonly unknownFields?: "reject" | "ignore" | undefined;
}

/**
 * Summary rows as {@link parseSummaryTable} reads them with `customerIds: "optional"`: a
 * {@link SummaryRowInput} whose `customerId` may be left out.
 *
 * @example
 * ```ts
 * import type { SummaryRowWithoutIdInput } from "clientele/rfm";
 * const row: SummaryRowWithoutIdInput = { frequency: 2, recency: 30.43, T: 38.86 };
 * ```
 * @category RFM
 */
export type SummaryRowWithoutIdInput = Omit<SummaryRowInput, "customerId"> & {
  /** Customer id (optional here). */
  readonly customerId?: SummaryRowInput["customerId"] | undefined;
};

/**
 * {@link SummaryColumns} whose `customerId` column may be left out (`customerIds: "optional"`).
 *
 * @example
 * ```ts
 * import type { SummaryColumnsWithoutId } from "clientele/rfm";
 * const columns: SummaryColumnsWithoutId = { frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] };
 * ```
 * @category RFM
 */
export type SummaryColumnsWithoutId = Omit<SummaryColumns, "customerId"> & {
  /** Customer ids (optional here). */
  readonly customerId?: SummaryColumns["customerId"] | undefined;
};

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
 * @param options - Labels for errors (`caller`, the issue `path` root); whether ids are required and unknown
 *   fields refused.
 * @returns Fresh typed columns in input order; with `customerIds: "optional"`, `customerId` is `undefined`
 *   when no row has one.
 * @throws {@link ClienteleInputError} `invalid_input` listing every bad field by path (`summaries[3].T`,
 *   or `summaries.T[3]` for columns), unknown keys (unless ignored), columns of the wrong length, and
 *   repeated customer ids (at each repeat: `summaries[7].customerId`).
 * @throws {@link ClienteleDomainError} `domain_error` listing every row whose recency exceeds T, or is
 *   positive with frequency 0.
 * @example
 * ```ts
 * import { parseSummaryTable } from "clientele/rfm";
 * const table = parseSummaryTable({ customerId: [1, 2], frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] });
 * table.customerId; // => ["1", "2"]
 * table.recency; // => Float64Array [30.43, 0]
 * // A table exported elsewhere, without ids and with a column of its own:
 * const anonymous = parseSummaryTable([{ frequency: 2, recency: 30.43, T: 38.86, segment: "gold" }], {
 *   customerIds: "optional",
 *   unknownFields: "ignore",
 * });
 * anonymous.customerId; // => undefined
 * // parseSummaryTable([{ customerId: "a", frequency: 1, recency: 40, T: 38 }], { caller: "fitMyModel" })
 * //   throws domain_error "fitMyModel: 1 summary row is impossible" (recency 40 exceeds T 38 → at summaries[0].recency)
 * ```
 * @category RFM
 */
export function parseSummaryTable(
  summaries: readonly SummaryRowInput[] | SummaryColumns,
  options?: (ParseSummaryTableOptions & { readonly customerIds?: "required" | undefined }) | undefined,
): SummaryTable;
export function parseSummaryTable(
  summaries: readonly SummaryRowWithoutIdInput[] | SummaryColumnsWithoutId,
  options: ParseSummaryTableOptions & { readonly customerIds: "optional" },
): Omit<SummaryTable, "customerId"> & {
  /** Customer ids, or `undefined` when no row has one. */
  readonly customerId: readonly string[] | undefined;
};
export function parseSummaryTable(
  summaries: readonly SummaryRowWithoutIdInput[] | SummaryColumnsWithoutId,
  options?: ParseSummaryTableOptions | undefined,
): Omit<SummaryTable, "customerId"> & {
  /** Customer ids, or `undefined` when no row has one. */
  readonly customerId: readonly string[] | undefined;
} {
  const caller = options?.caller ?? "parseSummaryTable";
  checkChoice(caller, "customerIds", options?.customerIds, ["required", "optional"]);
  checkChoice(caller, "unknownFields", options?.unknownFields, ["reject", "ignore"]);
  return readSummaryTable(caller, summaries, options?.path ?? "summaries", {
    idsOptional: options?.customerIds === "optional",
    ignoreUnknown: options?.unknownFields === "ignore",
  });
}

/** `invalid_input` at `options.<key>` unless the value is undefined or one of `choices`. */
function checkChoice(fnName: string, key: string, value: unknown, choices: readonly string[]): void {
  if (value === undefined || choices.includes(value as string)) return;
  const expected = choices.map((c) => `"${c}"`).join(" | ");
  const received = describeReceived(value);
  throw new ClienteleInputError(`${fnName}: invalid input`, {
    issues: [
      {
        code: "invalid_value",
        path: ["options", key],
        message: `expected ${expected}, received ${received}`,
        expected,
        received,
      },
    ],
  });
}
