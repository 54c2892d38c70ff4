import { describe, expect, it } from "vitest";
import {
  defaultSatisfactionChainModel,
  SatisfactionChainModelSchema,
  satisfactionChainPaths,
} from "../../src/satisfaction/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("the satisfaction chain model", () => {
  it("defaults to equal weights (the plain mean of each construct's predecessors), frozen", () => {
    expect(defaultSatisfactionChainModel).toEqual({
      attributeSatisfaction: { intercept: 0, desiresCongruency: 1 },
      informationSatisfaction: { intercept: 0, desiresCongruency: 0.5, expectationsCongruency: 0.5 },
      overallSatisfaction: { intercept: 0, attributeSatisfaction: 0.5, informationSatisfaction: 0.5 },
    });
    expect(Object.isFrozen(defaultSatisfactionChainModel.overallSatisfaction)).toBe(true);
  });

  it("lists a path for every coefficient of the model and the two definitions per congruency", () => {
    const into = (to: string) => satisfactionChainPaths.filter(([, t]) => t === to).map(([from]) => from);
    expect(into("attributeSatisfaction")).toEqual(
      Object.keys(defaultSatisfactionChainModel.attributeSatisfaction).slice(1),
    );
    expect(into("informationSatisfaction")).toEqual(
      Object.keys(defaultSatisfactionChainModel.informationSatisfaction).slice(1),
    );
    expect(into("overallSatisfaction")).toEqual(
      Object.keys(defaultSatisfactionChainModel.overallSatisfaction).slice(1),
    );
    expect(into("desiresCongruency")).toEqual(["desires", "perceivedPerformance"]);
    expect(into("expectationsCongruency")).toEqual(["expectations", "perceivedPerformance"]);
    expect(into("perceivedPerformance")).toEqual(["expectations"]);
  });

  it("the schema rejects non-finite coefficients, missing and unknown keys", () => {
    const e = expectClienteleError(
      () =>
        parseInput("f", SatisfactionChainModelSchema, {
          ...defaultSatisfactionChainModel,
          attributeSatisfaction: { intercept: Number.POSITIVE_INFINITY, desiresCongruency: 1, extra: 1 },
          overallSatisfaction: { intercept: 0, attributeSatisfaction: 1 },
        }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(
      [
        "attributeSatisfaction",
        "attributeSatisfaction.intercept",
        "overallSatisfaction.informationSatisfaction",
      ].sort(),
    );
  });
});
