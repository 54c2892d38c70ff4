import { describe, expect, it } from "vitest";
import { ResponseScaleSchema } from "../../src/satisfaction/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("ResponseScaleSchema", () => {
  it("accepts a 1–7 Likert scale and a 0–10 recommendation scale", () => {
    expect(parseInput("f", ResponseScaleSchema, { min: 1, max: 7, integer: true })).toEqual({
      min: 1,
      max: 7,
      integer: true,
    });
    expect(parseInput("f", ResponseScaleSchema, { min: 0, max: 10 })).toEqual({ min: 0, max: 10 });
  });
  it("rejects an empty or inverted range at max, and non-finite bounds", () => {
    expect(
      issuePaths(expectClienteleError(() => parseInput("f", ResponseScaleSchema, { min: 5, max: 5 }), "invalid_input")),
    ).toEqual(["max"]);
    expect(
      issuePaths(expectClienteleError(() => parseInput("f", ResponseScaleSchema, { min: 7, max: 1 }), "invalid_input")),
    ).toEqual(["max"]);
    expectClienteleError(
      () => parseInput("f", ResponseScaleSchema, { min: 0, max: Number.POSITIVE_INFINITY }),
      "invalid_input",
    );
    expectClienteleError(() => parseInput("f", ResponseScaleSchema, { min: 0, max: 10, step: 1 }), "invalid_input");
  });
});
