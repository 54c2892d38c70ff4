import { describe, expect, it } from "vitest";
import { discountedExpectedResidualLifetime, type RetentionModel } from "../../src/clv/index.ts";
import { retentionEconomics } from "../../src/value/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const causes = [
  { cause: "moved away", defectors: 300, manageable: false },
  { cause: "poor service", defectors: 600, manageable: true },
];
const measures = [
  { measure: "loyalty gifts", cost: 300_000, defectionsAvoided: 100 },
  { measure: "service training", cost: 150_000, defectionsAvoided: 200 },
];

describe("retentionEconomics", () => {
  it("returns each of Kotler's steps (worked example, by hand)", () => {
    const r = retentionEconomics({
      customersAtStart: 5000,
      customersRetained: 4000,
      lifetimeValue: 1200,
      causes,
      measures,
    });
    expect(r.retention).toEqual({
      customersAtStart: 5000,
      customersRetained: 4000,
      defectors: 1000,
      retentionRate: 0.8,
      defectionRate: 0.2,
    });
    // causes: poor service 600 (60%, 720,000 lost), moved away 300 (30%); 100 unexplained.
    expect(r.attrition?.causes.map((c) => [c.cause, c.share, c.profitLost])).toEqual([
      ["poor service", 0.6, 720_000],
      ["moved away", 0.3, 360_000],
    ]);
    expect(r.attrition?.manageableDefectors).toBe(600);
    expect(r.attrition?.unexplainedDefectors).toBe(100);
    expect(r.profitLost).toEqual({ lifetimeValue: 1200, source: "given", total: 1_200_000, manageable: 720_000 });
    // training: 200 × 1200 = 240,000 saved for 150,000 (750 per defection avoided); gifts: 120,000 for 300,000.
    expect(r.measures.map((m) => [m.measure, m.profitSaved, m.net, m.costPerDefectionAvoided, m.worthwhile])).toEqual([
      ["service training", 240_000, 90_000, 750, true],
      ["loyalty gifts", 120_000, -180_000, 3000, false],
    ]);
    expect(r.decision).toEqual({
      spend: true,
      measures: ["service training"],
      cost: 150_000,
      profitSaved: 240_000,
      net: 90_000,
      maxJustifiedSpend: 720_000,
    });
  });

  it("takes a retention rate instead of counts, and works without causes or measures", () => {
    const r = retentionEconomics({ customersAtStart: 2000, retentionRate: 0.75, lifetimeValue: 100 });
    expect(r.retention.defectors).toBe(500);
    expect(r).not.toHaveProperty("attrition");
    expect(r.decision).toEqual({
      spend: false,
      measures: [],
      cost: 0,
      profitSaved: 0,
      net: 0,
      maxJustifiedSpend: 50_000,
    });
  });

  it("values defectors from an sBG fit: margin × DERL (Fader & Hardie 2010 example, DERL 3.310 at d = 10%)", () => {
    const fit: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 3.8, beta: 15.2 }, unit: "year" };
    const r = retentionEconomics({
      customersAtStart: 100,
      customersRetained: 90,
      lifetimeValue: { fit, margin: 100, renewals: 0, discountRate: 0.1 },
    });
    expect(r.profitLost.source).toBe("sbg");
    expect(r.profitLost.lifetimeValue.toFixed(1)).toBe("331.0");
    expectClose(
      r.profitLost.lifetimeValue,
      100 * discountedExpectedResidualLifetime(fit, { renewals: 0, discountRate: 0.1 }),
      {
        rel: 1e-15,
      },
    );
    expectClose(r.profitLost.total, 10 * r.profitLost.lifetimeValue, { rel: 1e-15 });
  });

  it("rejects inconsistent counts with paths", () => {
    const base = { customersAtStart: 100, lifetimeValue: 10 };
    expect(issuePaths(expectClienteleError(() => retentionEconomics(base), "invalid_input"))).toEqual([
      "input.customersRetained",
    ]);
    expect(
      issuePaths(expectClienteleError(() => retentionEconomics({ ...base, customersRetained: 120 }), "invalid_input")),
    ).toEqual(["input.customersRetained"]);
    expect(
      issuePaths(
        expectClienteleError(() => retentionEconomics({ ...base, customersRetained: 90, causes }), "invalid_input"),
      ),
    ).toEqual(["input.causes"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => retentionEconomics({ ...base, customersRetained: 0, measures: [measures[0]!, measures[0]!] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["input.measures[1].measure"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => retentionEconomics({ ...base, customersRetained: 90, lifetimeValue: -5 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["input.lifetimeValue"]);
  });

  it("does not mutate its input", () => {
    const input = { customersAtStart: 5000, customersRetained: 4000, lifetimeValue: 1200, causes, measures };
    const before = structuredClone(input);
    retentionEconomics(input);
    expect(input).toEqual(before);
  });
});
