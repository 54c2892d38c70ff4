import { describe, expect, it } from "vitest";
import { bondProfile, switchingCost } from "../../src/bonds/index.ts";
import { conditionalExpectedPurchases, customerLifetimeValue, probabilityAlive } from "../../src/clv/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import { lifecycleStage } from "../../src/lifecycle/index.ts";
import { assessRelationship, type RelationshipAssessment } from "../../src/relationship/index.ts";
import { assessSwitchingRisk } from "../../src/retention/index.ts";
import { summarizeTransactions } from "../../src/rfm/index.ts";
import { chainResponsesFromRecords, satisfactionChain, satisfactionFromRecords } from "../../src/satisfaction/index.ts";
import { decideTermination } from "../../src/termination/index.ts";
import { customerProfit } from "../../src/value/index.ts";
import {
  asOf,
  bgNbd,
  chainMapping,
  fullContext,
  gammaGamma,
  record,
  richRecord,
  surveyMapping,
} from "./_relationshipFixtures.ts";

const DAY = 86_400_000;
const computedValue = <T>(part: { status: string; value?: T; reason?: string }): T => {
  if (part.status !== "computed") throw new Error(`part missing: ${part.reason}`);
  return part.value as T;
};

describe("assessRelationship: every part equals its area function on the same inputs", () => {
  const r = richRecord();
  const a = assessRelationship(r, fullContext);
  const row = summarizeTransactions(r.transactions, { unit: "week", observationEnd: asOf }).rows[0]!;

  it("computes every part for a customer with surveys, bonds and fits", () => {
    expect(a.missing).toEqual([]);
    expect(a.customerId).toBe("c1");
    expect(a.asOf.toISOString()).toBe("2024-06-30T00:00:00.000Z");
    expect(a.currency).toBe("USD");
  });
  it("lifecycle = lifecycleStage with the same fit for its switching-risk assessment", () => {
    expect(computedValue(a.lifecycle)).toEqual(lifecycleStage(r, { asOf, switchingRisk: { fit: bgNbd } }));
  });
  it("switchingRisk = assessSwitchingRisk with the count model", () => {
    expect(computedValue(a.switchingRisk)).toEqual(assessSwitchingRisk(r, { asOf, fit: bgNbd }));
  });
  it("bonds = bondProfile and switchingCost", () => {
    const b = computedValue(a.bonds);
    expect(b.profile).toEqual(bondProfile(r, { asOf }));
    expect(b.switchingCost).toEqual(switchingCost(r, { asOf, currency: "USD" }));
  });
  it("satisfactionChain = satisfactionChain of the latest chain response at or before asOf", () => {
    const chain = computedValue(a.satisfactionChain);
    const responses = chainResponsesFromRecords([r], chainMapping);
    expect(chain.responseIndex).toBe(1);
    expect(chain.respondedAt.toISOString()).toBe("2024-05-25T00:00:00.000Z");
    expect(chain.result).toEqual(satisfactionChain(responses[1]!.response));
  });
  it("satisfactionIndices = satisfactionFromRecords of the responses at or before asOf (the July answer is not read)", () => {
    const upTo = { ...r, surveyResponses: r.surveyResponses.filter((s) => s.timestamp <= new Date(asOf)) };
    const figures = computedValue(a.satisfactionIndices);
    expect(figures).toEqual(satisfactionFromRecords([upTo], surveyMapping));
    expect(figures.nps?.score).toBe(0); // one passive (7): 0 % promoters − 0 % detractors
  });
  it("probabilityAlive and expectedPurchases = the clv predictions on the customer's summary row", () => {
    expect(computedValue(a.probabilityAlive).value).toBe(probabilityAlive(bgNbd, row));
    expect(computedValue(a.probabilityAlive).history).toEqual({
      unit: "week",
      frequency: row.frequency,
      recency: row.recency,
      T: row.T,
      monetaryValue: row.monetaryValue,
    });
    expect(computedValue(a.expectedPurchases).value).toBe(conditionalExpectedPurchases(bgNbd, 52, row));
  });
  it("lifetimeValue = customerLifetimeValue with the one discount rate and the margin", () => {
    expect(computedValue(a.lifetimeValue).value).toBeCloseTo(
      customerLifetimeValue({
        countFit: bgNbd,
        spendFit: gammaGamma,
        customers: row,
        horizon: 52,
        discountRate: 0.0018,
        margin: 0.3,
      }),
      12,
    );
  });
  it("profitability = customerProfit over (asOf − 365 days, asOf]", () => {
    const p = computedValue(a.profitability);
    const to = new Date(asOf).getTime();
    expect(p.profit).toEqual(
      customerProfit(r, fullContext.costDrivers!, { from: new Date(to - 365 * DAY + 1), to: new Date(to + 1) }),
    );
    expect(p.from.toISOString()).toBe("2023-07-01T00:00:00.000Z");
  });
  it("termination = decideTermination with the same economics inputs and models", () => {
    const row2 = { frequency: row.frequency, recency: row.recency, T: row.T, monetaryValue: row.monetaryValue };
    const direct = decideTermination(r, {
      asOf,
      costDrivers: fullContext.costDrivers,
      grossMarginRate: 0.3,
      fit: bgNbd,
      spendFit: gammaGamma,
      summary: row2,
    });
    const mine = computedValue(a.termination);
    expect(mine.decision).toBe(direct.decision);
    expect(mine.findings).toEqual(direct.findings);
    expect(mine.actions).toEqual(direct.actions);
    expect(mine.economics.expectedPurchases).toBeCloseTo(direct.economics.expectedPurchases, 12);
    expect(mine.economics.expectedFutureValue).toBeCloseTo(direct.economics.expectedFutureValue, 9);
  });
  it("states the inputs each part read", () => {
    expect(a.probabilityAlive.inputs).toEqual(["record.transactions", "countFit"]);
    expect(a.lifetimeValue.inputs).toContain("config.discountRate");
    expect(a.termination.inputs).toContain("countFit");
  });
  it("is JSON-ready: only plain data, finite numbers, dates as ISO strings", () => {
    const text = JSON.stringify(a);
    expect(text).not.toMatch(/NaN|Infinity/);
    const back = JSON.parse(text) as RelationshipAssessment;
    expect(back.customerId).toBe("c1");
    expect(JSON.parse(JSON.stringify(back))).toEqual(back);
  });
  it("does not mutate the record or the context", () => {
    const r2 = richRecord();
    const before = structuredClone(r2);
    const ctx = structuredClone(fullContext);
    assessRelationship(r2, ctx);
    expect(r2).toEqual(before);
    expect(ctx).toEqual(fullContext);
  });
});

