/**
 * A table read from delimited text by {@link parseCsv}: the header's column names and the data rows,
 * every value a string exactly as written (quotes removed, `""` unescaped, nothing trimmed or
 * converted). Every row has as many values as the header.
 *
 * @example
 * ```ts
 * import type { CsvTable } from "clientele/csv";
 * const table: CsvTable = { header: ["customerId", "amount"], rows: [["a", "12.50"]], lines: [2] };
 * ```
 * @category CSV
 */
export interface CsvTable {
  /** Column names, from the first record (unique). */
  readonly header: readonly string[];
  /** Data rows, each with one string per column. */
  readonly rows: readonly (readonly string[])[];
  /** For each row, the 1-based line of the text on which it starts (for messages). */
  readonly lines: readonly number[];
}
