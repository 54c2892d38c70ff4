import { describe, expect, it } from "vitest";
import { olsPathEquation } from "../../../src/satisfaction/_internal/olsPathEquation.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

// Rows of (x1, x2, y), stride 3.
function rows(data: number[][]): Float64Array {
  return Float64Array.from(data.flat());
}

describe("olsPathEquation", () => {
  it("fits two predictors exactly when y is their linear function plus a residual worked by hand", () => {
    // y = 1 + 2·x1 − x2 exactly → estimates 1, 2, −1, RSS 0 → SE 0 and t null, R² 1.
    const data = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [2, 1],
    ].map(([a, b]) => [a!, b!, 1 + 2 * a! - b!]);
    const fit = olsPathEquation("f", rows(data), 5, 3, "overallSatisfaction", 2, [
      { name: "attributeSatisfaction", column: 0 },
      { name: "informationSatisfaction", column: 1 },
    ]);
    expect(fit.coefficients.map((c) => c.estimate)).toEqual([
      expect.closeTo(1, 12),
      expect.closeTo(2, 12),
      expect.closeTo(-1, 12),
    ]);
    expect(fit.coefficients[1]!.standardError).toBeCloseTo(0, 12);
    expect(fit.rSquared).toBeCloseTo(1, 12);
  });

  it("reports R² null for a constant outcome and names collinear predictors", () => {
    const flat = olsPathEquation(
      "f",
      rows([
        [0, 5],
        [1, 5],
        [2, 5],
      ]),
      3,
      2,
      "attributeSatisfaction",
      1,
      [{ name: "desiresCongruency", column: 0 }],
    );
    expect(flat.rSquared).toBeNull();
    expect(flat.coefficients[1]!.t).toBeNull();
    const twice = rows([0, 1, 2, 3].map((x) => [x, 2 * x + 1, x * x]));
    const e = expectClienteleError(
      () =>
        olsPathEquation("f", twice, 4, 3, "informationSatisfaction", 2, [
          { name: "desiresCongruency", column: 0 },
          { name: "expectationsCongruency", column: 1 },
        ]),
      "domain_error",
    );
    expect(e.issues[0]!.message).toMatch(
      /^desiresCongruency and expectationsCongruency are an exact linear combination/,
    );
  });
});
