import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chiSquareSurvival } from "../../../src/clv/_internal/chiSquareSurvival.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

interface Fixture {
  readonly chiSquareQuantiles: readonly { df: number; p: string; x: string }[];
}
const fixture = JSON.parse(
  readFileSync(new URL("../../fixtures/incomplete-gamma/regularizedGamma.json", import.meta.url), "utf8"),
) as Fixture;

describe("chiSquareSurvival", () => {
  it("gives P(χ²_1 > 3.841459) = 0.05 and P(χ²_10 > 18.307) = 0.05 to 1e-6 (textbook quantiles)", () => {
    // NOTE: the textbook quantiles are rounded (7 and 5 significant digits): 1e-6 absolute covers that.
    expectClose(chiSquareSurvival(3.841459, 1), 0.05, { abs: 1e-6 });
    expectClose(chiSquareSurvival(18.307, 10), 0.05, { abs: 1e-6 });
  });

  it("gives exactly p at mpmath's upper quantiles (df 1…30, p 0.001…0.95) to 1e-12 relative", () => {
    for (const q of fixture.chiSquareQuantiles) {
      expectClose(chiSquareSurvival(Number(q.x), q.df), Number(q.p), { rel: 1e-12 }, `df ${q.df}, p ${q.p}`);
    }
  });

  it("is e^(−x/2) for 2 degrees of freedom, 1 at x = 0 and decreasing in x", () => {
    expectClose(chiSquareSurvival(7, 2), Math.exp(-3.5), { rel: 1e-14 });
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(5, 3)).toBeLessThan(chiSquareSurvival(4, 3));
  });
});
