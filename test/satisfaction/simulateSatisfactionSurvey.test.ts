import { describe, expect, it } from "vitest";
import { answerProblem } from "../../src/satisfaction/_internal/answerProblem.ts";
import { defaultSatisfactionChainModel, simulateSatisfactionSurvey } from "../../src/satisfaction/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("simulateSatisfactionSurvey", () => {
  it("gives the same survey for the same seed and another for another seed", () => {
    const a = simulateSatisfactionSurvey({ respondents: 20, seed: 9 });
    const b = simulateSatisfactionSurvey({ respondents: 20, seed: 9 });
    const c = simulateSatisfactionSurvey({ respondents: 20, seed: 10 });
    expect(a.responses).toEqual(b.responses);
    expect(a.responses[0]).not.toEqual(c.responses[0]);
    // Respondent i depends on (seed, i) only: a longer survey starts with the same respondents.
    expect(simulateSatisfactionSurvey({ respondents: 25, seed: 9 }).responses.slice(0, 20)).toEqual(a.responses);
  });

  it("answers every item on the declared scale, whole numbers on an integer scale", () => {
    const scale = { min: 1, max: 5, integer: true };
    const { responses, clipped } = simulateSatisfactionSurvey({
      respondents: 200,
      attributes: ["a", "b"],
      scale,
      informationItems: 2,
      noise: 0.3,
      seed: 1,
    });
    expect(clipped).toBeGreaterThan(0); // noise 0.3 pushes some answers past the ends
    for (const r of responses) {
      expect(r.scale).toEqual(scale);
      expect(r.attributes.map((a) => a.name)).toEqual(["a", "b"]);
      expect(r.information).toHaveLength(2);
      const answers = [
        ...r.attributes.flatMap((a) => [a.desire, a.expectation, a.performance, a.satisfaction]),
        ...(r.information ?? []),
        r.overall,
      ];
      for (const v of answers) expect(answerProblem(v, scale)).toBeUndefined();
    }
  });

  it("shares one frozen scale object and reports the truth it used", () => {
    const s = simulateSatisfactionSurvey({ respondents: 3, seed: 2 });
    expect(s.responses[0]!.scale).toBe(s.responses[2]!.scale);
    expect(Object.isFrozen(s.responses[0]!.scale)).toBe(true);
    expect(s.model).toBe(defaultSatisfactionChainModel);
    expect(s.performance).toEqual({ intercept: 0.25, expectations: 0.5 });
    expect(s.clipped).toBe(0);
  });

  it("with no noise, answers follow the equations exactly", () => {
    const { responses } = simulateSatisfactionSurvey({ respondents: 5, noise: 0, attributes: ["x"], seed: 3 });
    for (const r of responses) {
      const a = r.attributes[0]!;
      const pos = (v: number) => (v - 1) / 6;
      expect(pos(a.performance!)).toBeCloseTo(0.25 + 0.5 * pos(a.expectation!), 12);
      // attribute satisfaction score = desires congruency (equal weights)
      expect((2 * (a.satisfaction! - 1)) / 6 - 1).toBeCloseTo(pos(a.performance!) - pos(a.desire!), 12);
    }
  });

  it("rejects bad options at their paths", () => {
    const e = expectClienteleError(
      () => simulateSatisfactionSurvey({ respondents: 0, attributes: ["a", "a"], noise: -1, seed: 1.5 } as never),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(
      ["options.attributes[1]", "options.noise", "options.respondents", "options.seed"].sort(),
    );
  });
});
