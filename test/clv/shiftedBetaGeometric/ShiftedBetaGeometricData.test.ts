import { describe, expect, it } from "vitest";
import {
  ShiftedBetaGeometricDataSchema,
  shiftedBetaGeometricDataShapes,
} from "../../../src/clv/shiftedBetaGeometric/ShiftedBetaGeometricData.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("ShiftedBetaGeometricDataSchema", () => {
  it("accepts the three shapes unchanged", () => {
    for (const data of [
      { survivors: [1000, 631, 468] },
      { survivors: [0] },
      { cohorts: [{ survivors: [10000, 8000, 6480], startPeriod: 2003 }, { survivors: [10000] }] },
      {
        durations: [
          { periods: 1, churned: true },
          { periods: 0, churned: false, count: 3 },
        ],
      },
    ]) {
      expect(parseInput("f", ShiftedBetaGeometricDataSchema, data)).toEqual(data);
    }
  });

  it("reports an increase at the survivor that increased", () => {
    const e = expectClienteleError(
      () => parseInput("f", ShiftedBetaGeometricDataSchema, { survivors: [1000, 631, 640] }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["survivors[2]"]);
    expect(e.issues[0]).toMatchObject({
      code: "custom",
      expected: "integer ≤ 631 (survivors cannot increase)",
      received: "640",
    });
  });

  it("rejects a churned customer with 0 periods at durations[i].periods", () => {
    const e = expectClienteleError(
      () => parseInput("f", ShiftedBetaGeometricDataSchema, { durations: [{ periods: 0, churned: true }] }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["durations[0].periods"]);
  });

  it("has one schema per shape, keyed as the data's own key", () => {
    expect(Object.keys(shiftedBetaGeometricDataShapes)).toEqual(["survivors", "cohorts", "durations"]);
    const e = expectClienteleError(
      () => parseInput("f", shiftedBetaGeometricDataShapes.cohorts, { cohorts: [{ survivors: [5, 6] }] }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["cohorts[0].survivors[1]"]);
  });
});
