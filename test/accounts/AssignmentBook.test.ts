import { describe, expect, it } from "vitest";
import { createAssignmentBook } from "../../src/accounts/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";
import { team } from "./_teamFixtures.ts";

describe("createAssignmentBook", () => {
  it("starts empty, with the validated team", () => {
    expect(createAssignmentBook(team)).toEqual({ team, assignments: [], history: [] });
  });
  it("validates the team", () => {
    expectClienteleError(
      () => createAssignmentBook({ ...team, managers: [{ ...team.managers[0]!, capacity: 1.5 }] }),
      "invalid_input",
    );
  });
});
