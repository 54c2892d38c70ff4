import { ClienteleInputError } from "../errors/ClienteleError.ts";
import { collectIssue, createIssueCollector } from "./issueCollector.ts";

/**
 * Checks that customer ids are distinct: every id after its first occurrence is an issue at its own path
 * ("duplicate customer id "17" (first at index 3)"), the first 10,000 kept and all counted. Ids that are
 * `undefined` (a row without one, where ids are optional) are skipped; a number and its decimal string are
 * the same id. One pass adding to a Set; the first occurrences are looked up only when a repeat is found.
 *
 * @param fnName - Public function name.
 * @param ids - The ids: strings, integers, or a typed array of integers.
 * @param at - Path of id i in the caller's argument (`["summaries", i, "customerId"]`).
 * @throws {@link ClienteleInputError} `invalid_input` when an id repeats.
 * @internal
 */
export function checkDistinctIds(
  fnName: string,
  ids: ArrayLike<string | number | undefined>,
  at: (i: number) => (string | number)[],
): void {
  // A typed array holds numbers only, which can be keys as they are; elsewhere 7 and "7" must meet.
  const numeric = ArrayBuffer.isView(ids);
  if (numeric && distinctNumbers(ids as ArrayLike<number>)) return;
  const seen = new Set<string | number>();
  const repeats: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    const key = numeric || typeof id === "string" ? id : String(id);
    const size = seen.size;
    seen.add(key);
    if (seen.size === size) repeats.push(i);
  }
  if (repeats.length === 0) return;
  const first = new Map<string | number, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    const key = numeric || typeof id === "string" ? id : String(id);
    if (!first.has(key)) first.set(key, i);
  }
  const issues = createIssueCollector();
  for (const i of repeats) {
    collectIssue(issues, () => {
      const id = String(ids[i]);
      return {
        code: "invalid_value",
        path: at(i),
        message: `duplicate customer id ${JSON.stringify(id)} (first at index ${first.get(numeric || typeof ids[i] === "string" ? ids[i]! : id)}); each customer must appear once`,
        expected: "an id not used before",
        received: JSON.stringify(id),
      };
    });
  }
  throw new ClienteleInputError(`${fnName}: invalid input`, { issues: issues.list, issueCount: issues.count });
}

/** Whether a typed array's numbers are distinct: a sorted copy (native numeric sort) has no equal neighbours. */
function distinctNumbers(ids: ArrayLike<number>): boolean {
  const sorted = Float64Array.from(ids).sort();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return false;
  return true;
}
