import { describe, expect, it } from "vitest";
import { checkSummaryUnit } from "../../../src/clv/_internal/checkSummaryUnit.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("checkSummaryUnit", () => {
  it("returns the summary's unit when it is the fit's", () => {
    expect(checkSummaryUnit("f", { unit: "week" }, "week", ["customer"])).toBe("week");
  });

  it("refuses another unit, a missing or unknown one, and a fit without a unit, at <path>.metadata.unit", () => {
    const other = expectClienteleError(
      () => checkSummaryUnit("f", { unit: "day" }, "week", ["customer"]),
      "invalid_input",
    );
    expect(issuePaths(other)).toEqual(["customer.metadata.unit"]);
    expect(other.issues[0]!.message).toBe(
      'expected "week" (the fit\'s unit), received "day"; summarise in the fit\'s unit',
    );
    for (const metadata of [{}, { unit: "fortnight" }, null]) {
      const e = expectClienteleError(() => checkSummaryUnit("f", metadata, "week", ["summaries"]), "invalid_input");
      expect(issuePaths(e)).toEqual(["summaries.metadata.unit"]);
    }
    const noFitUnit = expectClienteleError(
      () => checkSummaryUnit("f", { unit: "week" }, undefined, ["customer"]),
      "invalid_input",
    );
    expect(noFitUnit.issues[0]!.message).toMatch(/the fit has no unit/);
  });
});
