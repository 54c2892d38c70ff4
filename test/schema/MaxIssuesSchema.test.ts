import { describe, expect, it } from "vitest";
import { MaxIssuesSchema, parseInput } from "../../src/schema/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("MaxIssuesSchema", () => {
  it("accepts integers from 0 to 1,000,000", () => {
    for (const n of [0, 1, 10_000, 1_000_000]) expect(parseInput("f", MaxIssuesSchema, n)).toBe(n);
  });
  it("rejects negatives, fractions, values above 1,000,000 and non-numbers", () => {
    for (const bad of [-1, 2.5, 1_000_001, Number.NaN, "10"])
      expectClienteleError(() => parseInput("f", MaxIssuesSchema, bad), "invalid_input");
  });
});
