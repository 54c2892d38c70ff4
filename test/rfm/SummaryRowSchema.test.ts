import { describe, expect, it } from "vitest";
import { SummaryRowSchema } from "../../src/rfm/SummaryRowSchema.ts";
import { parseInput } from "../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("SummaryRowSchema", () => {
  it("accepts a row with the required fields and turns a numeric id into a string", () => {
    expect(parseInput("f", SummaryRowSchema, { customerId: 7, frequency: 0, recency: 0, T: 27 })).toEqual({
      customerId: "7",
      frequency: 0,
      recency: 0,
      T: 27,
    });
  });

  it("rejects a fractional frequency, a negative T, NaN and unknown keys, each at its path", () => {
    const e = expectClienteleError(
      () =>
        parseInput("f", SummaryRowSchema, {
          customerId: "a",
          frequency: 1.5,
          recency: Number.NaN,
          T: -1,
          holdoutFrequncy: 1,
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["frequency", "recency", "T", ""]);
  });
});
