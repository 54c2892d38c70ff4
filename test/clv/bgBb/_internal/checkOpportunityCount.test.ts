import { describe, expect, it } from "vitest";
import { checkOpportunityCount } from "../../../../src/clv/bgBb/_internal/checkOpportunityCount.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

describe("checkOpportunityCount", () => {
  it("returns whole numbers in [0, 10⁷] unchanged", () => {
    for (const n of [0, 5, 1e7]) expect(checkOpportunityCount("f", n, ["n"])).toBe(n);
  });

  it("rejects fractions, negatives, values above 10⁷ and non-numbers with invalid_input at the path", () => {
    for (const bad of [Number.NaN, 2.5, -1, 1e7 + 1, "5", null]) {
      const e = expectClienteleError(() => checkOpportunityCount("f", bad, ["options", "period"]), "invalid_input");
      expect(issuePaths(e)).toEqual(["options.period"]);
      expect(e.message).toMatch(/^f: invalid input/);
    }
  });
});
