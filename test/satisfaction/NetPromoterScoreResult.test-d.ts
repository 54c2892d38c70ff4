import { describe, expectTypeOf, it } from "vitest";
import { type IndexInterval, type NetPromoterScoreResult, netPromoterScore } from "../../src/satisfaction/index.ts";

describe("NetPromoterScoreResult", () => {
  it("is what netPromoterScore returns, with the contract's fields and an interval", () => {
    expectTypeOf(netPromoterScore([10])).toEqualTypeOf<NetPromoterScoreResult>();
    expectTypeOf<NetPromoterScoreResult["interval"]>().toEqualTypeOf<IndexInterval>();
    expectTypeOf<
      Pick<NetPromoterScoreResult, "score" | "promoters" | "passives" | "detractors" | "n">
    >().toEqualTypeOf<{
      readonly score: number;
      readonly promoters: number;
      readonly passives: number;
      readonly detractors: number;
      readonly n: number;
    }>();
    expectTypeOf<IndexInterval["level"]>().toEqualTypeOf<number>();
  });
});
