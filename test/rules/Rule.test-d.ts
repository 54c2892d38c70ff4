import { describe, expectTypeOf, it } from "vitest";
import type {
  AnyRule,
  FactsOfRule,
  OptionsOfRule,
  Rule,
  RuleEvidence,
  RuleMessageData,
  RuleMeta,
  RuleReport,
  RuleSeverity,
} from "../../src/rules/Rule.ts";

type Quiet = Rule<"acme/vip-gone-quiet", { isVip: boolean }, { days: number }, "quiet" | "gone">;

describe("Rule types", () => {
  it("has exactly four severities", () => {
    expectTypeOf<RuleSeverity>().toEqualTypeOf<"info" | "warn" | "correct" | "terminate">();
  });

  it("types report() by message id, with string | number data and any evidence", () => {
    expectTypeOf<RuleReport<"quiet">>().parameters.toEqualTypeOf<
      [messageId: "quiet", data?: RuleMessageData, evidence?: RuleEvidence]
    >();
    expectTypeOf<RuleMessageData>().toEqualTypeOf<Readonly<Record<string, string | number>>>();
  });

  it("keys meta.messages by the message ids", () => {
    expectTypeOf<RuleMeta<"a" | "b">["messages"]>().toEqualTypeOf<Readonly<Record<"a" | "b", string>>>();
  });

  it("extracts facts and options from a rule type", () => {
    expectTypeOf<FactsOfRule<Quiet>>().toEqualTypeOf<{ isVip: boolean }>();
    expectTypeOf<OptionsOfRule<Quiet>>().toEqualTypeOf<{ days: number }>();
  });

  it("makes every concrete rule an AnyRule", () => {
    expectTypeOf<Quiet>().toExtend<AnyRule>();
  });
});
