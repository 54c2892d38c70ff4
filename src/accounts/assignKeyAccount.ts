import * as z from "zod/mini";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import { parseInput } from "../schema/parseInput.ts";
import { LabelSchema } from "../schema/primitives.ts";
import { type CivilDate, CivilDateSchema } from "../time/CivilDateSchema.ts";
import { readAssignmentBook } from "./_internal/readAssignmentBook.ts";
import type { AssignmentBook, AssignmentChange, KeyAccountAssignment } from "./AssignmentBook.ts";

/**
 * A request to {@link assignKeyAccount}.
 *
 * @example
 * ```ts
 * import type { AssignKeyAccountChange } from "clientele/accounts";
 * const change: AssignKeyAccountChange = { accountId: "acme", managerId: "ana", date: "2024-01-15" };
 * ```
 * @category Relationship managers
 */
export interface AssignKeyAccountChange {
  /** The key account. */
  readonly accountId: string;
  /** The manager who takes it. */
  readonly managerId: string;
  /** When it takes effect: a calendar date, not before the book's last change. */
  readonly date: CivilDate;
  /** Why (kept in the history). */
  readonly reason?: string | undefined;
}

/**
 * A request to {@link unassignKeyAccount}.
 *
 * @example
 * ```ts
 * import type { UnassignKeyAccountChange } from "clientele/accounts";
 * const change: UnassignKeyAccountChange = { accountId: "acme", date: "2025-01-01", reason: "no longer a key account" };
 * ```
 * @category Relationship managers
 */
export interface UnassignKeyAccountChange {
  /** The key account to release. */
  readonly accountId: string;
  /** When it takes effect, not before the book's last change. */
  readonly date: CivilDate;
  /** Why (kept in the history). */
  readonly reason?: string | undefined;
}

const AssignSchema = /* @__PURE__ */ z.strictObject({
  accountId: LabelSchema,
  managerId: LabelSchema,
  date: CivilDateSchema,
  reason: /* @__PURE__ */ z.optional(LabelSchema),
});

const UnassignSchema = /* @__PURE__ */ z.strictObject({
  accountId: LabelSchema,
  date: CivilDateSchema,
  reason: /* @__PURE__ */ z.optional(LabelSchema),
});

function checkDate(fn: string, book: AssignmentBook, date: CivilDate): void {
  const last = book.history[book.history.length - 1]?.date;
  if (last !== undefined && date < last) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "too_small",
          path: ["change", "date"],
          message: `expected a date on or after the book's last change ${last}, received ${date}`,
        },
      ],
    });
  }
}

function withChange(
  book: AssignmentBook,
  assignments: KeyAccountAssignment[],
  change: AssignmentChange,
): AssignmentBook {
  return { team: book.team, assignments, history: [...book.history, change] };
}

/**
 * Gives a key account to a relationship manager, or moves it from its current manager, and returns a new
 * book with the change appended to the history (the book passed in is not changed).
 *
 * @remarks Changes are dated (no "now"): a change may not be dated before the book's last one, so the
 * history stays in date order and {@link assignmentsAsOf} can replay it.
 *
 * @param input - The current book (not changed).
 * @param change - `accountId`, `managerId`, `date` and an optional `reason`.
 * @returns The new book.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad change, a manager not in the team
 * (`change.managerId`), an account that manager already holds, a `book` that is not an assignment book, or a date before the last change
 * (`change.date`).
 * @throws {@link ClienteleDomainError} `domain_error` when the manager is at capacity (`change.managerId`).
 * @example
 * ```ts
 * import { assignKeyAccount, createAssignmentBook } from "clientele/accounts";
 * const team = {
 *   generalManager: { managerId: "gm" },
 *   managers: [
 *     { managerId: "ana", capacity: 1, reportsTo: "gm", responsibilities: [], evaluationCriteria: [], resources: {} },
 *     { managerId: "ben", capacity: 2, reportsTo: "gm", responsibilities: [], evaluationCriteria: [], resources: {} },
 *   ],
 * };
 * let book = createAssignmentBook(team);
 * book = assignKeyAccount(book, { accountId: "acme", managerId: "ana", date: "2024-01-15" });
 * book = assignKeyAccount(book, { accountId: "acme", managerId: "ben", date: "2024-06-01", reason: "ana moved region" });
 * book.assignments; // => [{ accountId: "acme", managerId: "ben", since: "2024-06-01" }]
 * book.history.length; // => 2
 * ```
 * @category Relationship managers
 */
