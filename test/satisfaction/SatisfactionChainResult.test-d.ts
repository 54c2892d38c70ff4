import { describe, expectTypeOf, it } from "vitest";
import {
  type SatisfactionChainConstructValue,
  type SatisfactionChainResult,
  type SatisfactionConstruct,
  satisfactionChain,
} from "../../src/satisfaction/index.ts";

describe("SatisfactionChainResult", () => {
  it("has every construct, keyed by name", () => {
    expectTypeOf(satisfactionChain).returns.toEqualTypeOf<SatisfactionChainResult>();
    expectTypeOf<keyof SatisfactionChainResult["constructs"]>().toEqualTypeOf<SatisfactionConstruct>();
    expectTypeOf<
      SatisfactionChainResult["constructs"]["overallSatisfaction"]
    >().toEqualTypeOf<SatisfactionChainConstructValue>();
    expectTypeOf<SatisfactionChainConstructValue["source"]>().toEqualTypeOf<"measured" | "defined" | "model">();
  });
});
