import { describe, expect, it } from "vitest";
import { parseSurveyResponses, SurveyResponseSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const ok = { customerId: "a", timestamp: "1997-05-01", instrument: "nps", scores: { recommend: 9 } };

describe("SurveyResponseSchema", () => {
  it("accepts numeric scores by item", () => {
    expect(parseInput("f", SurveyResponseSchema, ok).scores).toEqual({ recommend: 9 });
  });
  it("rejects non-numeric and non-finite scores at the item's path", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => parseInput("f", SurveyResponseSchema, { ...ok, scores: { recommend: "9" } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["scores.recommend"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => parseInput("f", SurveyResponseSchema, { ...ok, scores: { q1: Number.NaN } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["scores.q1"]);
  });
});

describe("SurveyResponseSchema scores", () => {
  it('rejects an own "__proto__" score with its path instead of dropping it', () => {
    const scores = JSON.parse('{"__proto__": 9, "recommend": 10}');
    const row = { customerId: "a", timestamp: "2024-01-01", instrument: "nps", scores };
    const error = expectClienteleError(() => parseSurveyResponses([row]), "invalid_input");
    expect(issuePaths(error)).toEqual(["rows[0].scores.__proto__"]);
  });
});
