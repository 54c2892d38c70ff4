import { describe, expect, it } from "vitest";
import { checkHorizon } from "../../../../src/clv/predictions/_internal/checkHorizon.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

describe("checkHorizon", () => {
  it("returns finite numbers ≥ 0 unchanged", () => {
    expect(checkHorizon("f", 0, ["t"])).toBe(0);
    expect(checkHorizon("f", 52.5, ["t"])).toBe(52.5);
  });

  it("rejects negative, non-finite and non-numeric values with invalid_input at the path", () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, "52", null]) {
      const e = expectClienteleError(() => checkHorizon("f", bad, ["t"]), "invalid_input");
      expect(issuePaths(e)).toEqual(["t"]);
      expect(e.message).toMatch(/^f: invalid input/);
    }
  });
});
