import { describe, expect, it } from "vitest";
import { defaultBondWeights } from "../../src/bonds/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import { lifecycleStage } from "../../src/lifecycle/index.ts";
import { defaultRelationshipConfig, parseRelationshipConfig } from "../../src/relationship/index.ts";
import { defaultSwitchingRiskLevels } from "../../src/retention/index.ts";
import { record } from "./_relationshipFixtures.ts";

const pathsOf = (input: unknown): string[] => {
  try {
    parseRelationshipConfig(input);
  } catch (error) {
    if (isClienteleError(error, "invalid_input")) return error.issues.map((i) => i.path.join("."));
    throw error;
  }
  throw new Error("did not throw");
};

describe("parseRelationshipConfig", () => {
  it("fills every default of defaultRelationshipConfig from an empty object", () => {
    expect(parseRelationshipConfig({})).toEqual(defaultRelationshipConfig);
  });
  it("loads JSON and merges each section over its defaults", () => {
    const c = parseRelationshipConfig(
      JSON.parse(
        '{"currency":"EUR","lookbackDays":180,"lifecycle":{"lapsedAfterDays":200},"bonds":{"weights":{"structural":5}},"jobs":{"rules":{"win-back":{"minValue":250},"welcome-contact":"off"}}}',
      ),
    );
    expect(c.currency).toBe("EUR");
    expect(c.lookbackDays).toBe(180);
    expect(c.horizonDays).toBe(365);
    expect(c.lifecycle).toEqual({ ...defaultRelationshipConfig.lifecycle, lapsedAfterDays: 200 });
    expect(c.bonds.weights).toEqual({ financial: 1, social: 2, structural: 5 });
    expect(c.jobs.rules).toEqual({ "win-back": { minValue: 250 }, "welcome-contact": "off" });
  });
  it("a cost-driver table without a currency takes the configuration's", () => {
    expect(parseRelationshipConfig({ currency: "EUR", costDrivers: { perOrder: 2 } }).costDrivers).toEqual({
      perOrder: 2,
      currency: "EUR",
    });
  });
  it("rejects bad values with their paths", () => {
    expect(pathsOf({ lookbackDays: 0 })).toEqual(["config.lookbackDays"]);
    expect(pathsOf({ grossMarginRate: 1.5 })).toEqual(["config.grossMarginRate"]);
    expect(pathsOf({ lifecycle: { atRiskLevel: "low" } })).toEqual(["config.lifecycle.atRiskLevel"]);
    expect(pathsOf({ costDrivers: { perOrder: -1 } })).toEqual(["config.costDrivers.perOrder"]);
    expect(pathsOf({ jobs: { rules: { "Not An Id": "off" } } })).toEqual(["config.jobs.rules.Not An Id"]);
    expect(pathsOf({ currency: "EUR", costDrivers: { currency: "USD" } })).toEqual(["config.costDrivers.currency"]);
    expect(pathsOf({ surprise: true })).toEqual(["config"]);
  });
  it("restates the areas' own defaults (no second set of thresholds)", () => {
    expect(defaultRelationshipConfig.switchingRisk.levels).toEqual(defaultSwitchingRiskLevels);
    expect(defaultRelationshipConfig.bonds.weights).toEqual(defaultBondWeights);
    // lifecycle: the restated thresholds place a customer exactly as lifecycleStage's own defaults do
    const lapsed = record({ transactions: [{ timestamp: "2023-06-25", amount: 10 }] });
    const own = lifecycleStage(lapsed, { asOf: "2024-06-30" });
    const restated = lifecycleStage(lapsed, { asOf: "2024-06-30", ...defaultRelationshipConfig.lifecycle });
    expect(restated).toEqual(own);
  });
});
