import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";

/**
 * The `unrecognized_keys` issue of a record with own keys outside `known` (`unknown key "a"`, or
 * `unknown keys "a", "b"`, as zod's are rendered), or undefined when it has none. Shared by the hand-written
 * readers of columnar input, so they report unknown keys as the schemas do.
 *
 * @param record - The record (already known to be an object).
 * @param known - The accepted keys.
 * @param path - Path of the record.
 * @returns The issue, or undefined.
 * @internal
 */
export function unknownKeysIssue(
  record: object,
  known: readonly string[],
  path: (string | number)[],
): ClienteleIssue | undefined {
  const unknown = Object.keys(record).filter((k) => !known.includes(k));
  if (unknown.length === 0) return undefined;
  return {
    code: "unrecognized_keys",
    path,
    message: `unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => JSON.stringify(k)).join(", ")}`,
    expected: "no other keys",
  };
}
