import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acsiIndex } from "../../src/satisfaction/acsiIndex.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const scale = { min: 1, max: 10 };

describe("acsiIndex", () => {
  it("rescales and weights a worked example checked by hand: Σ wᵢ (x̄ᵢ − 1)/9 × 100 = 75.78", () => {
    // 0.4 × 7.2/9 = 0.32, 0.35 × 6.9/9 = 0.268333, 0.25 × 6.1/9 = 0.169444 → 75.7778
    const r = acsiIndex({ itemScores: [8.2, 7.9, 7.1], weights: [0.4, 0.35, 0.25], scale });
    expectClose(r.index, 75.777777777778, { rel: 1e-12 });
    expectClose(r.contributions[0]!, 32, { rel: 1e-12 });
    expectClose(r.contributions[1]!, 26.833333333333, { rel: 1e-12 });
    expectClose(r.contributions[2]!, 16.944444444444, { rel: 1e-12 });
  });

  it("maps the scale's ends to 0 and 100", () => {
    expect(acsiIndex({ itemScores: [1, 1], weights: [0.5, 0.5], scale }).index).toBe(0);
    expect(acsiIndex({ itemScores: [10, 10], weights: [0.5, 0.5], scale }).index).toBe(100);
  });

  it("is invalid_input at the path of a score off the scale, a bad weight, or weights not summing to 1", () => {
    const e = expectClienteleError(
      () => acsiIndex({ itemScores: [11, 5], weights: [0.5, -0.5], scale }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["itemScores[0]", "weights[1]"]);
    const s = expectClienteleError(
      () => acsiIndex({ itemScores: [5, 5], weights: [0.5, 0.4], scale }),
      "invalid_input",
    );
    expect(issuePaths(s)).toEqual(["weights"]);
    expect(s.message).toContain("expected weights summing to 1, received a sum of 0.9");
    const l = expectClienteleError(() => acsiIndex({ itemScores: [5], weights: [0.5, 0.5], scale }), "invalid_input");
    expect(issuePaths(l)).toEqual(["weights"]);
    const z = expectClienteleError(() => acsiIndex({ itemScores: [], weights: [], scale }), "invalid_input");
    expect(issuePaths(z)).toEqual(["weights"]);
    const c = expectClienteleError(
      () => acsiIndex({ itemScores: [5], weights: [1], scale: { min: 1 } } as never),
      "invalid_input",
    );
    expect(issuePaths(c)).toEqual(["scale.max"]);
  });

  it("property: the index stays in 0…100, the contributions sum to it, and the input is not mutated", () => {
    const item = fc.tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (pairs) => {
        const total = pairs.reduce((s, [, w]) => s + w, 0);
        const input = { itemScores: pairs.map(([x]) => x), weights: pairs.map(([, w]) => w / total), scale };
        const weightSum = input.weights.reduce((s, w) => s + w, 0);
        fc.pre(Math.abs(weightSum - 1) <= 1e-9);
        const copy = structuredClone(input);
        const r = acsiIndex(input);
        expect(r.index).toBeGreaterThanOrEqual(0);
        expect(r.index).toBeLessThanOrEqual(100);
        expectClose(
          r.contributions.reduce((s, c) => s + c, 0),
          r.index,
          { rel: 1e-9, abs: 1e-9 },
        );
        expect(input).toEqual(copy);
      }),
    );
  });
});
