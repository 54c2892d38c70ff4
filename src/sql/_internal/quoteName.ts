import { describeReceived } from "../../_lib/describeReceived.ts";
import { throwInvalidValue } from "../../_lib/invalidValue.ts";
import type { SqlDialect } from "../SqlDialect.ts";

// Control characters (C0, DEL, C1) never belong in a name: a newline could end a `--` comment a reader
// of the query log trusts, and a NUL truncates the name in some drivers.

/**
 * Validates one identifier and quotes it for `dialect`: `"…"` with `"` doubled (DuckDB, PostgreSQL,
 * Snowflake), `` `…` `` with `` ` `` and `\` escaped by a backslash (BigQuery) or `` ` `` doubled
 * (Spark SQL). The quoted name is always taken as a name, never as SQL.
 *
 * @param fn - Public function name for errors.
 * @param path - Path of the name for errors.
 * @param dialect - The dialect.
 * @param name - The candidate name.
 * @returns The quoted identifier.
 * @throws {@link ClienteleInputError} `invalid_input` for a non-string, an empty name, a control
 *   character or a name longer than the dialect keeps (63 bytes in PostgreSQL, which would truncate it
 *   silently; 255 characters in Snowflake; 300 in BigQuery).
 * @internal
 */
export function quoteName(fn: string, path: readonly (string | number)[], dialect: SqlDialect, name: unknown): string {
  const expected = "a non-empty identifier without control characters";
  if (typeof name !== "string" || name.length === 0) {
    throwInvalidValue(
      fn,
      path,
      `expected ${expected}, received ${describeReceived(name)}`,
      expected,
      describeReceived(name),
    );
  }
  if (hasControlCharacter(name)) {
    throwInvalidValue(
      fn,
      path,
      `expected ${expected}, received a name with a control character`,
      expected,
      "a control character",
    );
  }
  const limit = dialect === "postgres" ? 63 : dialect === "snowflake" ? 255 : dialect === "bigquery" ? 300 : Infinity;
  const length = dialect === "postgres" ? utf8Length(name) : name.length;
  if (length > limit) {
    const unit = dialect === "postgres" ? "bytes" : "characters";
    const what = `an identifier of at most ${limit} ${unit} (${dialect})`;
    throwInvalidValue(fn, path, `expected ${what}, received ${length} ${unit}`, what, `${length} ${unit}`);
  }
  switch (dialect) {
    case "bigquery":
      return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
    case "spark":
      return `\`${name.replace(/`/g, "``")}\``;
    default:
      return `"${name.replace(/"/g, '""')}"`;
  }
}

/**
 * Validates and quotes a table name: a string is split at `.` into its parts (`schema.table`,
 * `project.dataset.table`), an array gives the parts as they are (for names that contain a dot); each
 * part is quoted by {@link quoteName}.
 *
 * @param fn - Public function name for errors.
 * @param path - Path of the table for errors.
 * @param dialect - The dialect.
 * @param table - The name or its parts.
 * @returns The quoted, dot-joined name.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad part (empty parts included: `"a..b"`).
 * @internal
 */
export function quoteTable(
  fn: string,
  path: readonly (string | number)[],
  dialect: SqlDialect,
  table: unknown,
): string {
  if (typeof table === "string")
    return table
      .split(".")
      .map((part) => quoteName(fn, path, dialect, part))
      .join(".");
  if (Array.isArray(table) && table.length > 0 && table.length <= 4) {
    return table.map((part, i) => quoteName(fn, [...path, i], dialect, part)).join(".");
  }
  const expected = "a table name or 1 to 4 name parts";
  return throwInvalidValue(
    fn,
    path,
    `expected ${expected}, received ${describeReceived(table)}`,
    expected,
    describeReceived(table),
  );
}

/** Bytes of `text` in UTF-8 (a surrogate pair is one 4-byte character). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Whether `text` holds a control character (C0, DEL or C1).
 *
 * @param text - The text.
 * @returns Whether it does.
 * @internal
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
