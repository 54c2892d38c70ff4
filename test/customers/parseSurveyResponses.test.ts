import { describe, expect, it } from "vitest";
import { parseSurveyResponses } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("parseSurveyResponses", () => {
  const good = { customerId: "a", timestamp: "1997-05-01", instrument: "csat", scores: { overall: 4 } };
  const bad = { customerId: "a", timestamp: "1997-05-01", instrument: "", scores: { overall: 4 } };
  it("parses a valid batch", () => {
    expect(parseSurveyResponses([good])).toHaveLength(1);
  });
  it("names every bad row by index and field, or collects it", () => {
    const e = expectClienteleError(() => parseSurveyResponses([good, bad]), "invalid_input");
    expect(issuePaths(e)).toEqual(["rows[1].instrument"]);
    expect(e.message.startsWith("parseSurveyResponses: invalid input in 1 of 2 rows")).toBe(true);
    const r = parseSurveyResponses([good, bad], { onInvalid: "collect" });
    expect(r.valid).toHaveLength(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});
