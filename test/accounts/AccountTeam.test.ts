import { describe, expect, it } from "vitest";
import { defineAccountTeam } from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { team } from "./_teamFixtures.ts";

describe("defineAccountTeam", () => {
  it("returns the validated team without mutating the input", () => {
    const copy = structuredClone(team);
    expect(defineAccountTeam(team)).toEqual(team);
    expect(team).toEqual(copy);
  });

  it("rejects a repeated manager, a broken reporting line, evaluation weights not summing to 1 and a capacity < 1, with paths", () => {
    const bad = {
      ...team,
      managers: [
        { ...team.managers[0]!, evaluationCriteria: [{ criterion: "retention", weight: 0.5 }] },
        { ...team.managers[1]!, reportsTo: "someone-else" },
        { ...team.managers[1]! },
      ],
    };
    const e = expectClienteleError(() => defineAccountTeam(bad), "invalid_input");
    expect(issuePaths(e)).toEqual([
      "team.managers[0].evaluationCriteria",
      "team.managers[1].reportsTo",
      "team.managers[2].managerId",
    ]);
    expect(e.message).toMatchInlineSnapshot(`
      "defineAccountTeam: invalid input
        ✖ expected weights summing to 1, received sum 0.5 → at team.managers[0].evaluationCriteria
        ✖ expected the general manager "gm", received "someone-else" → at team.managers[1].reportsTo
        ✖ duplicate manager id "ben" → at team.managers[2].managerId"
    `);
    const cap = expectClienteleError(
      () => defineAccountTeam({ ...team, managers: [{ ...team.managers[0]!, capacity: 0 }] }),
      "invalid_input",
    );
    expect(issuePaths(cap)).toEqual(["team.managers[0].capacity"]);
  });
});
