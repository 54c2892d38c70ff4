import { describe, expect, it } from "vitest";
import { parseStakeholderMap } from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseStakeholderMap", () => {
  it("validates the map", () => {
    const map = [
      { stakeholderId: "press", market: "influence" as const, objectives: [{ description: "fair coverage" }] },
    ];
    expect(parseStakeholderMap(map)).toEqual(map);
  });
  it("rejects an unknown market and a repeated id, with paths", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => parseStakeholderMap([{ stakeholderId: "x", market: "competitor" as "influence", objectives: [] }]),
          "invalid_input",
        ),
      ),
    ).toEqual(["stakeholders[0].market"]);
    const s = { stakeholderId: "x", market: "internal" as const, objectives: [] };
    expect(issuePaths(expectClienteleError(() => parseStakeholderMap([s, s]), "invalid_input"))).toEqual([
      "stakeholders[1].stakeholderId",
    ]);
  });
});
