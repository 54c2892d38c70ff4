import { describe, expect, it } from "vitest";
import { readShiftedBetaGeometricData } from "../../../../src/clv/shiftedBetaGeometric/_internal/readShiftedBetaGeometricData.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

describe("readShiftedBetaGeometricData", () => {
  it("tallies survivor counts: lost in period p + 1 at p, the last count censored at n", () => {
    const tally = readShiftedBetaGeometricData("f", { survivors: [1000, 631, 631, 382] });
    expect(tally.customers).toBe(1000);
    expect(tally.churned).toBe(618);
    expect([...tally.points]).toEqual([0, 2, 3]);
    expect([...tally.lostNext]).toEqual([369, 249, 0]);
    expect([...tally.censored]).toEqual([0, 0, 382]);
  });

  it("merges cohorts and duration rows at equal tenures, sorted", () => {
    const cohorts = readShiftedBetaGeometricData("f", {
      cohorts: [{ survivors: [100, 80, 70] }, { survivors: [50, 40], startPeriod: 7 }],
    });
    expect(cohorts.customers).toBe(150);
    expect([...cohorts.points]).toEqual([0, 1, 2]);
    expect([...cohorts.lostNext]).toEqual([30, 10, 0]);
    expect([...cohorts.censored]).toEqual([0, 40, 70]);
    const durations = readShiftedBetaGeometricData("f", {
      durations: [
        { periods: 70, churned: false },
        { periods: 3, churned: true, count: 4 },
        { periods: 70, churned: true },
        { periods: 3, churned: true },
      ],
    });
    expect(durations.customers).toBe(7);
    expect(durations.churned).toBe(6);
    expect([...durations.points]).toEqual([2, 69, 70]);
    expect([...durations.lostNext]).toEqual([5, 1, 0]);
    expect([...durations.censored]).toEqual([0, 0, 1]);
  });

  it("names the accepted shapes when the data is none of them", () => {
    const e = expectClienteleError(() => readShiftedBetaGeometricData("fitX", { counts: [1] }), "invalid_input");
    expect(issuePaths(e)).toEqual([""]);
    expect(e.message).toMatchInlineSnapshot(`
      "fitX: invalid input
        ✖ expected an object with survivors, cohorts or durations, received object with keys "counts""
    `);
    expect(
      expectClienteleError(() => readShiftedBetaGeometricData("f", "x"), "invalid_input").issues[0]?.received,
    ).toBe('"x"');
  });
});
