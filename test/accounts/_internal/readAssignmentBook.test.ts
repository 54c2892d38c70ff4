import { describe, expect, it } from "vitest";
import { readAssignmentBook } from "../../../src/accounts/_internal/readAssignmentBook.ts";
import { createAssignmentBook } from "../../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { team } from "../_teamFixtures.ts";

describe("readAssignmentBook", () => {
  it("returns a validated copy of a book", () => {
    const book = createAssignmentBook(team);
    expect(readAssignmentBook("f", book)).toEqual(book);
  });
  it("names the bad fields of a forged book", () => {
    const e = expectClienteleError(
      () =>
        readAssignmentBook("f", {
          team,
          assignments: [{ accountId: "a", managerId: "ana", since: "soon" }],
          history: null,
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["book.assignments[0].since", "book.history"]);
  });
});
