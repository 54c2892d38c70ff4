import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultSatisfactionChainModel,
  type SatisfactionChainModel,
  type SatisfactionChainResponse,
  satisfactionChain,
} from "../../src/satisfaction/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import "../_helpers/seedPropertyTests.ts";

// Worked by hand (scale 1–7, span 6):
//   delivery speed: D 7, E 5, P 4 → positions 1, 4/6, 3/6;  price: D 4, E 4, P 5 → 3/6, 3/6, 4/6
//   desires D = 0.75, expectations E = 7/12, performance P = 7/12
//   desires congruency = P − D = −1/6; expectations congruency = P − E = 0
//   equal weights: attribute satisfaction = −1/6; information = ½(−1/6) + ½·0 = −1/12;
//   overall = ½(−1/6) + ½(−1/12) = −1/8
const response: SatisfactionChainResponse = {
  scale: { min: 1, max: 7, integer: true },
  attributes: [
    { name: "delivery speed", desire: 7, expectation: 5, performance: 4 },
    { name: "price", desire: 4, expectation: 4, performance: 5 },
  ],
};

describe("satisfactionChain", () => {
  it("walks the chain of a two-attribute response as worked by hand (equal weights)", () => {
    const r = satisfactionChain(response);
    const c = r.constructs;
    expect(c.desires.value).toBeCloseTo(0.75, 14);
    expect(c.expectations.value).toBeCloseTo(7 / 12, 14);
    expect(c.perceivedPerformance.value).toBeCloseTo(7 / 12, 14);
    expect(c.desiresCongruency.value).toBeCloseTo(-1 / 6, 14);
    expect(c.desiresCongruency.source).toBe("defined");
    expect(c.expectationsCongruency.value).toBeCloseTo(0, 14);
    expect(c.attributeSatisfaction.value).toBeCloseTo(-1 / 6, 14);
    expect(c.informationSatisfaction.value).toBeCloseTo(-1 / 12, 14);
    expect(c.overallSatisfaction.value).toBeCloseTo(-1 / 8, 14);
    expect(c.overallSatisfaction.source).toBe("model");
    expect(c.overallSatisfaction.contributions.map((t) => [t.from, t.contribution])).toEqual([
      ["attributeSatisfaction", expect.closeTo(-1 / 12, 14)],
      ["informationSatisfaction", expect.closeTo(-1 / 24, 14)],
    ]);
    expect(r.largestShortfall?.name).toBe("delivery speed");
    expect(r.largestShortfall?.desireGap).toBe(-3);
    expect(r.attributes[1]).toMatchObject({ name: "price", desireGap: 1, expectationGap: 1 });
    expect(r.explanation).toBe(
      "overall satisfaction -0.13 on −1…1 (model): attribute satisfaction contributed -0.08, information satisfaction contributed -0.04; the largest shortfall is attribute 'delivery speed', where performance fell short of desires by 3 scale points",
    );
    expect(r.model).toBe(defaultSatisfactionChainModel);
  });

  it("takes measured satisfaction over the model and keeps the model-implied value beside it", () => {
    // information items 5, 6 → 1/3, 2/3 → 0.5; overall 5 → 1/3; implied overall = ½(−1/6) + ½(0.5) = 1/6
    const r = satisfactionChain({ ...response, information: [5, 6], overall: 5 });
    expect(r.constructs.informationSatisfaction).toMatchObject({ source: "measured", value: 0.5 });
    expect(r.constructs.informationSatisfaction.implied).toBeCloseTo(-1 / 12, 14);
    expect(r.constructs.overallSatisfaction.source).toBe("measured");
    expect(r.constructs.overallSatisfaction.value).toBeCloseTo(1 / 3, 14);
    expect(r.constructs.overallSatisfaction.implied).toBeCloseTo(1 / 6, 14);
    expect(r.explanation).toContain("(measured; the model implies 0.17)");
  });

  it("uses a caller's model and rejects a bad one at its path", () => {
    const model: SatisfactionChainModel = {
      attributeSatisfaction: { intercept: 0.1, desiresCongruency: 0.6 },
      informationSatisfaction: { intercept: 0, desiresCongruency: 0, expectationsCongruency: 1 },
      overallSatisfaction: { intercept: 0, attributeSatisfaction: 1, informationSatisfaction: 0 },
    };
    const r = satisfactionChain(response, model);
    expect(r.constructs.attributeSatisfaction.value).toBeCloseTo(0.1 + 0.6 * (-1 / 6), 14);
    expect(r.constructs.overallSatisfaction.value).toBeCloseTo(0.1 + 0.6 * (-1 / 6), 14);
    const e = expectClienteleError(
      () =>
        satisfactionChain(response, {
          ...model,
          overallSatisfaction: { ...model.overallSatisfaction, intercept: Number.NaN },
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["model.overallSatisfaction.intercept"]);
  });

  it("rejects answers off the scale at their paths, all of them", () => {
    const e = expectClienteleError(
      () =>
        satisfactionChain({
          scale: { min: 1, max: 7, integer: true },
          attributes: [
            { name: "a", desire: 9, expectation: 5, performance: 4.5 },
            { name: "b", desire: 1, expectation: 1, performance: 1 },
          ],
          information: [0],
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual([
      "response.attributes[0].desire",
      "response.attributes[0].performance",
      "response.information[0]",
    ]);
    expect(e.message).toContain("expected a whole number from 1 to 7, received 9");
  });

  it("rejects duplicate attribute names, a bad scale and an empty attribute list", () => {
    const dup = expectClienteleError(
      () =>
        satisfactionChain({
          scale: { min: 1, max: 5 },
          attributes: [
            { name: "a", desire: 1, expectation: 1, performance: 1 },
            { name: "a", desire: 1, expectation: 1, performance: 1 },
          ],
        }),
      "invalid_input",
    );
    expect(issuePaths(dup)).toEqual(["response.attributes[1].name"]);
    const scale = expectClienteleError(
      () => satisfactionChain({ scale: { min: 5, max: 1 }, attributes: response.attributes }),
      "invalid_input",
    );
    expect(issuePaths(scale)).toEqual(["response.scale.max"]);
    expectClienteleError(() => satisfactionChain({ scale: { min: 1, max: 5 }, attributes: [] }), "invalid_input");
    const noScale = expectClienteleError(
      () => satisfactionChain({ attributes: response.attributes } as never),
      "invalid_input",
    );
    expect(issuePaths(noScale)).toEqual(["response.scale"]);
  });

  it("follows the missing-answer policy: reject (default), skip with a count, impute the midpoint", () => {
    const gappy: SatisfactionChainResponse = {
      scale: { min: 1, max: 7 },
      attributes: [
        { name: "delivery speed", desire: 7, expectation: null, performance: 4 },
        { name: "price", desire: 4, expectation: 4, performance: 5 },
      ],
    };
    const e = expectClienteleError(() => satisfactionChain(gappy), "invalid_input");
    expect(issuePaths(e)).toEqual(["response.attributes[0].expectation"]);
    const skipped = satisfactionChain(gappy, undefined, { missing: "skip" });
    expect(skipped.skipped).toBe(1);
    expect(skipped.attributes.map((a) => a.name)).toEqual(["price"]);
    expect(skipped.constructs.desiresCongruency.value).toBeCloseTo(1 / 6, 14);
    const imputed = satisfactionChain(gappy, undefined, { missing: "impute-midpoint" });
    expect(imputed.imputed).toBe(1);
    expect(imputed.attributes[0]?.expectation).toBe(4);
    expectClienteleError(() => satisfactionChain(gappy, undefined, { missing: "impute-mean" }), "invalid_input");
    const none = { ...gappy, attributes: [gappy.attributes[0]!] };
    expectClienteleError(() => satisfactionChain(none, undefined, { missing: "skip" }), "insufficient_data");
  });

  it("says when no attribute fell short of desires", () => {
    const r = satisfactionChain({
      scale: { min: 0, max: 10 },
      attributes: [{ name: "x", desire: 5, expectation: 5, performance: 8 }],
    });
    expect(r.largestShortfall).toBeUndefined();
    expect(r.explanation).toMatch(/no attribute fell short of desires$/);
  });

  const answer = fc.integer({ min: 1, max: 7 });
  const attribute = fc.record({ desire: answer, expectation: answer, performance: answer });
  const responses = fc.record({
    attributes: fc.array(attribute, { minLength: 1, maxLength: 6 }),
    information: fc.option(fc.array(answer, { minLength: 1, maxLength: 4 }), { nil: undefined }),
    overall: fc.option(answer, { nil: undefined }),
  });
  const weight = fc.double({ min: -1, max: 1, noNaN: true });
  // |intercept| + Σ|coefficient| ≤ 1 per equation, by scaling three draws.
  const equation = (k: number) =>
    fc.array(weight, { minLength: k + 1, maxLength: k + 1 }).map((w) => {
      const total = w.reduce((s, x) => s + Math.abs(x), 0);
      return total > 1 ? w.map((x) => x / total) : w;
    });
  const models = fc.tuple(equation(1), equation(2), equation(2)).map(
    ([a, i, o]): SatisfactionChainModel => ({
      attributeSatisfaction: { intercept: a[0]!, desiresCongruency: a[1]! },
      informationSatisfaction: { intercept: i[0]!, desiresCongruency: i[1]!, expectationsCongruency: i[2]! },
      overallSatisfaction: { intercept: o[0]!, attributeSatisfaction: o[1]!, informationSatisfaction: o[2]! },
    }),
  );

  it("keeps every construct in its documented range, and the input untouched (property)", () => {
    fc.assert(
      fc.property(responses, models, (generated, model) => {
        const input: SatisfactionChainResponse = {
          scale: { min: 1, max: 7, integer: true },
          attributes: generated.attributes.map((a, i) => ({ name: `a${i}`, ...a })),
          ...(generated.information === undefined ? {} : { information: generated.information }),
          ...(generated.overall === undefined ? {} : { overall: generated.overall }),
        };
        const before = structuredClone(input);
        const c = satisfactionChain(input, model).constructs;
        expect(input).toEqual(before);
        for (const k of ["desires", "expectations", "perceivedPerformance"] as const) {
          expect(c[k].value).toBeGreaterThanOrEqual(0);
          expect(c[k].value).toBeLessThanOrEqual(1);
        }
        for (const k of [
          "desiresCongruency",
          "expectationsCongruency",
          "attributeSatisfaction",
          "informationSatisfaction",
          "overallSatisfaction",
        ] as const) {
          expect(Math.abs(c[k].value)).toBeLessThanOrEqual(1 + 1e-12);
          expect(Math.abs(c[k].implied)).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
