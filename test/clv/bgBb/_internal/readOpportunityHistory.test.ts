import { describe, expect, it } from "vitest";
import { readOpportunityHistory } from "../../../../src/clv/bgBb/_internal/readOpportunityHistory.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

describe("readOpportunityHistory", () => {
  it("gives (x, t_x, n) after each number of opportunities observed, for unsorted transaction opportunities", () => {
    const h = readOpportunityHistory("f", [4, 1, 2], [0, 1, 2, 3, 4, 6]);
    expect([...h.frequency]).toEqual([0, 1, 2, 2, 3, 3]);
    expect([...h.recency]).toEqual([0, 1, 2, 2, 4, 4]);
    expect([...h.age]).toEqual([0, 1, 2, 3, 4, 6]);
  });

  it("accepts no transaction, and rejects repeats (at purchaseTimes), opportunity 0 and fractions (at their index)", () => {
    expect([...readOpportunityHistory("f", [], [3]).frequency]).toEqual([0]);
    const paths = (times: number[], at: number[]) =>
      issuePaths(expectClienteleError(() => readOpportunityHistory("f", times, at), "invalid_input"));
    expect(paths([2, 2], [3])).toEqual(["purchaseTimes"]);
    expect(paths([0, 2], [3])).toEqual(["purchaseTimes[0]"]);
    expect(paths([1], [2.5])).toEqual(["options.at[0]"]);
  });
});
