import { describe, expect, it } from "vitest";
import { answerProblem } from "../../../src/satisfaction/_internal/answerProblem.ts";

describe("answerProblem", () => {
  const likert7 = { min: 1, max: 7, integer: true };
  it("accepts answers on the scale, bounds included", () => {
    for (const a of [1, 4, 7]) expect(answerProblem(a, likert7)).toBeUndefined();
    expect(answerProblem(2.5, { min: 1, max: 5 })).toBeUndefined();
  });
  it("names the scale and the received value otherwise", () => {
    expect(answerProblem(9, likert7)).toBe("expected a whole number from 1 to 7, received 9");
    expect(answerProblem(2.5, likert7)).toMatch(/^expected a whole number from 1 to 7, received 2\.5/);
    expect(answerProblem(Number.NaN, { min: 0, max: 10 })).toMatch(/^expected a number from 0 to 10, received /);
    expect(answerProblem("5", { min: 0, max: 10 })).toMatch(/^expected a number from 0 to 10, received /);
  });
});
