import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/schema/parseInput.ts";
import { TimeUnitSchema, timeUnits } from "../../src/time/TimeUnitSchema.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("timeUnits", () => {
  it("lists the five units from shortest to longest", () => {
    expect(timeUnits).toEqual(["day", "week", "month", "quarter", "year"]);
  });
  it("is frozen, so no caller can change it for everyone", () => {
    expect(Object.isFrozen(timeUnits)).toBe(true);
  });
});

describe("TimeUnitSchema", () => {
  it("accepts every unit in timeUnits", () => {
    for (const unit of timeUnits) expect(parseInput("f", TimeUnitSchema, unit)).toBe(unit);
  });
  it("rejects other strings (no plurals, no capitals, no fortnights) with invalid_input", () => {
    for (const bad of ["fortnight", "weeks", "Week", "", "30 days"]) {
      const e = expectClienteleError(() => parseInput("f", TimeUnitSchema, bad, ["options", "unit"]), "invalid_input");
      expect(issuePaths(e)).toEqual(["options.unit"]);
    }
    const e = expectClienteleError(() => parseInput("f", TimeUnitSchema, "fortnight"), "invalid_input");
    expect(e.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected one of "day" | "week" | "month" | "quarter" | "year", received "fortnight""
    `);
  });
  it("rejects a missing unit", () => {
    const e = expectClienteleError(() => parseInput("f", TimeUnitSchema, undefined, ["unit"]), "invalid_input");
    expect(issuePaths(e)).toEqual(["unit"]);
  });
});
