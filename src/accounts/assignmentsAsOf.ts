import { parseInput } from "../schema/parseInput.ts";
import { type CivilDate, CivilDateSchema } from "../time/CivilDateSchema.ts";
import { readAssignmentBook } from "./_internal/readAssignmentBook.ts";
import type { AssignmentBook, KeyAccountAssignment } from "./AssignmentBook.ts";

/**
 * Who managed which key account at the end of a date, replayed from the book's history (changes dated on
 * or before `date`).
 *
 * @param book - An assignment book.
 * @param date - A calendar date.
 * @returns The assignments in force, ordered by account id.
 * @throws {@link ClienteleInputError} `invalid_input` when `date` is not a calendar date or `book` not an
 * assignment book.
 * @example
 * ```ts
 * import { assignKeyAccount, assignmentsAsOf, createAssignmentBook } from "clientele/accounts";
 * const team = {
 *   generalManager: { managerId: "gm" },
 *   managers: [
 *     { managerId: "ana", capacity: 1, reportsTo: "gm", responsibilities: [], evaluationCriteria: [], resources: {} },
 *     { managerId: "ben", capacity: 1, reportsTo: "gm", responsibilities: [], evaluationCriteria: [], resources: {} },
 *   ],
 * };
 * let book = assignKeyAccount(createAssignmentBook(team), { accountId: "acme", managerId: "ana", date: "2024-01-15" });
 * book = assignKeyAccount(book, { accountId: "acme", managerId: "ben", date: "2024-06-01" });
 * assignmentsAsOf(book, "2024-03-01"); // => [{ accountId: "acme", managerId: "ana", since: "2024-01-15" }]
 * ```
 * @category Relationship managers
 */
export function assignmentsAsOf(book: AssignmentBook, date: CivilDate): readonly KeyAccountAssignment[] {
  const b = readAssignmentBook("assignmentsAsOf", book);
  const at = parseInput("assignmentsAsOf", CivilDateSchema, date, ["date"]);
  const current = new Map<string, KeyAccountAssignment>();
  for (const c of b.history) {
    if (c.date > at) break;
    if (c.to === null) current.delete(c.accountId);
    else current.set(c.accountId, { accountId: c.accountId, managerId: c.to, since: c.date });
  }
  return [...current.values()].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
}
