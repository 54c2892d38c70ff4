import { invalidArgument } from "./_internal/invalidArgument.ts";
/**
 * Renders an issue path as a JavaScript-style accessor: `["rows", 3, "amount"]` → `rows[3].amount`.
 * Keys that are not identifiers are quoted: `["meta", "first name"]` → `meta["first name"]`.
 *
 * @param path - Path segments; numbers are array indexes.
 * @returns The accessor string; `(root)` for an empty path.
 * @example
 * ```ts
 * import { formatPath } from "clientele/errors";
 * formatPath(["rows", 1042, "amount"]); // => "rows[1042].amount"
 * formatPath([]); // => "(root)"
 * ```
 * @category Errors
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path) || !Array.from(path).every((s) => typeof s === "string" || typeof s === "number"))
    throw invalidArgument("formatPath", "path", "array of strings and numbers", path);
  return formatPathUnchecked(path);
}

/**
 * {@link formatPath} for a path known to be well formed (those of the errors' own issues), so that the
 * error classes do not bundle the argument check.
 *
 * @internal
 */
export function formatPathUnchecked(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
