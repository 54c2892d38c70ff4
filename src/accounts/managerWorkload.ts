import { readAssignmentBook } from "./_internal/readAssignmentBook.ts";
import type { AssignmentBook } from "./AssignmentBook.ts";

/**
 * One manager's load in {@link managerWorkload}.
 *
 * @example
 * ```ts
 * import type { ManagerLoad } from "clientele/accounts";
 * const l: ManagerLoad = { managerId: "ana", capacity: 3, accounts: ["acme"], free: 2 };
 * ```
 * @category Relationship managers
 */
export interface ManagerLoad {
  /** The manager. */
  readonly managerId: string;
  /** Most accounts they may hold. */
  readonly capacity: number;
  /** The accounts they hold, by id. */
  readonly accounts: readonly string[];
  /** `capacity − accounts.length`. */
  readonly free: number;
}

/**
 * How many key accounts each manager holds against their capacity, in the team's order.
 *
 * @param book - An assignment book.
 * @returns One row per manager of the team.
 * @throws {@link ClienteleInputError} `invalid_input` when `book` is not an assignment book (`book.…`).
 * @example
 * ```ts
 * import { assignKeyAccount, createAssignmentBook, managerWorkload } from "clientele/accounts";
 * const team = {
 *   generalManager: { managerId: "gm" },
 *   managers: [{ managerId: "ana", capacity: 2, reportsTo: "gm", responsibilities: [], evaluationCriteria: [], resources: {} }],
 * };
 * const book = assignKeyAccount(createAssignmentBook(team), { accountId: "acme", managerId: "ana", date: "2024-01-15" });
 * managerWorkload(book); // => [{ managerId: "ana", capacity: 2, accounts: ["acme"], free: 1 }]
 * ```
 * @category Relationship managers
 */
export function managerWorkload(book: AssignmentBook): readonly ManagerLoad[] {
  const b = readAssignmentBook("managerWorkload", book);
  return b.team.managers.map((m) => {
    const accounts = b.assignments.filter((a) => a.managerId === m.managerId).map((a) => a.accountId);
    return { managerId: m.managerId, capacity: m.capacity, accounts, free: m.capacity - accounts.length };
  });
}
