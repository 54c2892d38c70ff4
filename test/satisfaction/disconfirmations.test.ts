import { describe, expect, it } from "vitest";
import { type DisconfirmationResponse, disconfirmations } from "../../src/satisfaction/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const scale = { min: 1, max: 5 };
const responses: DisconfirmationResponse[] = [
  {
    scale,
    attributes: [
      { name: "price", expectation: 3, performance: 4 },
      { name: "speed", expectation: 5, performance: 2 },
    ],
  },
  { scale, attributes: [{ name: "price", expectation: 4, performance: 4 }] },
  {
    scale,
    attributes: [
      { name: "speed", expectation: 4, performance: 5 },
      { name: "price", expectation: 2, performance: 5 },
    ],
  },
];

describe("disconfirmations", () => {
  it("gives each respondent's disconfirmation and the mean per attribute, as worked by hand", () => {
    // price: +1, 0, +3 → mean 4/3 (n 3); speed: −3, +1 → mean −1 (n 2)
    const s = disconfirmations(responses);
    expect(s.respondents.map((r) => r.mean)).toEqual([-1, 0, 2]);
    expect(s.byAttribute).toEqual([
      { name: "price", mean: 4 / 3, n: 3 },
      { name: "speed", mean: -1, n: 2 },
    ]);
    const ratio = disconfirmations(responses, { form: "ratio" });
    // price: 4/3, 1, 5/2 → mean (4/3 + 1 + 5/2)/3
    expect(ratio.byAttribute[0]!.mean).toBeCloseTo((4 / 3 + 1 + 5 / 2) / 3, 14);
  });

  it("imputes an item's mean over the respondents who answered it", () => {
    // price expectation positions (3−1)/4, (4−1)/4, (2−1)/4 → mean 0.5 → answer 3
    const gappy = [...responses, { scale, attributes: [{ name: "price", expectation: null, performance: 5 }] }];
    const s = disconfirmations(gappy, { missing: "impute-mean" });
    expect(s.imputed).toBe(1);
    expect(s.respondents[3]!.attributes[0]).toMatchObject({ expectation: 3, disconfirmation: 2 });
  });

  it("reports every bad answer at its path, and is not mutated", () => {
    const before = structuredClone(responses);
    disconfirmations(responses);
    expect(responses).toEqual(before);
    const bad = [responses[0]!, { scale, attributes: [{ name: "x", expectation: 6, performance: 0 }] }];
    expect(issuePaths(expectClienteleError(() => disconfirmations(bad), "invalid_input"))).toEqual([
      "responses[1].attributes[0].expectation",
      "responses[1].attributes[0].performance",
    ]);
    expectClienteleError(() => disconfirmations({} as never), "invalid_input");
  });
});
