import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParse } from "zod/v4/core";
import { readShiftedBetaGeometricData } from "../../../../src/clv/shiftedBetaGeometric/_internal/readShiftedBetaGeometricData.ts";
import { ShiftedBetaGeometricDataSchema } from "../../../../src/clv/shiftedBetaGeometric/ShiftedBetaGeometricData.ts";
import { type ClienteleError, isClienteleError } from "../../../../src/errors/ClienteleError.ts";
import { formatPath } from "../../../../src/errors/formatPath.ts";
import { toClienteleIssues } from "../../../../src/schema/toClienteleIssues.ts";
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

describe("readShiftedBetaGeometricData on long bad inputs", () => {
  it("reports 300,000 bad survivors, cohorts or durations as one bounded invalid_input (was RangeError: stack overflow)", () => {
    const n = 300_000;
    const inputs = [
      { survivors: [n + 1, ...Array.from({ length: n }, () => -1)] },
      { survivors: Array.from({ length: n }, (_, i) => i) }, // rising every period
      { cohorts: Array.from({ length: n }, () => ({ survivors: [-1] })) },
      { durations: Array.from({ length: n }, () => ({ periods: 0, churned: true })) },
    ];
    for (const input of inputs) {
      const error = expectClienteleError(
        () => readShiftedBetaGeometricData("fitShiftedBetaGeometric", input),
        "invalid_input",
      );
      expect(error.issueCount).toBeGreaterThanOrEqual(n - 1);
      expect(error.issues.length).toBeLessThanOrEqual(10_000);
      expect(error.message.length).toBeLessThan(2_000);
    }
  });

  it("accepts and rejects what ShiftedBetaGeometricDataSchema does, naming places the schema names (property)", () => {
    const count = fc.oneof(fc.nat(20), fc.constantFrom(-1, 1.5, "3"));
    const survivors = fc.array(count, { maxLength: 5 });
    const input = fc.oneof(
      fc.record({ survivors }),
      fc.record({
        cohorts: fc.array(
          fc.record({ survivors, startPeriod: fc.constantFrom(0, 2, 1.5) }, { requiredKeys: ["survivors"] }),
          { maxLength: 3 },
        ),
      }),
      fc.record({
        durations: fc.array(
          fc.record(
            { periods: count, churned: fc.boolean(), count: fc.constantFrom(1, 3, 0) },
            { requiredKeys: ["periods", "churned"] },
          ),
          { maxLength: 4 },
        ),
      }),
      fc.record({ survivors, extra: fc.constant(1) }),
    );
    fc.assert(
      fc.property(input, (data) => {
        const reference = safeParse(ShiftedBetaGeometricDataSchema, data);
        let ours: ClienteleError | undefined;
        try {
          readShiftedBetaGeometricData("f", data);
        } catch (error) {
          if (!isClienteleError(error, "invalid_input")) throw error;
          ours = error;
        }
        expect(ours === undefined).toBe(reference.success);
        if (ours !== undefined && !reference.success) {
          // Every place we name, the schema names too. (The schema also runs its increase check over
          // entries that already failed, e.g. survivors [-1, 0] "increase" at [1]; we skip that check then.)
          const theirs = new Set(toClienteleIssues(reference.error.issues, data).map((i) => formatPath(i.path)));
          for (const issue of ours.issues)
            expect(theirs.has(formatPath(issue.path)), formatPath(issue.path)).toBe(true);
        }
      }),
    );
  });
});
