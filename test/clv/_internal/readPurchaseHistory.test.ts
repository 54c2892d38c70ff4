import { describe, expect, it } from "vitest";
import { readPurchaseHistory } from "../../../src/clv/_internal/readPurchaseHistory.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("readPurchaseHistory", () => {
  it("gives x(τ), t_x(τ) and T(τ) measured from the first purchase, for unsorted purchase and evaluation times", () => {
    const h = readPurchaseHistory("f", [15, 10, 12], [50, 10, 12, 11]);
    expect([...h.frequency]).toEqual([2, 0, 1, 0]);
    expect([...h.recency]).toEqual([5, 0, 2, 0]);
    expect([...h.age]).toEqual([40, 0, 2, 1]);
  });

  it("counts purchases at equal times separately (continuous time)", () => {
    const h = readPurchaseHistory("f", [0, 3, 3], [3]);
    expect([h.frequency[0], h.recency[0], h.age[0]]).toEqual([2, 3, 3]);
  });

  it("rejects no purchase (invalid_input at purchaseTimes) and times before the first purchase (domain_error, each named)", () => {
    expect(issuePaths(expectClienteleError(() => readPurchaseHistory("f", [], [1]), "invalid_input"))).toEqual([
      "purchaseTimes",
    ]);
    const e = expectClienteleError(() => readPurchaseHistory("f", [5], [1, 6, 2]), "domain_error");
    expect(issuePaths(e)).toEqual(["options.at[0]", "options.at[2]"]);
    expect(e.message).toMatch(/^f: 2 evaluation times are before the first purchase/);
  });
});
