import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { bondProfile, switchingCost } from "../../src/bonds/index.ts";
import {
  conditionalExpectedPurchases,
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  probabilityAlive,
} from "../../src/clv/index.ts";
import { type CustomerRecord, groupByCustomer, parseTransactions } from "../../src/customers/index.ts";
import { lifecycleStage } from "../../src/lifecycle/index.ts";
import {
  assessPortfolio,
  assessRelationship,
  type RelationshipAssessment,
  type RelationshipContext,
} from "../../src/relationship/index.ts";
import { assessSwitchingRisk } from "../../src/retention/index.ts";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { chainResponsesFromRecords, satisfactionChain, satisfactionFromRecords } from "../../src/satisfaction/index.ts";
import {
  simulateCustomerRecords,
  simulatedChainSurveyMapping,
  simulatedSurveyMapping,
} from "../../src/simulation/index.ts";
import { decideTermination } from "../../src/termination/index.ts";
import { customerProfit } from "../../src/value/index.ts";

const DAY = 86_400_000;
const asOf = "1998-06-30";
const asOfMs = Date.parse("1998-06-30T00:00:00Z");

// The bundled CDNOW sample, enriched with the library's seeded simulator (service failures, complaints,
// surveys, bonds); the models fitted on the purchases to asOf.
const records = simulateCustomerRecords(groupByCustomer({ transactions: parseTransactions(loadCdnowSample()) }), {
  seed: 19,
  from: "1997-01-01",
  asOf,
});
const summary = summarizeTransactions(
  records.flatMap((r) => r.transactions),
  { unit: "week", observationEnd: asOf },
);
const countFit = fitBgNbd(summary);
const spendFit = fitGammaGamma(summary);
const costDrivers = { perOrder: 1, perInteraction: {}, otherInteraction: 0.5, perComplaint: 25, perServiceFailure: 10 };
const context: RelationshipContext = {
  asOf,
  countFit,
  spendFit,
  currency: "USD",
  grossMarginRate: 0.3,
  discountRate: 0.0018,
  forecast: { horizon: 52 },
  costDrivers,
  satisfaction: { chain: simulatedChainSurveyMapping, survey: simulatedSurveyMapping },
};

const value = <T>(part: { status: string; value?: T; reason?: string }): T => {
  if (part.status !== "computed") throw new Error(`part missing: ${part.reason}`);
  return part.value as T;
};

/** Every part of one assessment against the area function called directly on the same inputs. */
function checkParts(r: CustomerRecord, a: RelationshipAssessment): void {
  expect(value(a.lifecycle)).toEqual(lifecycleStage(r, { asOf, switchingRisk: { fit: countFit } }));
  expect(value(a.switchingRisk)).toEqual(assessSwitchingRisk(r, { asOf, fit: countFit }));
  expect(value(a.bonds).profile).toEqual(bondProfile(r, { asOf }));
  expect(value(a.bonds).switchingCost).toEqual(switchingCost(r, { asOf, currency: "USD" }));
  expect(value(a.profitability).profit).toEqual(
    customerProfit(
      r,
      { ...costDrivers, currency: "USD" },
      {
        from: new Date(asOfMs - 365 * DAY + 1),
        to: new Date(asOfMs + 1),
        missingCost: { margin: 0.3 },
      },
    ),
  );
  const row = summarizeTransactions(r.transactions, { unit: "week", observationEnd: asOf }).rows[0]!;
  expect(value(a.probabilityAlive).value).toBeCloseTo(probabilityAlive(countFit, row), 12);
  expect(value(a.expectedPurchases).value).toBeCloseTo(conditionalExpectedPurchases(countFit, 52, row), 12);
  expect(value(a.lifetimeValue).value).toBeCloseTo(
    customerLifetimeValue({ countFit, spendFit, customers: row, horizon: 52, discountRate: 0.0018, margin: 0.3 }),
    9,
  );
  const direct = decideTermination(r, {
    asOf,
    costDrivers: { ...costDrivers, currency: "USD" },
    grossMarginRate: 0.3,
    fit: countFit,
    spendFit,
    summary: row,
  });
  expect(value(a.termination).decision).toBe(direct.decision);
  expect(value(a.termination).findings.map((f) => f.ruleId)).toEqual(direct.findings.map((f) => f.ruleId));
  const upTo = r.surveyResponses.filter((s) => s.timestamp.getTime() <= asOfMs);
  if (upTo.length > 0) {
    expect(value(a.satisfactionIndices)).toEqual(
      satisfactionFromRecords([{ ...r, surveyResponses: upTo }], simulatedSurveyMapping),
    );
    const chain = value(a.satisfactionChain);
    const responses = chainResponsesFromRecords(
      [{ ...r, surveyResponses: [r.surveyResponses[chain.responseIndex]!] }],
      simulatedChainSurveyMapping,
    );
    expect(chain.result).toEqual(satisfactionChain(responses[0]!.response));
  } else {
    expect(a.satisfactionIndices.status).toBe("missing");
    expect(a.satisfactionChain.status).toBe("missing");
  }
}

describe("CDNOW enriched with the library's simulator: the assessment end to end", () => {
  it("the simulator gave the sample service failures, complaints, surveys and bonds", () => {
    expect(records.length).toBe(2357);
    for (const list of ["serviceFailures", "complaints", "surveyResponses", "bonds"] as const) {
      expect(
        records.some((r) => r[list].length > 0),
        list,
      ).toBe(true);
    }
  });

  it("every part of a sample of customers equals its area function on the same inputs", () => {
    const sample = records.filter((_, i) => i % 97 === 0);
    expect(sample.length).toBeGreaterThan(20);
    let withSurveys = 0;
    for (const r of sample) {
      const a = assessRelationship(r, context);
      checkParts(r, a);
      if (a.satisfactionChain.status === "computed") withSurveys++;
    }
    expect(withSurveys).toBeGreaterThan(0);
  });

  it("a customer whose data lack surveys, or an assessment without fits, still gets the parts that can be computed", () => {
    const noSurvey = records.find((r) => r.surveyResponses.length === 0)!;
    const a = assessRelationship(noSurvey, context);
    expect(a.missing).toEqual(["satisfactionChain", "satisfactionIndices"]);
    checkParts(noSurvey, a);
    const noFits = assessRelationship(noSurvey, { ...context, countFit: undefined, spendFit: undefined });
    expect(noFits.missing).toEqual([
      "satisfactionChain",
      "satisfactionIndices",
      "probabilityAlive",
      "expectedPurchases",
      "lifetimeValue",
    ]);
    expect(noFits.termination.status).toBe("computed");
  });

  it("the portfolio counts the customers as their own assessments place them", () => {
    const part = records.slice(0, 250);
    const s = assessPortfolio(part, context);
    expect(s.customers).toBe(250);
    const jobs: Record<string, number> = {};
    let clv = 0;
    for (const r of part) {
      const a = assessRelationship(r, context);
      const job = value(a.job).job;
      jobs[job] = (jobs[job] ?? 0) + 1;
      if (a.lifetimeValue.status === "computed") clv += a.lifetimeValue.value.value;
    }
    for (const [job, cell] of Object.entries(s.byJob)) expect(cell.customers, job).toBe(jobs[job] ?? 0);
    expect(s.total.lifetimeValue).toBeCloseTo(clv, 6);
    expect(JSON.stringify(s)).not.toMatch(/NaN|Infinity/);
  });
});
