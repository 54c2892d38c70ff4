import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fitSatisfactionChain,
  type SatisfactionChainEquationFit,
  type SatisfactionChainModel,
  type SatisfactionChainResponse,
  satisfactionChain,
  simulateSatisfactionSurvey,
} from "../../src/satisfaction/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import "../_helpers/seedPropertyTests.ts";

const scale = { min: 0, max: 10 };

/** A one-attribute response whose construct scores are easy to read: position = answer / 10. */
function one(desire: number, expectation: number, performance: number, sat: number, info: number, overall: number) {
  return {
    scale,
    attributes: [{ name: "x", desire, expectation, performance, satisfaction: sat }],
    information: [info],
    overall,
  } satisfies SatisfactionChainResponse;
}

function estimates(eq: SatisfactionChainEquationFit): number[] {
  return eq.coefficients.map((c) => c.estimate);
}

describe("fitSatisfactionChain", () => {
  it("regresses performance on expectations by OLS, as worked by hand", () => {
    // expectations positions x = 0.1, 0.2, 0.3, 0.4; performance positions y = 0.1, 0.3, 0.2, 0.5
    // (answers ×10). By hand on (x·10, y·10) = (1,1), (2,3), (3,2), (4,5): x̄ 2.5, ȳ 2.75, Sxx 5, Sxy 5.5,
    // slope 1.1, intercept 0, RSS 2.7, σ² 1.35, SE(slope) = √(1.35/5) = 0.5196152, SE(intercept) =
    // √(1.35 (1/4 + 6.25/5)) = 1.4230249, Syy 8.75, R² = 1 − 2.7/8.75 = 0.6914286. In positions (÷10):
    // slope 1.1, intercept 0, SE(slope) 0.5196152, SE(intercept) 0.14230249.
    const pairs = [
      [1, 1],
      [2, 3],
      [3, 2],
      [4, 5],
    ] as const;
    // The other equations need variation that is not collinear: vary desires, satisfaction and overall.
    const responses = pairs.map(([e, p], i) =>
      one([2, 6, 1, 9][i]!, e, p, [3, 7, 4, 8][i]!, [5, 2, 9, 4][i]!, [6, 1, 3, 8][i]!),
    );
    const fit = fitSatisfactionChain(responses);
    const pp = fit.equations.perceivedPerformance;
    expect(pp.n).toBe(4);
    expect(pp.parameters).toBe(2);
    expect(pp.coefficients[0]!.predictor).toBe("intercept");
    expect(pp.coefficients[0]!.estimate).toBeCloseTo(0, 12);
    expect(pp.coefficients[0]!.standardError).toBeCloseTo(0.14230249, 7);
    expect(pp.coefficients[1]!).toMatchObject({ predictor: "expectations" });
    expect(pp.coefficients[1]!.estimate).toBeCloseTo(1.1, 12);
    expect(pp.coefficients[1]!.standardError).toBeCloseTo(0.5196152, 7);
    expect(pp.coefficients[1]!.t).toBeCloseTo(1.1 / 0.5196152, 6);
    expect(pp.rSquared).toBeCloseTo(0.6914286, 7);
    expect(pp.residualStandardError).toBeCloseTo(Math.sqrt(1.35) / 10, 10);
  });

  it("recovers known path coefficients from 20,000 simulated respondents within 3 standard errors", () => {
    const truth: SatisfactionChainModel = {
      attributeSatisfaction: { intercept: 0.1, desiresCongruency: 0.8 },
      informationSatisfaction: { intercept: -0.05, desiresCongruency: 0.3, expectationsCongruency: 0.6 },
      overallSatisfaction: { intercept: 0.05, attributeSatisfaction: 0.7, informationSatisfaction: 0.25 },
    };
    const performance = { intercept: 0.2, expectations: 0.6 };
    const survey = simulateSatisfactionSurvey({
      respondents: 20_000,
      attributes: ["delivery speed", "price", "service", "range"],
      model: truth,
      performance,
      noise: 0.08,
      seed: 20261207,
    });
    expect(survey.clipped).toBe(0);
    const fit = fitSatisfactionChain(survey.responses);
    expect(fit.n).toBe(20_000);
    const expected: Record<keyof typeof fit.equations, number[]> = {
      perceivedPerformance: [performance.intercept, performance.expectations],
      attributeSatisfaction: [truth.attributeSatisfaction.intercept, truth.attributeSatisfaction.desiresCongruency],
      informationSatisfaction: [
        truth.informationSatisfaction.intercept,
        truth.informationSatisfaction.desiresCongruency,
        truth.informationSatisfaction.expectationsCongruency,
      ],
      overallSatisfaction: [
        truth.overallSatisfaction.intercept,
        truth.overallSatisfaction.attributeSatisfaction,
        truth.overallSatisfaction.informationSatisfaction,
      ],
    };
    for (const [name, values] of Object.entries(expected)) {
      const eq = fit.equations[name as keyof typeof fit.equations];
      eq.coefficients.forEach((c, j) => {
        expect(Math.abs(c.estimate - values[j]!), `${name}.${c.predictor}`).toBeLessThan(3 * c.standardError);
        expect(c.standardError).toBeLessThan(0.02);
      });
    }
    // The estimates plug into the chain.
    const chain = satisfactionChain(survey.responses[0]!, fit.model);
    expect(chain.model).toEqual(fit.model);
  });

  it("recovers the coefficients on a 1–7 integer scale within 0.05 (rounding adds error to outcomes only)", () => {
    // Rounding to whole points adds an error of sd ≈ 0.29 points (1/√12) to each answer; the simulator
    // evaluates every equation on its predecessors' rounded answers, so predictors carry no rounding error
    // and the estimates stay close; 0.05 is about a tenth of the smallest coefficient.
    const { responses } = simulateSatisfactionSurvey({
      respondents: 20_000,
      scale: { min: 1, max: 7, integer: true },
      noise: 0.1,
      seed: 5,
    });
    const fit = fitSatisfactionChain(responses);
    expect(estimates(fit.equations.attributeSatisfaction)[1]).toBeCloseTo(1, 1);
    expect(Math.abs(estimates(fit.equations.informationSatisfaction)[1]! - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(estimates(fit.equations.informationSatisfaction)[2]! - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(estimates(fit.equations.overallSatisfaction)[1]! - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(estimates(fit.equations.overallSatisfaction)[2]! - 0.5)).toBeLessThan(0.05);
  });

  it("is insufficient_data when respondents are not more than an equation's parameters, saying how many", () => {
    const { responses } = simulateSatisfactionSurvey({ respondents: 3, seed: 1 });
    const e = expectClienteleError(() => fitSatisfactionChain(responses), "insufficient_data");
    expect(e.message).toContain("3 usable respondents; at least 4 are needed");
    expect(e.issues[0]!.message).toContain("3 parameters each");
    expect(fitSatisfactionChain(simulateSatisfactionSurvey({ respondents: 4, seed: 1 }).responses).n).toBe(4);
  });

  it("names a constant predictor", () => {
    const { responses } = simulateSatisfactionSurvey({ respondents: 50, attributes: ["x"], seed: 2 });
    const constant = responses.map((r) => ({ ...r, attributes: r.attributes.map((a) => ({ ...a, expectation: 4 })) }));
    const e = expectClienteleError(() => fitSatisfactionChain(constant), "domain_error");
    expect(e.message).toContain("collinear predictors in the perceivedPerformance equation");
    expect(e.issues[0]!.message).toMatch(/^expectations is constant/);
  });

  it("names predictors that are an exact linear combination of each other", () => {
    // Desires equal to expectations on every attribute: desires congruency = expectations congruency.
    const { responses } = simulateSatisfactionSurvey({ respondents: 50, seed: 3 });
    const tied = responses.map((r) => ({
      ...r,
      attributes: r.attributes.map((a) => ({ ...a, desire: a.expectation })),
    }));
    const e = expectClienteleError(() => fitSatisfactionChain(tied), "domain_error");
    expect(e.message).toContain("informationSatisfaction equation");
    expect(e.issues[0]!.message).toContain(
      "desiresCongruency and expectationsCongruency are an exact linear combination of each other",
    );
  });

  it("needs the measured outcomes and rejects bad answers at their paths", () => {
    const { responses } = simulateSatisfactionSurvey({ respondents: 10, seed: 4 });
    const withoutOverall = responses.map((r, i) => (i === 2 ? { ...r, overall: undefined } : r));
    const e = expectClienteleError(() => fitSatisfactionChain(withoutOverall), "invalid_input");
    expect(issuePaths(e)).toEqual(["responses[2].overall"]);
    const bad = responses.map((r, i) => (i === 7 ? { ...r, information: [9] } : r));
    expect(issuePaths(expectClienteleError(() => fitSatisfactionChain(bad), "invalid_input"))).toEqual([
      "responses[7].information[0]",
    ]);
    expectClienteleError(() => fitSatisfactionChain("x" as never), "invalid_input");
  });

  it("skips respondents with a missing answer, or imputes the item mean, when told to", () => {
    const { responses } = simulateSatisfactionSurvey({ respondents: 30, seed: 6 });
    const gappy = responses.map((r, i) =>
      i % 10 === 0 ? { ...r, attributes: r.attributes.map((a, k) => (k === 0 ? { ...a, performance: null } : a)) } : r,
    );
    expectClienteleError(() => fitSatisfactionChain(gappy), "invalid_input");
    const skipped = fitSatisfactionChain(gappy, { missing: "skip" });
    expect(skipped).toMatchObject({ n: 27, skipped: 3, imputed: 0 });
    const imputed = fitSatisfactionChain(gappy, { missing: "impute-mean" });
    expect(imputed).toMatchObject({ n: 30, skipped: 0, imputed: 3 });
    const nobody = responses.map((r) => ({ ...r, overall: null }));
    expectClienteleError(() => fitSatisfactionChain(nobody, { missing: "impute-mean" }), "insufficient_data");
  });

  it("does not depend on the respondents' order and does not mutate them (property)", () => {
    const { responses } = simulateSatisfactionSurvey({ respondents: 40, seed: 8 });
    const before = structuredClone(responses);
    const reference = fitSatisfactionChain(responses);
    expect(responses).toEqual(before);
    fc.assert(
      fc.property(fc.shuffledSubarray([...responses.keys()], { minLength: 40, maxLength: 40 }), (order) => {
        const fit = fitSatisfactionChain(order.map((i) => responses[i]!));
        for (const name of Object.keys(reference.equations) as (keyof typeof reference.equations)[]) {
          const a = reference.equations[name];
          const b = fit.equations[name];
          a.coefficients.forEach((c, j) => {
            expect(b.coefficients[j]!.estimate).toBeCloseTo(c.estimate, 10);
            expect(b.coefficients[j]!.standardError).toBeCloseTo(c.standardError, 10);
          });
          expect(b.rSquared).toBeCloseTo(a.rSquared!, 10);
        }
      }),
      { numRuns: 30 },
    );
  });
});
