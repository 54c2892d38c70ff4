import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DisconfirmationResponse, disconfirmation } from "../../src/satisfaction/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import "../_helpers/seedPropertyTests.ts";

const response: DisconfirmationResponse = {
  scale: { min: 1, max: 7, integer: true },
  attributes: [
    { name: "delivery speed", expectation: 5, performance: 3 },
    { name: "price", expectation: 4, performance: 5 },
  ],
};

describe("disconfirmation (Oliver 1980)", () => {
  it("subtractive: performance − expectation per attribute, as worked by hand", () => {
    // delivery speed 3 − 5 = −2; price 5 − 4 = +1; mean −0.5
    const r = disconfirmation(response);
    expect(r.form).toBe("subtractive");
    expect(r.attributes.map((a) => [a.name, a.disconfirmation])).toEqual([
      ["delivery speed", -2],
      ["price", 1],
    ]);
    expect(r.mean).toBe(-0.5);
  });

  it("ratio: performance / expectation per attribute, as worked by hand", () => {
    // 3 / 5 = 0.6; 5 / 4 = 1.25; mean 0.925
    const r = disconfirmation(response, { form: "ratio" });
    expect(r.attributes.map((a) => a.disconfirmation)).toEqual([0.6, 1.25]);
    expect(r.mean).toBeCloseTo(0.925, 15);
  });

  it("the ratio form is a domain_error on a scale whose min is ≤ 0", () => {
    const zeroBased = { ...response, scale: { min: 0, max: 10 } };
    const e = expectClienteleError(() => disconfirmation(zeroBased, { form: "ratio" }), "domain_error");
    expect(issuePaths(e)).toEqual(["response.scale.min"]);
    expect(disconfirmation(zeroBased).mean).toBe(-0.5);
  });

  it("validates answers against the scale and follows the missing-answer policy", () => {
    const bad = {
      ...response,
      attributes: [
        { name: "a", expectation: 8, performance: 3 },
        { name: "b", expectation: null, performance: 3 },
      ],
    };
    expect(issuePaths(expectClienteleError(() => disconfirmation(bad), "invalid_input"))).toEqual([
      "response.attributes[0].expectation",
      "response.attributes[1].expectation",
    ]);
    const gappy = {
      ...response,
      attributes: [...response.attributes, { name: "c", expectation: 4, performance: null }],
    };
    expect(disconfirmation(gappy, { missing: "skip" })).toMatchObject({ skipped: 1, mean: -0.5 });
    const imputed = disconfirmation(gappy, { missing: "impute-midpoint" });
    expect(imputed.imputed).toBe(1);
    expect(imputed.attributes[2]).toMatchObject({ performance: 4, disconfirmation: 0 });
    expectClienteleError(() => disconfirmation(gappy, { missing: "impute-mean" }), "invalid_input");
    expectClienteleError(() => disconfirmation(response, { form: "log" } as never), "invalid_input");
  });

  it("subtractive stays within ±(max − min), ratio within [min/max, max/min], input untouched (property)", () => {
    const answer = fc.double({ min: 1, max: 9, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(answer, answer), { minLength: 1, maxLength: 8 }), (pairs) => {
        const input: DisconfirmationResponse = {
          scale: { min: 1, max: 9 },
          attributes: pairs.map(([e, p], i) => ({ name: `a${i}`, expectation: e, performance: p })),
        };
        const before = structuredClone(input);
        for (const a of disconfirmation(input).attributes) expect(Math.abs(a.disconfirmation)).toBeLessThanOrEqual(8);
        for (const a of disconfirmation(input, { form: "ratio" }).attributes) {
          expect(a.disconfirmation).toBeGreaterThanOrEqual(1 / 9 - 1e-15);
          expect(a.disconfirmation).toBeLessThanOrEqual(9 + 1e-15);
        }
        expect(input).toEqual(before);
      }),
    );
  });
});
