import { describe, expectTypeOf, it } from "vitest";
import {
  type RetentionLeverFacts,
  type RetentionLeverRecommendation,
  type RetentionLeverRules,
  recommendRetentionLevers,
  retentionLeverRules,
} from "../../src/bonds/index.ts";
import { evaluateRules, type RuleSetConfig, type RuleSetFacts } from "../../src/rules/index.ts";

describe("retentionLeverRules types", () => {
  it("reads RetentionLeverFacts and types its config by rule id and option", () => {
    expectTypeOf<RuleSetFacts<RetentionLeverRules>>().toEqualTypeOf<RetentionLeverFacts>();
    const ok: RuleSetConfig<RetentionLeverRules> = {
      "variety-seeker-economic-lever": { varietySeekingAtLeast: 0.7 },
      "bonded-next-level": "off",
    };
    expectTypeOf(ok).toExtend<RuleSetConfig<RetentionLeverRules>>();
    // @ts-expect-error a misspelt rule id does not compile
    const typo: RuleSetConfig<RetentionLeverRules> = { "variety-seeker-economic-levers": "off" };
    const wrong: RuleSetConfig<RetentionLeverRules> = {
      // @ts-expect-error an option of the wrong type does not compile
      "dissatisfied-fix-service-first": { satisfiedAtLeast: "high" },
    };
    void typo;
    void wrong;
    expectTypeOf(evaluateRules).toBeFunction();
    expectTypeOf(retentionLeverRules.order).toEqualTypeOf<readonly (keyof RetentionLeverRules & string)[]>();
  });
  it("recommendRetentionLevers returns findings typed by the set's ids", () => {
    const r = recommendRetentionLevers([], { asOf: "2024-06-30" });
    expectTypeOf(r).toEqualTypeOf<RetentionLeverRecommendation<keyof RetentionLeverRules & string>>();
    expectTypeOf(r.findings[0]!.ruleId).toEqualTypeOf<keyof RetentionLeverRules & string>();
  });
});
