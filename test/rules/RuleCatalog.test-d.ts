import { describe, expectTypeOf, it } from "vitest";
import type { RuleCatalog, RuleConfig } from "../../src/rules/index.ts";

declare module "../../src/rules/index.ts" {
  interface RuleCatalog {
    "test-plugin/frequent-returns": { maxReturns: number; windowDays: number };
  }
}

describe("RuleCatalog", () => {
  it("gains ids by declaration merging", () => {
    expectTypeOf<RuleCatalog["test-plugin/frequent-returns"]>().toEqualTypeOf<{
      maxReturns: number;
      windowDays: number;
    }>();
  });

  it('types RuleConfig entries as "off" or partial catalogued options', () => {
    expectTypeOf<RuleConfig["test-plugin/frequent-returns"]>().toEqualTypeOf<
      "off" | Partial<{ maxReturns: number; windowDays: number }> | undefined
    >();
    const config: RuleConfig = { "test-plugin/frequent-returns": { maxReturns: 3 } };
    expectTypeOf(config).toExtend<RuleConfig>();
  });

  it("rejects uncatalogued ids and wrong option types in a RuleConfig", () => {
    // @ts-expect-error the id is not in the catalogue
    const unknownId: RuleConfig = { "test-plugin/unknown": "off" };
    // @ts-expect-error maxReturns is a number
    const wrongType: RuleConfig = { "test-plugin/frequent-returns": { maxReturns: "3" } };
    expectTypeOf([unknownId, wrongType]).toBeArray();
  });
});
