/**
 * `clientele/csv`: delimited text (CSV, RFC 4180) read into a header and rows of strings, with no
 * conversion and no guessing. It takes a string, never a path, so it runs in every runtime; turn the
 * strings into typed records with an explicit step (`coerceTransactions` in `clientele/customers`).
 *
 * @module csv
 */
export type { CsvTable } from "./CsvTable.ts";
export { type ParseCsvOptions, parseCsv } from "./parseCsv.ts";