describe("assessRelationship: a worked example, checked by hand", () => {
  const r = record({
    transactions: [
      { timestamp: "2024-01-10", amount: 120, cost: 80 },
      { timestamp: "2024-06-20", amount: 90, cost: 60 },
    ],
    complaints: [{ openedAt: "2024-06-22", severity: "major", outcome: "unresolved" }],
  });
  const a = assessRelationship(r, { asOf, countFit: bgNbd });

  it("P(alive) of x = 1, t_x = 162/7, T = 172/7 weeks: 1 / (1 + a/b · ((α+T)/(α+t_x))^(r+1)) = 0.7418", () => {
    // a / (b + x − 1) = 0.793 / 2.426 = 0.326876; (4.414 + 24.571429) / (4.414 + 23.142857) = 1.051841;
    // 1.051841^1.243 = 1.064839; 1 / (1 + 0.326876 × 1.064839) = 0.741801
    expect(computedValue(a.probabilityAlive).value).toBeCloseTo(0.741801, 5);
    expect(computedValue(a.probabilityAlive).history.frequency).toBe(1);
  });
  it("profit over the year: revenue 210 − product cost 140 = 70, no service cost without a cost-driver table", () => {
    const p = computedValue(a.profitability).profit;
    expect([p.revenue, p.productCost, p.grossProfit, p.costToServe, p.profit]).toEqual([210, 140, 70, 0, 70]);
  });
  it("an open major complaint: stage complaining, job complaint management, escalated after 8 days (target 5)", () => {
    expect(computedValue(a.lifecycle).stage).toBe("complaining");
    const job = computedValue(a.job);
    expect(job.job).toBe("complaint-management");
    expect(job.nextActions.map((x) => x.action).sort()).toEqual(["escalate-complaint", "service-recovery-offer"]);
    const escalate = job.nextActions.find((x) => x.action === "escalate-complaint")!;
    expect(escalate.evidence).toMatchObject({ daysOpen: 8, targetDays: 5, severity: "major" });
  });
  it("says why the parts it cannot compute are missing", () => {
    expect(a.missing).toEqual(["satisfactionChain", "satisfactionIndices", "expectedPurchases", "lifetimeValue"]);
    expect(a.expectedPurchases).toEqual({
      status: "missing",
      inputs: ["record.transactions", "countFit", "config.forecast"],
      reason: "no forecast horizon in the configuration (forecast.horizon)",
    });
    expect(a.lifetimeValue.status === "missing" && a.lifetimeValue.reason).toBe(
      "no a fitted spend model (spendFit), a forecast horizon (forecast.horizon), a discount rate (discountRate), a margin (grossMarginRate) in the context",
    );
  });
});

