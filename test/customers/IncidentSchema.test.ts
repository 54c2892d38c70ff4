import { describe, expect, it } from "vitest";
import { IncidentKindSchema, IncidentSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const ok = { customerId: "a", timestamp: "1997-04-01", kind: "abuse", staffHours: 3 };

describe("IncidentSchema", () => {
  it("accepts an incident with staff hours and a note", () => {
    expect(parseInput("f", IncidentSchema, { ...ok, note: "shouted at staff" }).staffHours).toBe(3);
  });
  it("rejects negative staff hours, unknown kinds and missing hours", () => {
    expect(
      issuePaths(
        expectClienteleError(() => parseInput("f", IncidentSchema, { ...ok, staffHours: -1 }), "invalid_input"),
      ),
    ).toEqual(["staffHours"]);
    expect(
      issuePaths(
        expectClienteleError(() => parseInput("f", IncidentSchema, { ...ok, kind: "rudeness" }), "invalid_input"),
      ),
    ).toEqual(["kind"]);
    const { staffHours: _h, ...noHours } = ok;
    expect(issuePaths(expectClienteleError(() => parseInput("f", IncidentSchema, noHours), "invalid_input"))).toEqual([
      "staffHours",
    ]);
  });
});

describe("IncidentKindSchema", () => {
  it("accepts the four kinds", () => {
    for (const k of ["abuse", "fraud", "policy-violation", "core-value-violation"])
      expect(parseInput("f", IncidentKindSchema, k)).toBe(k);
  });
});
