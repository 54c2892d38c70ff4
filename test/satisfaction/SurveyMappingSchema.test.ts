import { describe, expect, it } from "vitest";
import { SurveyMappingSchema } from "../../src/satisfaction/SurveyMappingSchema.ts";
import { parseInput } from "../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const parse = (m: unknown) => parseInput("f", SurveyMappingSchema, m);

describe("SurveyMappingSchema", () => {
  it("accepts a mapping of some constructs", () => {
    const m = parse({ nps: { instrument: "relationship", item: "recommend", missing: "skip" } });
    expect(m.nps?.missing).toBe("skip");
  });

  it("requires at least one construct, and rejects unknown keys", () => {
    expect(issuePaths(expectClienteleError(() => parse({}), "invalid_input"))).toEqual([""]);
    expect(issuePaths(expectClienteleError(() => parse({ loyalty: {} }), "invalid_input"))).toEqual(["", ""]);
  });

  it("checks each construct's fields: NPS/CSAT take no imputation, SERVQUAL 22 items, ACSI weights summing to 1", () => {
    const e = expectClienteleError(
      () =>
        parse({
          nps: { instrument: "s", item: "r", missing: "impute-mean" },
          servqual: { instrument: "s", expectationItems: ["e1"], perceptionItems: ["p1"] },
          acsi: { instrument: "s", items: ["a", "b"], weights: [0.5, 0.6], scale: { min: 1, max: 10 } },
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["nps.missing", "servqual.expectationItems", "servqual.perceptionItems"]);
    const w = expectClienteleError(
      () => parse({ acsi: { instrument: "s", items: ["a", "b"], weights: [0.5, 0.6], scale: { min: 1, max: 10 } } }),
      "invalid_input",
    );
    expect(issuePaths(w)).toEqual(["acsi.weights"]);
  });
});