describe("assessRelationship: a record without surveys or fits still gets the computable parts", () => {
  const r = record({
    transactions: [{ timestamp: "2024-06-20", amount: 50 }],
    interactions: [{ timestamp: "2024-06-21", kind: "newsletter", channel: "email", direction: "outbound" }],
  });
  it("computes lifecycle, bonds, switching risk and the job; states the rest missing with reasons", () => {
    const a = assessRelationship(r, { asOf });
    expect(a.lifecycle.status).toBe("computed");
    expect(a.bonds.status).toBe("computed");
    expect(a.switchingRisk.status).toBe("computed");
    expect(a.job.status).toBe("computed");
    expect(a.missing).toEqual([
      "satisfactionChain",
      "satisfactionIndices",
      "probabilityAlive",
      "expectedPurchases",
      "lifetimeValue",
      "profitability",
      "termination",
    ]);
    expect(a.termination.status === "missing" && a.termination.reason).toBe(
      "1 transaction at or before asOf without a cost and no grossMarginRate in the configuration",
    );
    expect(a.probabilityAlive.status === "missing" && a.probabilityAlive.reason).toBe(
      "no fitted count model in the context",
    );
    const job = computedValue(a.job);
    expect(job.job).toBe("new-customer");
    expect(job.nextActions.map((x) => x.ruleId)).toEqual(["welcome-contact"]);
  });
  it("with a margin rate, profitability and termination are computed", () => {
    const a = assessRelationship(r, { asOf, grossMarginRate: 0.4 });
    expect(computedValue(a.profitability).profit.grossProfit).toBeCloseTo(20, 12);
    expect(computedValue(a.termination).decision).toBe("keep");
  });
  it("a survey mapping without a response says so", () => {
    const a = assessRelationship(r, { asOf, satisfaction: { survey: surveyMapping, chain: chainMapping } });
    expect(a.satisfactionIndices.status === "missing" && a.satisfactionIndices.reason).toBe(
      'no response to survey "pulse" at or before asOf',
    );
    expect(a.satisfactionChain.status === "missing" && a.satisfactionChain.reason).toBe(
      'no response to survey "post-visit" at or before asOf',
    );
  });
  it("a customer who never bought gets no model figures, with the reason", () => {
    const none = record({
      interactions: [{ timestamp: "2024-06-01", kind: "visit", channel: "store", direction: "inbound" }],
    });
    const a = assessRelationship(none, { ...fullContext, satisfaction: undefined });
    expect(a.probabilityAlive.status === "missing" && a.probabilityAlive.reason).toMatch(
      /^no purchase at or before asOf/,
    );
    expect(computedValue(a.profitability).profit.revenue).toBe(0);
  });
});

describe("assessRelationship: errors", () => {
  const r = richRecord();
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (isClienteleError(error)) return { code: error.code, paths: error.issues.map((i) => i.path.join(".")) };
      throw error;
    }
    throw new Error("did not throw");
  };
  it("asOf is required and never defaulted", () => {
    expect(issuesOf(() => assessRelationship(r, {} as never))).toEqual({
      code: "invalid_input",
      paths: ["context.asOf"],
    });
  });
  it("asOf before the record starts is an error at context.asOf", () => {
    expect(issuesOf(() => assessRelationship(r, { asOf: "2020-01-01" }))).toMatchObject({ code: "invalid_input" });
  });
  it("bad configuration values are reported at their context paths", () => {
    expect(issuesOf(() => assessRelationship(r, { asOf, lookbackDays: 0 }))).toEqual({
      code: "invalid_input",
      paths: ["context.lookbackDays"],
    });
    expect(issuesOf(() => assessRelationship(r, { asOf, unknownKey: 1 } as never)).paths).toEqual(["context"]);
    expect(
      issuesOf(() => assessRelationship(r, { ...fullContext, discountRate: { rate: 0.1, per: "year" } })).paths,
    ).toEqual(["context.discountRate.per"]);
    expect(issuesOf(() => assessRelationship(r, { asOf, countFit: { model: "bg-bb" } as never })).paths).toEqual([
      "context.countFit",
    ]);
    expect(
      issuesOf(() => assessRelationship(r, { asOf, currency: "EUR", costDrivers: { currency: "USD" } })).paths,
    ).toEqual(["context.costDrivers.currency"]);
  });
  it("a rule config id not in the set is unknown_rule", () => {
    expect(issuesOf(() => assessRelationship(r, { asOf, jobs: { rules: { "no-such-rule": "off" } } })).code).toBe(
      "unknown_rule",
    );
  });
  it("a malformed record is reported at record.…", () => {
    const bad = { ...r, transactions: [{ ...r.transactions[0]!, amount: Number.NaN }] };
    const { paths } = issuesOf(() => assessRelationship(bad, { asOf }));
    expect(paths[0]).toMatch(/^record\.transactions\.0/);
  });
});

describe("assessRelationship: survey answers that cannot be scored", () => {
  it("make the satisfaction part missing with the first issue, not the whole assessment fail", () => {
    const r = record({
      transactions: [{ timestamp: "2024-05-01", amount: 50, cost: 30 }],
      surveyResponses: [
        { timestamp: "2024-05-10", instrument: "post-visit", scores: { productWanted: 6, productExpected: 5 } },
        { timestamp: "2024-05-10", instrument: "pulse", scores: { recommend: 12 } },
      ],
    });
    const a = assessRelationship(r, { asOf, satisfaction: { chain: chainMapping, survey: surveyMapping } });
    expect(a.satisfactionChain.status === "missing" && a.satisfactionChain.reason).toMatch(
      /^the response of 2024-05-10 cannot be scored: .+ at .+/,
    );
    expect(a.satisfactionIndices.status === "missing" && a.satisfactionIndices.reason).toMatch(
      /^the responses cannot be scored: .+ at records\.0\.surveyResponses\.1\.scores\.recommend$/,
    );
    expect(a.lifecycle.status).toBe("computed");
  });
});
