import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definePlugin, defineRule, extendRuleSet, parseRuleConfig, prepareRules } from "../../src/rules/index.ts";
import { coreTerminationRules, decideTermination, type TerminationFacts } from "../../src/termination/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { asOf, complaint, day, incident, interaction, rec, tx } from "./_terminationFixtures.ts";

// Hand-checked worked examples, one customer per criterion (asOf 2024-06-30, lookback = horizon = 365 days).
const loyal = rec({ transactions: [tx("2024-01-10", 100, 60), tx("2024-04-10", 120, 70)] });
const costly = rec({
  transactions: [tx("2024-01-10", 100, 70), tx("2024-04-10", 100, 70)],
  incidents: [incident("2024-02-01", "policy-violation", 3)],
  interactions: [interaction("2024-03-01", "call"), interaction("2024-05-01", "call")],
});
const rates = { perIncidentStaffHour: 40, perInteraction: { call: 6 } };
const abusive = rec({
  transactions: [tx("2024-01-10", 100, 60)],
  incidents: [incident("2024-02-01", "abuse", 1), incident("2024-02-15", "abuse", 1)],
});

describe("decideTermination", () => {
  it("keeps a profitable, well-behaved customer (margin 40 + 50 = 90, no service cost): no finding, no action", () => {
    const d = decideTermination(loyal, { asOf, costDrivers: rates });
    expect(d.decision).toBe("keep");
    expect(d.findings).toEqual([]);
    expect(d.actions).toEqual([]);
    expect(d.economics.grossMargin).toBe(90);
    expect(d.economics.expectedFutureValue).toBe(90);
    expect(d.evaluated).toEqual(coreTerminationRules.order);
  });

  it("corrects a too-costly customer (value −72): a 36 % price increase or a service cost cap of 60", () => {
    const d = decideTermination(costly, { asOf, costDrivers: rates });
    expect(d.decision).toBe("correct");
    expect(d.findings.map((f) => f.ruleId)).toEqual(["too-costly"]);
    expect(d.actions).toEqual([
      expect.objectContaining({
        ruleId: "too-costly",
        lever: "price-adjustment",
        targets: { priceIncrease: 0.36, shortfall: 72, expectedRevenue: 200 },
      }),
      expect.objectContaining({
        ruleId: "too-costly",
        lever: "service-level-limit",
        targets: { serviceCostCap: 60, projectedServiceCost: 132 },
      }),
    ]);
    expect(d.findings[0]?.options).toEqual({ tolerance: 0 });
  });

  it("corrects an abusive customer with a conduct agreement, then terminates when the abuse continues after it", () => {
    // Before any correction: two abusive incidents → correct (never terminate without a correction).
    const before = decideTermination(abusive, { asOf: "2024-02-28" });
    expect(before.decision).toBe("correct");
    expect(before.actions.map((a) => a.lever)).toEqual(["conduct-agreement"]);
    // The firm offers a conduct agreement on 2024-03-01; the customer behaves for four months: still
    // "correct" (the two incidents are in the lookback), but the correction held, so no termination.
    const corrected = {
      ...abusive,
      interactions: [interaction("2024-03-01", "correction-offered", "conduct-agreement")],
    };
    const held = decideTermination(corrected, { asOf });
    expect(held.decision).toBe("correct");
    expect(held.corrections).toEqual([
      { timestamp: day("2024-03-01"), lever: "conduct-agreement", source: "interaction" },
    ]);
    // Abuse again on 2024-05-01: the correction failed → terminate, and the action is to end the relationship.
    const relapsed = { ...corrected, incidents: [...abusive.incidents, incident("2024-05-01", "abuse", 2)] };
    const after = decideTermination(relapsed, { asOf });
    expect(after.decision).toBe("terminate");
    expect(after.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["correct-before-terminate", "terminate"],
      ["emotionally-draining", "correct"],
    ]);
    expect(after.actions.map((a) => [a.ruleId, a.lever])).toEqual([["correct-before-terminate", "end-relationship"]]);
  });

  it("weighs word of mouth: two open complaints keep a once-failed customer in correction; resolving them does not", () => {
    const base = rec({
      transactions: [tx("2024-01-10", 100, 60)],
      interactions: [interaction("2024-03-01", "correction-offered", "conduct-agreement")],
      incidents: [incident("2024-02-01", "abuse"), incident("2024-02-15", "abuse"), incident("2024-04-01", "abuse")],
    });
    const open = {
      ...base,
      complaints: [complaint("2024-05-01", "unresolved"), complaint("2024-05-10", "unresolved")],
    };
    expect(decideTermination(base, { asOf }).decision).toBe("terminate");
    expect(decideTermination(open, { asOf }).decision).toBe("correct");
    // A complaint resolved after asOf is still open at asOf.
    const resolvedLater = {
      ...base,
      complaints: [complaint("2024-05-01", "unresolved"), complaint("2024-05-10", "resolved", "2024-07-15")],
    };
    expect(decideTermination(resolvedLater, { asOf }).decision).toBe("correct");
    // An influential customer (0.9) also raises the bar.
    expect(decideTermination(base, { asOf, influence: 0.9 }).decision).toBe("correct");
    expect(decideTermination(base, { asOf, influence: 0.5 }).decision).toBe("terminate");
  });

  it("terminates at once on a core-value violation (no correction needed), listing the end of the relationship", () => {
    const d = decideTermination(rec({ ...loyal, incidents: [incident("2024-05-05", "core-value-violation", 4)] }), {
      asOf,
    });
    expect(d.decision).toBe("terminate");
    expect(d.actions).toEqual([
      {
        ruleId: "violates-core-values",
        lever: "end-relationship",
        reason:
          "core-value-violation on 2024-05-05: end the relationship (no correction is offered for a core-value violation)",
        targets: {},
      },
    ]);
  });

  it("reads corrections from options as well as interactions, sorted, and ignores those after asOf", () => {
    const d = decideTermination(abusive, {
      asOf,
      corrections: [
        { timestamp: "2024-07-01", lever: "price-adjustment" },
        { timestamp: new Date("2024-01-20T00:00:00Z"), lever: "conduct-agreement" },
      ],
    });
    expect(d.corrections).toEqual([{ timestamp: day("2024-01-20"), lever: "conduct-agreement", source: "options" }]);
    // 2 abusive incidents after the 2024-01-20 correction: failed → terminate.
    expect(d.decision).toBe("terminate");
  });

  it("uses a fitted model's expected purchases and a Gamma-Gamma spend (hand check: 24.66 per purchase, FHL 2005 parameters)", () => {
    const fit = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" } as const;
    const spendFit = { model: "gamma-gamma", params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
    // Customer 1516 of CDNOW: 25.76 purchases expected in 52 weeks (364 days).
    const d = decideTermination(costly, {
      asOf,
      costDrivers: rates,
      horizonDays: 364,
      fit,
      spendFit,
      summary: { customerId: "c1", frequency: 26, recency: 30.86, T: 31, monetaryValue: 22.35 },
    });
    expect(d.economics.expectedPurchasesSource).toBe("fit");
    expect(d.economics.expectedPurchases.toFixed(2)).toBe("25.76");
    // E[M] = (γ + x m̄) p / (p x + q − 1) with x = 26: (15.44 + 26 × 22.35) × 6.25 / (162.5 + 2.74)
    expect(d.economics.spendPerPurchase).toBeCloseTo(((15.44 + 26 * 22.35) * 6.25) / (6.25 * 26 + 3.74 - 1), 10);
    expect(d.economics.marginRatio).toBeCloseTo(0.3, 12);
    expect(d.decision).toBe("keep");
  });

  it("summarises the record in the fit's unit itself when no summary is given", () => {
    const fit = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" } as const;
    // Purchases on 2024-01-10 and 2024-04-10 (91 days = 13 weeks apart), asOf 2024-06-30 (172 days = 24.571 weeks).
    const fromRecord = decideTermination(costly, { asOf, fit, horizonDays: 364 });
    const given = decideTermination(costly, {
      asOf,
      fit,
      horizonDays: 364,
      summary: { frequency: 1, recency: 13, T: 172 / 7 },
    });
    expect(fromRecord.economics.expectedPurchases).toBeCloseTo(given.economics.expectedPurchases, 12);
    // A customer without a purchase expects none.
    expect(
      decideTermination(rec({ incidents: [incident("2024-01-01", "abuse")] }), { asOf, fit }).economics
        .expectedPurchases,
    ).toBe(0);
  });

  it("accepts a third-party plugin rule and a core rule reconfigured from a JSON config", () => {
    const goneQuiet = defineRule({
      id: "acme/no-purchase-this-year",
      meta: {
        description: "No purchase in the lookback",
        severity: "correct",
        messages: { quiet: "no purchase in {{days}} days" },
      },
      defaultOptions: { offerDiscount: 0.1 },
      evaluate(facts: TerminationFacts, { offerDiscount }, report) {
        if (facts.economics.purchases > 0) return;
        report(
          "quiet",
          { days: facts.economics.lookbackDays },
          {
            actions: [
              { lever: "price-adjustment", reason: "win-back discount", targets: { priceIncrease: -offerDiscount } },
            ],
          },
        );
      },
    });
    const acme = definePlugin({
      meta: { name: "clientele-plugin-acme", version: "1.0.0", namespace: "acme" },
      rules: { "acme/no-purchase-this-year": goneQuiet },
    });
    const rules = extendRuleSet(coreTerminationRules, acme);
    const config = parseRuleConfig(
      JSON.parse(
        '{ "emotionally-draining": { "abuseIncidentsAtLeast": 3 }, "acme/no-purchase-this-year": { "offerDiscount": 0.2 } }',
      ),
    );
    const quietAbuser = rec({ incidents: [incident("2024-02-01", "abuse"), incident("2024-02-15", "abuse")] });
    const d = decideTermination(quietAbuser, { asOf, rules, config: config as never });
    expect(d.findings.map((f) => f.ruleId)).toEqual(["acme/no-purchase-this-year"]);
    expect(d.actions).toEqual([
      {
        ruleId: "acme/no-purchase-this-year",
        lever: "price-adjustment",
        reason: "win-back discount",
        targets: { priceIncrease: -0.2 },
      },
    ]);
    // The same with a prepared set, and with the defaults (two abuses fire emotionally-draining).
    expect(decideTermination(quietAbuser, { asOf, rules: prepareRules(rules, config as never) })).toEqual(d);
    expect(decideTermination(quietAbuser, { asOf, rules }).findings.map((f) => f.ruleId)).toEqual([
      "acme/no-purchase-this-year",
      "emotionally-draining",
    ]);
  });

  it("turns a failing plugin rule or malformed actions into invalid_rule (never a silent keep)", () => {
    const broken = defineRule({
      id: "acme/broken",
      meta: { description: "Throws", severity: "warn", messages: { never: "never" } },
      defaultOptions: {},
      evaluate(_facts: TerminationFacts) {
        throw new Error("boom");
      },
    });
    expectClienteleError(
      () => decideTermination(loyal, { asOf, rules: extendRuleSet(coreTerminationRules, broken) }),
      "invalid_rule",
    );
    const malformed = defineRule({
      id: "acme/malformed",
      meta: { description: "Bad actions", severity: "correct", messages: { bad: "bad" } },
      defaultOptions: {},
      evaluate(_facts: TerminationFacts, _o, report) {
        report("bad", {}, { actions: [{ lever: "price-adjustment" }] });
      },
    });
    const e = expectClienteleError(
      () => decideTermination(loyal, { asOf, rules: extendRuleSet(coreTerminationRules, malformed) }),
      "invalid_rule",
    );
    expect(issuePaths(e)).toEqual(["rules.acme/malformed.evidence.actions"]);
  });

  it("rejects bad input with invalid_input and paths: negative staff hours, asOf before the record starts, missing costs, bad options", () => {
    const negative = rec({ incidents: [incident("2024-02-01", "abuse", -2)] });
    expect(issuePaths(expectClienteleError(() => decideTermination(negative, { asOf }), "invalid_input"))).toEqual([
      "record.incidents[0].staffHours",
    ]);
    expect(
      issuePaths(expectClienteleError(() => decideTermination(loyal, { asOf: "2023-12-31" }), "invalid_input")),
    ).toEqual(["options.asOf"]);
    expect(issuePaths(expectClienteleError(() => decideTermination(loyal, {} as never), "invalid_input"))).toEqual([
      "options.asOf",
    ]);
    const noCost = rec({ transactions: [tx("2024-01-10", 100), tx("2024-02-10", 100, 50), tx("2024-03-10", 100)] });
    expect(issuePaths(expectClienteleError(() => decideTermination(noCost, { asOf }), "invalid_input"))).toEqual([
      "record.transactions[0].cost",
      "record.transactions[2].cost",
    ]);
    expect(decideTermination(noCost, { asOf, grossMarginRate: 0.25 }).economics.grossMargin).toBe(100);
    const bad = expectClienteleError(
      () =>
        decideTermination(loyal, {
          asOf,
          lookbackDays: 0,
          horizonDays: 1.5,
          grossMarginRate: 2,
          influence: -1,
          corrections: [{ timestamp: "yesterday", lever: "" }],
        }),
      "invalid_input",
    );
    expect(issuePaths(bad).sort()).toEqual(
      [
        "options.lookbackDays",
        "options.horizonDays",
        "options.grossMarginRate",
        "options.influence",
        "options.corrections[0].timestamp",
        "options.corrections[0].lever",
      ].sort(),
    );
    expectClienteleError(
      () => decideTermination(loyal, { asOf, config: { "too-costly": { tolerance: -1 } } }),
      "invalid_input",
    );
    expectClienteleError(
      () => decideTermination(loyal, { asOf, config: { "no-such-rule": "off" } as never }),
      "unknown_rule",
    );
    expectClienteleError(
      () => decideTermination(loyal, { asOf, rules: prepareRules(coreTerminationRules), config: {} }),
      "invalid_input",
    );
    expectClienteleError(() => decideTermination({ customerId: "c1" } as never, { asOf }), "invalid_input");
  });

  it("is deterministic and does not mutate the record or the options (property)", () => {
    const kinds = ["abuse", "fraud", "policy-violation", "core-value-violation"] as const;
    const arbRecord = fc.record({
      purchases: fc.array(
        fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 100 })),
        { maxLength: 8 },
      ),
      incidents: fc.array(
        fc.tuple(fc.integer({ min: 0, max: 500 }), fc.constantFrom(...kinds), fc.integer({ min: 0, max: 12 })),
        { maxLength: 5 },
      ),
      corrections: fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(arbRecord, ({ purchases, incidents, corrections }) => {
        const at = (d: number) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
        const record = rec({
          transactions: purchases.sort((a, b) => a[0] - b[0]).map(([d, amount, cost]) => tx(at(d), amount, cost)),
          incidents: incidents.sort((a, b) => a[0] - b[0]).map(([d, kind, h]) => incident(at(d), kind, h)),
          interactions: corrections
            .sort((a, b) => a - b)
            .map((d) => interaction(at(d), "correction-offered", "conduct-agreement")),
        });
        const options = {
          asOf: "2024-06-30",
          costDrivers: { perIncidentStaffHour: 30, perInteraction: { call: 5 }, otherInteraction: 0 },
        };
        const before = structuredClone({ record, options });
        const a = decideTermination(record, options);
        const b = decideTermination(record, options);
        expect(b).toEqual(a);
        expect({ record, options }).toEqual(before);
        // A terminate decision always rests on a violation or a failed correction.
        if (a.decision === "terminate") {
          expect(
            a.findings.some((f) => f.ruleId === "violates-core-values" || f.ruleId === "correct-before-terminate"),
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
