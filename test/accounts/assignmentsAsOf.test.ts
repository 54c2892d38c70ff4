import { describe, expect, it } from "vitest";
import {
  assignKeyAccount,
  assignmentsAsOf,
  createAssignmentBook,
  unassignKeyAccount,
} from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { team } from "./_teamFixtures.ts";

describe("assignmentsAsOf", () => {
  let book = createAssignmentBook(team);
  book = assignKeyAccount(book, { accountId: "acme", managerId: "ana", date: "2024-01-15" });
  book = assignKeyAccount(book, { accountId: "bolt", managerId: "ana", date: "2024-02-01" });
  book = assignKeyAccount(book, { accountId: "acme", managerId: "ben", date: "2024-06-01" });

  it("replays the history up to a date (inclusive)", () => {
    expect(assignmentsAsOf(book, "2024-01-14")).toEqual([]);
    expect(assignmentsAsOf(book, "2024-02-01")).toEqual([
      { accountId: "acme", managerId: "ana", since: "2024-01-15" },
      { accountId: "bolt", managerId: "ana", since: "2024-02-01" },
    ]);
    expect(assignmentsAsOf(book, "2024-06-01")).toEqual(book.assignments);
  });
  it("drops released accounts from the date of release", () => {
    const b = unassignKeyAccount(
      assignKeyAccount(createAssignmentBook(team), { accountId: "x", managerId: "ana", date: "2024-01-01" }),
      { accountId: "x", date: "2024-03-01" },
    );
    expect(assignmentsAsOf(b, "2024-02-28")).toHaveLength(1);
    expect(assignmentsAsOf(b, "2024-03-01")).toEqual([]);
    expect(assignmentsAsOf(b, "9999-12-31")).toEqual(b.assignments);
  });
  it("rejects a date that is not a calendar date", () => {
    expect(issuePaths(expectClienteleError(() => assignmentsAsOf(book, "2024-13-01"), "invalid_input"))).toEqual([
      "date",
    ]);
  });
});
