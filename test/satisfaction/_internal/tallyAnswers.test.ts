import { describe, expect, it } from "vitest";
import { checkAnswerColumn, isAnswerColumn, tallyAnswers } from "../../../src/satisfaction/_internal/tallyAnswers.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const scale = { min: 1, max: 5, integer: true };

describe("tallyAnswers", () => {
  it("counts, sums and thresholds the answers in one pass", () => {
    const t = tallyAnswers("f", ["x"], [1, 5, 4, null, 2], scale, 4, 2, false);
    expect(t).toEqual({ answered: 4, missing: 1, sum: 12, sumOfSquares: 46, atOrAbove: 2, atOrBelow: 2 });
  });

  it("words every bad answer at its path, and missing ones when rejecting; caps nothing below 10,000", () => {
    const e = expectClienteleError(
      () => tallyAnswers("f", ["x"], [0, null, 3.5, 6], scale, 4, 2, true),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["x[0]", "x[1]", "x[2]", "x[3]"]);
    const many = new Float64Array(20_000).fill(9);
    const big = expectClienteleError(() => tallyAnswers("f", ["x"], many, scale, 4, 2, false), "invalid_input");
    expect([big.issues.length, big.issueCount]).toEqual([10_000, 20_000]);
  });
});

describe("isAnswerColumn / checkAnswerColumn", () => {
  it("accept arrays and typed arrays, nothing else", () => {
    expect([
      isAnswerColumn([]),
      isAnswerColumn(new Int8Array(1)),
      isAnswerColumn(new DataView(new ArrayBuffer(1))),
      isAnswerColumn("1"),
    ]).toEqual([true, true, false, false]);
    expect(
      issuePaths(expectClienteleError(() => checkAnswerColumn("f", ["scores"], { length: 1 }), "invalid_input")),
    ).toEqual(["scores"]);
  });
});
