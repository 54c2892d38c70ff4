import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SwitchingCostComponent, switchingCost } from "../../src/bonds/index.ts";
import { type BondInstrument, groupByCustomer, parseLoyaltyEvents } from "../../src/customers/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { asOf, bond } from "./_bondFixtures.ts";

const byFacet = (components: readonly SwitchingCostComponent[]) =>
  Object.fromEntries(components.map((c) => [c.facet, c]));

// A B2B customer at 2024-06-30: a points program (no value of its own), a trade-in offer worth 1,500,
// a buy-back lease worth 4,000 that ENDED on 2024-01-01 (not counted), a dedicated manager and a club
// (social), and an integrated ordering system (structural).
const bonds: BondInstrument[] = [
  bond("financial", "points-program"),
  bond("financial", "trade-in-offer", { value: 1500, currency: "EUR", instrumentId: "TI-9" }),
  bond("financial", "buy-back-lease", {
    value: 4000,
    currency: "EUR",
    start: new Date("2021-01-01T00:00:00Z"),
    end: new Date("2024-01-01T00:00:00Z"),
  }),
  bond("social", "dedicated-manager"),
  bond("social", "club"),
  bond("structural", "integrated-system"),
];

describe("switchingCost", () => {
  it("values every facet of Burnham, Frels & Mahajan (2003) with its evidence (worked example, checked by hand)", () => {
    const cost = switchingCost(bonds, {
      asOf,
      currency: "EUR",
      forfeitablePoints: { points: 12_000, valuePerPoint: 0.01 },
      unredeemedBenefits: [{ label: "hotel voucher", cashValue: 25 }],
      contractPenalties: [{ label: "early termination", amount: 200 }],
      stated: {
        setup: { amount: 350, note: "3.5 h migration at 100/h" },
        learning: { score: 0.6 },
        evaluation: { amount: 80 },
      },
    });
    // benefit loss  = 12,000 × 0.01 (points) + 25 (voucher) + 1,500 (trade-in; the lease ended) = 1,645
    // monetary loss = 200 (penalty)
    // setup         = 350 stated (monetised: the structural bond's score is not used)
    // evaluation    = 80 stated
    // learning      = score 0.6 stated (not monetised)
    // personal      = score 1 − 0.5¹ = 0.5 (dedicated manager)
    // brand         = score 1 − 0.5¹ = 0.5 (club)
    // economic risk = unassessed
    // total = 1,645 + 200 + 350 + 80 = 2,275; procedural 430, financial 1,845, relational 0
    const c = byFacet(cost.components);
    expect(cost.total).toBe(2275);
    expect(cost.totalByType).toEqual({ procedural: 430, financial: 1845, relational: 0 });
    expect(cost.currency).toBe("EUR");
    expect(c.benefitLoss).toMatchObject({ type: "financial", assessment: "monetised", amount: 1645, score: null });
    expect(c.benefitLoss!.evidence).toEqual([
      {
        source: "option",
        path: "options.forfeitablePoints",
        description: "12000 points forfeited at 0.01 each",
        amount: 120,
        score: null,
      },
      {
        source: "option",
        path: "options.unredeemedBenefits[0]",
        description: "unredeemed benefit: hotel voucher",
        amount: 25,
        score: null,
      },
      {
        source: "bond",
        path: "instruments[1]",
        description: 'value of financial bond "trade-in-offer" TI-9 lost on leaving',
        amount: 1500,
        score: null,
      },
    ]);
    expect(c.monetaryLoss).toMatchObject({ assessment: "monetised", amount: 200 });
    expect(c.setup).toMatchObject({ type: "procedural", assessment: "monetised", amount: 350 });
    expect(c.setup!.evidence).toEqual([
      {
        source: "option",
        path: "options.stated.setup",
        description: "stated by the caller: 3.5 h migration at 100/h",
        amount: 350,
        score: null,
      },
    ]);
    expect(c.evaluation).toMatchObject({ assessment: "monetised", amount: 80 });
    expect(cost.notes).toEqual(["setup is monetised, so its score evidence is not used (instruments[5])"]);
    expect(c.learning).toMatchObject({ assessment: "scored", amount: null, score: 0.6 });
    expect(c.personalRelationshipLoss).toMatchObject({ type: "relational", assessment: "scored", score: 0.5 });
    expect(c.personalRelationshipLoss!.evidence[0]).toMatchObject({ source: "bond", path: "instruments[3]" });
    expect(c.brandRelationshipLoss).toMatchObject({ assessment: "scored", score: 0.5 });
    expect(c.economicRisk).toEqual({
      facet: "economicRisk",
      type: "procedural",
      assessment: "unassessed",
      amount: null,
      score: null,
      evidence: [],
    });
    expect(cost.facets).toEqual({
      monetised: ["evaluation", "setup", "benefitLoss", "monetaryLoss"],
      scored: ["learning", "personalRelationshipLoss", "brandRelationshipLoss"],
      unassessed: ["economicRisk"],
    });
    expect(cost.components.map((x) => x.facet)).toEqual([
      "economicRisk",
      "evaluation",
      "learning",
      "setup",
      "benefitLoss",
      "monetaryLoss",
      "personalRelationshipLoss",
      "brandRelationshipLoss",
    ]);
  });

  it("scores what the bonds show but cannot price, and never invents an amount (second worked example)", () => {
    // Bonds only, no stated evidence: benefit loss = 1,500 (trade-in) is the only money.
    // setup: one structural bond → 0.5; personal: one → 0.5; brand: one → 0.5.
    // Two personal ties would give 1 − 0.5² = 0.75 (0.5 + 0.25).
    const cost = switchingCost([...bonds, bond("social", "personal-contact")], { asOf });
    const c = byFacet(cost.components);
    expect(cost.total).toBe(1500);
    expect(c.setup).toMatchObject({ assessment: "scored", score: 0.5, amount: null });
    expect(c.personalRelationshipLoss).toMatchObject({ assessment: "scored", score: 0.75 });
    expect(c.personalRelationshipLoss!.evidence.map((e) => e.score)).toEqual([0.5, 0.25]);
    expect(cost.facets.unassessed).toEqual(["economicRisk", "evaluation", "learning", "monetaryLoss"]);
    expect(cost.currency).toBe("EUR"); // taken from the instruments
  });

  it("lets a stated score replace the score derived from bonds", () => {
    const c = byFacet(
      switchingCost(bonds, { asOf, stated: { personalRelationshipLoss: { score: 0.9, note: "NPS verbatims" } } })
        .components,
    );
    expect(c.personalRelationshipLoss).toMatchObject({ score: 0.9 });
    expect(c.personalRelationshipLoss!.evidence).toHaveLength(1);
  });

  it("is zero with nothing but unassessed facets for no bond and no evidence", () => {
    const cost = switchingCost([], { asOf: "2024-06-30" });
    expect(cost.total).toBe(0);
    expect(cost.facets.unassessed).toHaveLength(8);
    expect(cost.customerId).toBeUndefined();
  });

  it("reads a record and notes loyalty events it cannot value without forfeitablePoints (integration point)", () => {
    const loyaltyEvents = parseLoyaltyEvents([
      { customerId: "c1", timestamp: "2024-03-01", type: "accrual", points: 500 },
    ]);
    const [record] = groupByCustomer({ transactions: [], bonds, loyaltyEvents });
    const cost = switchingCost(record!, { asOf });
    expect(cost.customerId).toBe("c1");
    expect(cost.notes).toEqual([
      "the record has 1 loyalty events but neither loyaltyProgram nor forfeitablePoints was given: points are not valued",
    ]);
    // groupByCustomer sorts bonds by start: the 2021 lease comes first, the trade-in offer third.
    expect(byFacet(cost.components).benefitLoss!.evidence[0]!.path).toBe("bonds[2]");
    expect(switchingCost(record!, { asOf, forfeitablePoints: { points: 500, valuePerPoint: 0.02 } }).notes).toEqual([]);
  });

  it("values the record's points ledger with loyaltyProgram: the points available at asOf at the program's value per point", () => {
    // Program "cafe": 1 point per unit spent, points never expire. c1 earned 500 (2024-01-10) and 300
    // (2024-03-01) and redeemed 200 (2024-04-01, FIFO from the first lot): 300 + 300 = 600 available on
    // 2024-06-30; at 0.02 a point, 12 of benefit loss. An event of another program ("air") does not count.
    const loyaltyEvents = parseLoyaltyEvents([
      { customerId: "c1", timestamp: "2024-01-10", type: "accrual", points: 500, programId: "cafe" },
      { customerId: "c1", timestamp: "2024-03-01", type: "accrual", points: 300, programId: "cafe" },
      { customerId: "c1", timestamp: "2024-04-01", type: "redemption", points: 200, programId: "cafe" },
      { customerId: "c1", timestamp: "2024-02-01", type: "accrual", points: 9000, programId: "air" },
    ]);
    const [record] = groupByCustomer({ bonds, loyaltyEvents });
    const program = {
      programId: "cafe",
      costPerPoint: 0.01,
      valuePerPoint: 0.02,
      earn: { basis: "spend", rate: 1 },
    } as const;
    const cost = switchingCost(record!, { asOf, loyaltyProgram: program });
    const ledger = byFacet(cost.components).benefitLoss!.evidence.find((e) => e.source === "ledger");
    expect(ledger).toMatchObject({ path: "loyaltyEvents", amount: 12 });
    expect(ledger!.description).toContain("600 points available");
    expect(cost.notes).toEqual([]);
    const stated = switchingCost(record!, { asOf, forfeitablePoints: { points: 600, valuePerPoint: 0.02 } });
    expect(cost.total).toBeCloseTo(stated.total, 12);
  });

  it("refuses loyaltyProgram without a value per point, beside forfeitablePoints, or for a list of instruments", () => {
    const [record] = groupByCustomer({
      loyaltyEvents: parseLoyaltyEvents([{ customerId: "c1", timestamp: "2024-01-10", type: "accrual", points: 5 }]),
    });
    const program = { costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } } as const;
    expect(
      issuePaths(
        expectClienteleError(() => switchingCost(record!, { asOf, loyaltyProgram: program }), "invalid_input"),
      ),
    ).toEqual(["options.loyaltyProgram.valuePerPoint"]);
    const valued = { ...program, valuePerPoint: 0.02 };
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            switchingCost(record!, {
              asOf,
              loyaltyProgram: valued,
              forfeitablePoints: { points: 1, valuePerPoint: 1 },
            }),
          "invalid_input",
        ),
      ),
    ).toEqual(["options.loyaltyProgram"]);
    expect(
      issuePaths(expectClienteleError(() => switchingCost(bonds, { asOf, loyaltyProgram: valued }), "invalid_input")),
    ).toEqual(["options.loyaltyProgram"]);
  });

  describe("invalid input", () => {
    it("rejects negative amounts, scores outside [0, 1], an amount and a score together, unknown keys, with paths", () => {
      const e = expectClienteleError(
        () =>
          switchingCost(bonds, {
            asOf,
            forfeitablePoints: { points: -1, valuePerPoint: 0.01 },
            contractPenalties: [{ label: "fee", amount: -5 }],
            stated: { learning: { score: 1.5 } },
            typo: 1,
          } as never),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual([
        "options.forfeitablePoints.points",
        "options.contractPenalties[0].amount",
        "options.stated.learning.score",
        "options",
      ]);
      expect(e.message).toContain("typo");
      expectClienteleError(
        () => switchingCost(bonds, { asOf, stated: { setup: { amount: 1, score: 0.5 } as never } }),
        "invalid_input",
      );
      expectClienteleError(() => switchingCost(bonds, { asOf, currency: "euro" }), "invalid_input");
    });
    it("requires asOf", () => {
      const e = expectClienteleError(() => switchingCost(bonds, {} as never), "invalid_input");
      expect(issuePaths(e)).toEqual(["options.asOf"]);
    });
    it("never converts currencies: an instrument valued in another currency is a domain_error with its path", () => {
      const e = expectClienteleError(() => switchingCost(bonds, { asOf, currency: "USD" }), "domain_error");
      expect(issuePaths(e)).toEqual(["instruments[1].currency"]);
      const mixed = [...bonds, bond("financial", "co-branded-card", { value: 300, currency: "GBP" })];
      expect(issuePaths(expectClienteleError(() => switchingCost(mixed, { asOf }), "domain_error"))).toEqual([
        "instruments[6].currency",
      ]);
    });
    it("rejects an instrument whose end is before its start", () => {
      const e = expectClienteleError(
        () => switchingCost([bond("financial", "stamp-card", { end: new Date("2020-01-01T00:00:00Z") })], { asOf }),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["instruments[0].end"]);
    });
  });

  describe("properties", () => {
    const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
    it("the total is the sum of the monetised facets, never NaN, and the inputs are not mutated", () => {
      fc.assert(
        fc.property(amount, amount, fc.array(amount, { maxLength: 5 }), (points, penalty, values) => {
          const list = values.map((v) => bond("financial", "trade-in-offer", { value: v }));
          const options = {
            asOf,
            forfeitablePoints: { points, valuePerPoint: 0.01 },
            contractPenalties: [{ label: "fee", amount: penalty }],
          };
          const before = structuredClone({ list, options });
          const cost = switchingCost(list, options);
          expect({ list, options }).toEqual(before);
          const sum = cost.components.reduce((s, c) => s + (c.amount ?? 0), 0);
          expect(cost.total).toBe(sum);
          expect(Number.isNaN(cost.total)).toBe(false);
        }),
      );
    });
    it("adding a valued financial instrument never lowers the total", () => {
      fc.assert(
        fc.property(fc.array(amount, { maxLength: 5 }), amount, (values, extra) => {
          const list = values.map((v) => bond("financial", "buy-back-lease", { value: v }));
          const a = switchingCost(list, { asOf }).total;
          const b = switchingCost([...list, bond("financial", "buy-back-lease", { value: extra })], { asOf }).total;
          expect(b).toBeGreaterThanOrEqual(a);
        }),
      );
    });
  });
});
