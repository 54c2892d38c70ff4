import { describe, expect, it } from "vitest";
import { noProgress } from "../../../src/_lib/progress.ts";
import { resolveFitOptions, throwMissingUnit } from "../../../src/clv/_internal/resolveFitOptions.ts";
import { defaultFitOptions } from "../../../src/clv/FitOptions.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const names = ["r", "alpha", "a", "b"];

describe("resolveFitOptions", () => {
  it("fills in defaultFitOptions and leaves start values not given undefined, in parameter order", () => {
    const o = resolveFitOptions("f", { start: { b: 2, r: 0.5 } }, names);
    expect(o).toEqual({
      unit: undefined,
      start: [0.5, undefined, undefined, 2],
      tolerance: defaultFitOptions.tolerance,
      maxIterations: defaultFitOptions.maxIterations,
      penalty: 0,
      standardErrors: true,
      allowNonConvergence: false,
      control: noProgress,
    });
    expect(resolveFitOptions("f", undefined, names).start).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("rejects bad options with paths under options, including unknown keys and unknown parameters", () => {
    let e = expectClienteleError(
      () =>
        resolveFitOptions(
          "f",
          { tolerance: 2, maxIterations: 0.5, penalty: -1, unit: "fortnight", start: { r: 0 } },
          names,
        ),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(
      ["options.maxIterations", "options.penalty", "options.start.r", "options.tolerance", "options.unit"].sort(),
    );
    e = expectClienteleError(() => resolveFitOptions("f", { start: { s: 1 } }, names), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.start"]);
    expect(e.message).toContain('unknown parameter "s" (the parameters are r, alpha, a, b)');
    e = expectClienteleError(() => resolveFitOptions("f", { optimiser: "nm" }, names), "invalid_input");
    expect(issuePaths(e)).toEqual(["options"]);
  });

  it("throwMissingUnit reports the missing unit at options.unit, naming what it measures and the units", () => {
    let e = expectClienteleError(() => throwMissingUnit("f", "the length of one period"), "invalid_input");
    expect(e.issues).toEqual([
      {
        code: "invalid_type",
        path: ["options", "unit"],
        message:
          'missing required field (expected the length of one period: "day" | "week" | "month" | "quarter" | "year")',
        expected: "time unit",
        received: "undefined",
      },
    ]);
    e = expectClienteleError(() => throwMissingUnit("f", "the time unit of T", "a hint"), "invalid_input");
    expect(e.issues[0]?.message).toBe(
      'missing required field (expected the time unit of T: "day" | "week" | "month" | "quarter" | "year"; a hint)',
    );
  });
});
