import type { CivilDate } from "../time/CivilDateSchema.ts";
import { type AccountTeam, defineAccountTeam } from "./AccountTeam.ts";

/**
 * A key account's current manager.
 *
 * @example
 * ```ts
 * import type { KeyAccountAssignment } from "clientele/accounts";
 * const a: KeyAccountAssignment = { accountId: "acme", managerId: "ana", since: "2024-01-15" };
 * ```
 * @category Relationship managers
 */
export interface KeyAccountAssignment {
  /** The key account (customer id). */
  readonly accountId: string;
  /** Its relationship manager. */
  readonly managerId: string;
  /** The date of the assignment. */
  readonly since: CivilDate;
}

/**
 * One dated change in an {@link AssignmentBook}: an account given to a manager (`from: null`), moved
 * between managers, or released (`to: null`).
 *
 * @example
 * ```ts
 * import type { AssignmentChange } from "clientele/accounts";
 * const c: AssignmentChange = { date: "2024-06-01", accountId: "acme", from: "ana", to: "ben", reason: "ana's region changed" };
 * ```
 * @category Relationship managers
 */
export interface AssignmentChange {
  /** When the change took effect. */
  readonly date: CivilDate;
  /** The account. */
  readonly accountId: string;
  /** The previous manager, `null` for a first assignment. */
  readonly from: string | null;
  /** The new manager, `null` when the account was released. */
  readonly to: string | null;
  /** Why, when given. */
  readonly reason?: string | undefined;
}

/**
 * Who manages which key account, and every change so far. Immutable: {@link assignKeyAccount} and
 * {@link unassignKeyAccount} return a new book with the change appended to `history`.
 *
 * @example
 * ```ts
 * import { createAssignmentBook, type AssignmentBook } from "clientele/accounts";
 * const book: AssignmentBook = createAssignmentBook({ generalManager: { managerId: "gm" }, managers: [] });
 * book.history; // => []
 * ```
 * @category Relationship managers
 */
export interface AssignmentBook {
  /** The validated team. */
  readonly team: AccountTeam;
  /** Current assignments, ordered by account id. */
  readonly assignments: readonly KeyAccountAssignment[];
  /** Every change, in date order (changes of one date in the order made). */
  readonly history: readonly AssignmentChange[];
}

/**
 * An empty assignment book for a team (validated by {@link defineAccountTeam}).
 *
 * @param team - The key-account team.
 * @returns A book with no assignment and no history.
 * @throws {@link ClienteleInputError} `invalid_input` as {@link defineAccountTeam}.
 * @example
 * ```ts
 * import { createAssignmentBook } from "clientele/accounts";
 * createAssignmentBook({ generalManager: { managerId: "gm" }, managers: [] }).assignments; // => []
 * ```
 * @category Relationship managers
 */
export function createAssignmentBook(team: AccountTeam): AssignmentBook {
  return { team: defineAccountTeam(team), assignments: [], history: [] };
}
