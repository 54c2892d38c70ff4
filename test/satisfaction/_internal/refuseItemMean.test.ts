import { describe, expect, it } from "vitest";
import { refuseItemMean } from "../../../src/satisfaction/_internal/refuseItemMean.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

describe("refuseItemMean", () => {
  it("lets every policy but impute-mean through", () => {
    for (const p of ["reject", "skip", "impute-midpoint"] as const)
      expect(() => refuseItemMean("f", p, "g")).not.toThrow();
  });
  it("refuses impute-mean at options.missing, naming the function for many respondents", () => {
    const e = expectClienteleError(() => refuseItemMean("f", "impute-mean", "fitSatisfactionChain"), "invalid_input");
    expect(e.issues[0]?.path).toEqual(["options", "missing"]);
    expect(e.issues[0]?.message).toContain("(fitSatisfactionChain)");
  });
});
