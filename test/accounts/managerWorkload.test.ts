import { describe, expect, it } from "vitest";
import { assignKeyAccount, createAssignmentBook, managerWorkload } from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { team } from "./_teamFixtures.ts";

describe("managerWorkload", () => {
  it("lists each manager's accounts and free capacity, in the team's order", () => {
    let book = createAssignmentBook(team);
    book = assignKeyAccount(book, { accountId: "b", managerId: "ana", date: "2024-01-01" });
    book = assignKeyAccount(book, { accountId: "a", managerId: "ana", date: "2024-01-01" });
    expect(managerWorkload(book)).toEqual([
      { managerId: "ana", capacity: 2, accounts: ["a", "b"], free: 0 },
      { managerId: "ben", capacity: 1, accounts: [], free: 1 },
    ]);
  });
  it("rejects a value that is not an assignment book, with paths", () => {
    expect(
      issuePaths(expectClienteleError(() => managerWorkload({ team, assignments: 3 } as never), "invalid_input")),
    ).toEqual(["book.assignments", "book.history"]);
  });
});
