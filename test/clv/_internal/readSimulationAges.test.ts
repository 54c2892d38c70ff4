import { describe, expect, it } from "vitest";
import { readSimulationAges } from "../../../src/clv/_internal/readSimulationAges.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readSimulationAges", () => {
  it("repeats one T for every customer or copies an array of n values", () => {
    expect([...readSimulationAges("f", 52, 3)]).toEqual([52, 52, 52]);
    expect([...readSimulationAges("f", [1, 2], 2)]).toEqual([1, 2]);
  });

  it("rejects a negative T, a wrong length and bad entries with their paths", () => {
    expect(issuePaths(expectClienteleError(() => readSimulationAges("f", -1, 2), "invalid_input"))).toEqual(["T"]);
    expect(issuePaths(expectClienteleError(() => readSimulationAges("f", [1], 2), "invalid_input"))).toEqual(["T"]);
    expect(
      issuePaths(expectClienteleError(() => readSimulationAges("f", [1, Number.NaN], 2), "invalid_input")),
    ).toEqual(["T[1]"]);
    const e = expectClienteleError(() => readSimulationAges("f", [1, "2"], 2), "invalid_input");
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["T", 1], received: '"2"' });
  });
});
