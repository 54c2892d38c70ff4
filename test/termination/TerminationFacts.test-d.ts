import { describe, expectTypeOf, it } from "vitest";
import type { CorrectionAttempt, TerminationEconomics, TerminationFacts } from "../../src/termination/index.ts";

describe("TerminationFacts", () => {
  it("holds the record, the economics, the corrections and the inputs the rules read", () => {
    expectTypeOf<TerminationFacts["economics"]>().toEqualTypeOf<TerminationEconomics>();
    expectTypeOf<TerminationFacts["corrections"]>().toEqualTypeOf<readonly CorrectionAttempt[]>();
    expectTypeOf<TerminationEconomics["expectedPurchasesSource"]>().toEqualTypeOf<"fit" | "run-rate">();
    expectTypeOf<CorrectionAttempt["source"]>().toEqualTypeOf<"interaction" | "options">();
  });
});
