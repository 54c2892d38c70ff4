import { describe, expect, it } from "vitest";
import { assignKeyAccount, createAssignmentBook, unassignKeyAccount } from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { team } from "./_teamFixtures.ts";

describe("assignKeyAccount", () => {
  const empty = createAssignmentBook(team);

  it("assigns, reassigns with history kept, and never changes the book it is given", () => {
    const b1 = assignKeyAccount(empty, { accountId: "zeta", managerId: "ana", date: "2024-01-10" });
    const b2 = assignKeyAccount(b1, { accountId: "acme", managerId: "ana", date: "2024-01-10" });
    const b3 = assignKeyAccount(b2, {
      accountId: "acme",
      managerId: "ben",
      date: "2024-05-02",
      reason: "ben knows the buyer",
    });
    expect(empty.assignments).toEqual([]);
    expect(b1.history).toHaveLength(1);
    expect(b2.assignments.map((a) => a.accountId)).toEqual(["acme", "zeta"]);
    expect(b3.assignments).toEqual([
      { accountId: "acme", managerId: "ben", since: "2024-05-02" },
      { accountId: "zeta", managerId: "ana", since: "2024-01-10" },
    ]);
    expect(b3.history).toEqual([
      { date: "2024-01-10", accountId: "zeta", from: null, to: "ana" },
      { date: "2024-01-10", accountId: "acme", from: null, to: "ana" },
      { date: "2024-05-02", accountId: "acme", from: "ana", to: "ben", reason: "ben knows the buyer" },
    ]);
    expect(b3.team).toEqual(empty.team);
  });

  it("refuses a manager at capacity with domain_error at change.managerId (ana holds 2 of 2)", () => {
    let book = assignKeyAccount(empty, { accountId: "a1", managerId: "ana", date: "2024-01-01" });
    book = assignKeyAccount(book, { accountId: "a2", managerId: "ana", date: "2024-01-01" });
    const e = expectClienteleError(
      () => assignKeyAccount(book, { accountId: "a3", managerId: "ana", date: "2024-01-02" }),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["change.managerId"]);
    expect(e.message).toMatchInlineSnapshot(`
      "assignKeyAccount: manager "ana" is at capacity (2 of 2 accounts)
        ✖ expected a manager with capacity left, received "ana" holding 2 of 2 accounts → at change.managerId"
    `);
    // moving one of ana's accounts to ben frees a place
    const moved = assignKeyAccount(book, { accountId: "a2", managerId: "ben", date: "2024-02-01" });
    expect(assignKeyAccount(moved, { accountId: "a3", managerId: "ana", date: "2024-02-01" }).assignments).toHaveLength(
      3,
    );
  });

  it("rejects an unknown manager, a repeat of the same assignment, a date before the last change and a bad date", () => {
    const book = assignKeyAccount(empty, { accountId: "a1", managerId: "ana", date: "2024-03-01" });
    const paths = (f: () => unknown) => issuePaths(expectClienteleError(f, "invalid_input"));
    expect(paths(() => assignKeyAccount(book, { accountId: "a2", managerId: "zoe", date: "2024-03-01" }))).toEqual([
      "change.managerId",
    ]);
    expect(paths(() => assignKeyAccount(book, { accountId: "a1", managerId: "ana", date: "2024-03-02" }))).toEqual([
      "change.managerId",
    ]);
    expect(paths(() => assignKeyAccount(book, { accountId: "a2", managerId: "ben", date: "2024-02-28" }))).toEqual([
      "change.date",
    ]);
    expect(paths(() => assignKeyAccount(book, { accountId: "a2", managerId: "ben", date: "2024-02-30" }))).toEqual([
      "change.date",
    ]);
    expect(
      paths(() => assignKeyAccount({} as never, { accountId: "a2", managerId: "ben", date: "2024-03-01" })),
    ).toEqual(["book.team", "book.assignments", "book.history"]);
    const forged = { ...book, history: [{ date: "2024-03-01", accountId: "a1", from: 7, to: "ana" }] } as never;
    expect(paths(() => assignKeyAccount(forged, { accountId: "a2", managerId: "ben", date: "2024-03-01" }))).toEqual([
      "book.history[0].from",
    ]);
  });
});

describe("unassignKeyAccount", () => {
  it("releases an account, keeping the change in the history", () => {
    const book = assignKeyAccount(createAssignmentBook(team), {
      accountId: "a1",
      managerId: "ben",
      date: "2024-01-01",
    });
    const released = unassignKeyAccount(book, {
      accountId: "a1",
      date: "2024-12-31",
      reason: "fell out of the top 10",
    });
    expect(released.assignments).toEqual([]);
    expect(released.history[1]).toEqual({
      date: "2024-12-31",
      accountId: "a1",
      from: "ben",
      to: null,
      reason: "fell out of the top 10",
    });
    expect(book.assignments).toHaveLength(1);
  });
  it("rejects an account that is not assigned, at change.accountId", () => {
    const e = expectClienteleError(
      () => unassignKeyAccount(createAssignmentBook(team), { accountId: "a1", date: "2024-12-31" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["change.accountId"]);
  });
});
