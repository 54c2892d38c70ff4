import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/schema/parseInput.ts";
import { CivilDateSchema } from "../../src/time/CivilDateSchema.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("CivilDateSchema", () => {
  it("accepts real calendar dates, including Feb 29 in leap years and expanded years", () => {
    for (const text of ["1997-01-01", "2024-02-29", "2000-02-29", "0000-01-01", "+010000-12-31", "-000001-01-01"]) {
      expect(parseInput("f", CivilDateSchema, text)).toBe(text);
    }
  });
  it("rejects impossible dates (Feb 29 1900 and 2023) and other shapes at the given path", () => {
    for (const text of ["2023-02-29", "1900-02-29", "1997-04-31", "1997-1-1", "1997-01-01T00:00:00Z", "19970101"]) {
      const e = expectClienteleError(() => parseInput("f", CivilDateSchema, text, ["civilDate"]), "invalid_input");
      expect(issuePaths(e), text).toEqual(["civilDate"]);
    }
    const e = expectClienteleError(() => parseInput("f", CivilDateSchema, "2023-02-29"), "invalid_input");
    expect(e.message).toMatchInlineSnapshot(`
      "f: invalid input
        ✖ expected calendar date YYYY-MM-DD, received "2023-02-29""
    `);
  });
  it("rejects Date objects: a civil date is a string, not an instant", () => {
    const e = expectClienteleError(() => parseInput("f", CivilDateSchema, new Date(0)), "invalid_input");
    expect(e.issues[0]?.code).toBe("invalid_type");
  });
});