export function assignKeyAccount(input: AssignmentBook, change: AssignKeyAccountChange): AssignmentBook {
  const fn = "assignKeyAccount";
  const book = readAssignmentBook(fn, input);
  const c = parseInput(fn, AssignSchema, change, ["change"]);
  const manager = book.team.managers.find((m) => m.managerId === c.managerId);
  if (manager === undefined) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["change", "managerId"],
          message: `expected a manager of the team, received ${JSON.stringify(c.managerId)}`,
        },
      ],
    });
  }
  const current = book.assignments.find((a) => a.accountId === c.accountId);
  if (current?.managerId === c.managerId) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["change", "managerId"],
          message: `account ${JSON.stringify(c.accountId)} is already managed by ${JSON.stringify(c.managerId)}`,
        },
      ],
    });
  }
  checkDate(fn, book, c.date);
  const held = book.assignments.reduce((n, a) => n + (a.managerId === c.managerId ? 1 : 0), 0);
  if (held >= manager.capacity) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: manager ${JSON.stringify(c.managerId)} is at capacity (${held} of ${manager.capacity} accounts)`,
      {
        issues: [
          {
            code: "too_big",
            path: ["change", "managerId"],
            message: `expected a manager with capacity left, received ${JSON.stringify(c.managerId)} holding ${held} of ${manager.capacity} accounts`,
          },
        ],
      },
    );
  }
  const assignment: KeyAccountAssignment = { accountId: c.accountId, managerId: c.managerId, since: c.date };
  const assignments = book.assignments.filter((a) => a.accountId !== c.accountId);
  let at = 0;
  while (at < assignments.length && assignments[at]!.accountId < c.accountId) at++;
  assignments.splice(at, 0, assignment);
  const entry: AssignmentChange = {
    date: c.date,
    accountId: c.accountId,
    from: current?.managerId ?? null,
    to: c.managerId,
    ...(c.reason === undefined ? {} : { reason: c.reason }),
  };
  return withChange(book, assignments, entry);
}

/**
 * Releases a key account from its manager (it is no longer managed as a key account) and returns a new book
 * with the change appended to the history.
 *
 * @param input - The current book (not changed).
 * @param change - `accountId`, `date` and an optional `reason`.
 * @returns The new book.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad change, an account not assigned
 * (`change.accountId`), or a date before the last change (`change.date`).
 * @example
 * ```ts
 * import { assignKeyAccount, createAssignmentBook, unassignKeyAccount } from "clientele/accounts";
 * const team = {
 *   generalManager: { managerId: "gm" },
 *   managers: [{ managerId: "ana", capacity: 1, reportsTo: "gm", responsibilities: [], evaluationCriteria: [], resources: {} }],
 * };
 * let book = assignKeyAccount(createAssignmentBook(team), { accountId: "acme", managerId: "ana", date: "2024-01-15" });
 * book = unassignKeyAccount(book, { accountId: "acme", date: "2024-12-31" });
 * book.assignments; // => []
 * book.history[1]; // => { date: "2024-12-31", accountId: "acme", from: "ana", to: null }
 * ```
 * @category Relationship managers
 */
export function unassignKeyAccount(input: AssignmentBook, change: UnassignKeyAccountChange): AssignmentBook {
  const fn = "unassignKeyAccount";
  const book = readAssignmentBook(fn, input);
  const c = parseInput(fn, UnassignSchema, change, ["change"]);
  const current = book.assignments.find((a) => a.accountId === c.accountId);
  if (current === undefined) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["change", "accountId"],
          message: `expected an assigned account, received ${JSON.stringify(c.accountId)}`,
        },
      ],
    });
  }
  checkDate(fn, book, c.date);
  const entry: AssignmentChange = {
    date: c.date,
    accountId: c.accountId,
    from: current.managerId,
    to: null,
    ...(c.reason === undefined ? {} : { reason: c.reason }),
  };
  return withChange(
    book,
    book.assignments.filter((a) => a.accountId !== c.accountId),
    entry,
  );
}
