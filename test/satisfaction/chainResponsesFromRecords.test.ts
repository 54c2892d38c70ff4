import { describe, expect, it } from "vitest";
import { CustomerRecordSchema } from "../../src/customers/index.ts";
import {
  chainResponsesFromRecords,
  fitSatisfactionChain,
  satisfactionChain,
  simulateSatisfactionSurvey,
} from "../../src/satisfaction/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const mapping = {
  instrument: "post-visit",
  scale: { min: 1, max: 7, integer: true },
  attributes: {
    speed: { desire: "speedWanted", expectation: "speedExpected", performance: "speedGot" },
    staff: { desire: "staffWanted", expectation: "staffExpected", performance: "staffGot", satisfaction: "staffSat" },
  },
  information: ["infoClear"],
  overall: "overall",
} as const;

const record = (customerId: string, surveyResponses: object[]) =>
  CustomerRecordSchema.parse({
    customerId,
    transactions: [],
    interactions: [],
    serviceFailures: [],
    complaints: [],
    incidents: [],
    surveyResponses: surveyResponses.map((r) => ({ customerId, ...r })),
  });

describe("chainResponsesFromRecords (issue 11: the chain's inputs straight from records)", () => {
  const scores = {
    speedWanted: 6,
    speedExpected: 5,
    speedGot: 4,
    staffWanted: 5,
    staffExpected: 5,
    staffGot: 6,
    staffSat: 6,
    infoClear: 5,
    overall: 5,
  };
  const records = [
    record("a", [
      { timestamp: "2024-01-05", instrument: "nps", scores: { recommend: 9 } },
      { timestamp: "2024-02-01", instrument: "post-visit", scores },
    ]),
    record("b", [{ timestamp: "2024-03-01", instrument: "post-visit", scores: { ...scores, speedGot: 2 } }]),
  ];

  it("reads every response of the instrument, attributes in the mapping's order, and nothing else", () => {
    const read = chainResponsesFromRecords(records, mapping);
    expect(read.map((r) => [r.customerId, r.recordIndex, r.responseIndex])).toEqual([
      ["a", 0, 1],
      ["b", 1, 0],
    ]);
    expect(read[0]?.response).toEqual({
      scale: mapping.scale,
      attributes: [
        { name: "speed", desire: 6, expectation: 5, performance: 4 },
        { name: "staff", desire: 5, expectation: 5, performance: 6, satisfaction: 6 },
      ],
      information: [5],
      overall: 5,
    });
    expect(read[0]?.timestamp).toEqual(new Date("2024-02-01"));
  });

  it("gives the same chain as the response written by hand", () => {
    const [first] = chainResponsesFromRecords(records, mapping);
    const byHand = satisfactionChain({
      scale: mapping.scale,
      attributes: [
        { name: "speed", desire: 6, expectation: 5, performance: 4 },
        { name: "staff", desire: 5, expectation: 5, performance: 6, satisfaction: 6 },
      ],
      information: [5],
      overall: 5,
    });
    expect(satisfactionChain(first!.response)).toEqual(byHand);
  });

  it("leaves an unanswered item null, so the chain's missing-answer policy decides (rejected by default, with its path)", () => {
    const { speedGot: _omitted, ...partial } = scores;
    const [only] = chainResponsesFromRecords(
      [record("c", [{ timestamp: "2024-04-01", instrument: "post-visit", scores: partial }])],
      mapping,
    );
    expect(only?.response.attributes[0]?.performance).toBeNull();
    const e = expectClienteleError(() => satisfactionChain(only!.response), "invalid_input");
    expect(issuePaths(e).some((p) => p.includes("performance"))).toBe(true);
  });

  it("feeds fitSatisfactionChain: the fit from records equals the fit from the same responses", () => {
    const survey = simulateSatisfactionSurvey({
      respondents: 200,
      attributes: ["speed", "staff"],
      scale: { min: 1, max: 7 },
      seed: 7,
    });
    const responses = survey.responses;
    const items = (r: (typeof responses)[number]) => {
      const s: Record<string, number> = {};
      r.attributes.forEach((a, k) => {
        s[`d${k}`] = a.desire as number;
        s[`e${k}`] = a.expectation as number;
        s[`p${k}`] = a.performance as number;
        if (a.satisfaction != null) s[`s${k}`] = a.satisfaction;
      });
      (r.information ?? []).forEach((v, k) => {
        s[`i${k}`] = v as number;
      });
      if (r.overall != null) s.overall = r.overall;
      return s;
    };
    const first = responses[0]!;
    const m = {
      instrument: "sim",
      scale: first.scale,
      attributes: Object.fromEntries(
        first.attributes.map((a, k) => [
          a.name,
          {
            desire: `d${k}`,
            expectation: `e${k}`,
            performance: `p${k}`,
            ...(a.satisfaction != null ? { satisfaction: `s${k}` } : {}),
          },
        ]),
      ),
      ...(first.information ? { information: first.information.map((_v, k) => `i${k}`) } : {}),
      ...(first.overall != null ? { overall: "overall" } : {}),
    };
    const recs = responses.map((r, i) =>
      record(`r${i}`, [{ timestamp: "2024-01-01", instrument: "sim", scores: items(r) }]),
    );
    const fromRecords = chainResponsesFromRecords(recs, m).map((r) => r.response);
    expect(fitSatisfactionChain(fromRecords)).toEqual(fitSatisfactionChain(responses));
  });

  it("rejects a bad mapping and a record without surveyResponses at their paths", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => chainResponsesFromRecords(records, { ...mapping, scale: { min: 7, max: 1 } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["mapping.scale.max"]);
    expectClienteleError(() => chainResponsesFromRecords(records, { ...mapping, attributes: {} }), "invalid_input");
    const e = expectClienteleError(
      () => chainResponsesFromRecords([{ customerId: "x" } as never], mapping),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["records[0].surveyResponses"]);
  });

  it("does not mutate its inputs", () => {
    const before = JSON.stringify(records);
    chainResponsesFromRecords(records, mapping);
    expect(JSON.stringify(records)).toBe(before);
  });
});
