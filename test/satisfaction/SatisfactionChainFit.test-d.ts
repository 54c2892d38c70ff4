import { describe, expectTypeOf, it } from "vitest";
import {
  fitSatisfactionChain,
  type SatisfactionChainFit,
  type SatisfactionChainModel,
  satisfactionChain,
} from "../../src/satisfaction/index.ts";

describe("SatisfactionChainFit", () => {
  it("carries a model that satisfactionChain takes", () => {
    expectTypeOf(fitSatisfactionChain).returns.toEqualTypeOf<SatisfactionChainFit>();
    expectTypeOf<SatisfactionChainFit["model"]>().toEqualTypeOf<SatisfactionChainModel>();
    expectTypeOf(satisfactionChain).parameter(1).toEqualTypeOf<SatisfactionChainModel | undefined>();
    expectTypeOf<SatisfactionChainFit["equations"]["overallSatisfaction"]["rSquared"]>().toEqualTypeOf<number | null>();
  });
});
