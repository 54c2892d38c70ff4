import { describe, expectTypeOf, it } from "vitest";
import type { BgNbdParams } from "../../src/clv/bgNbd/BgNbdParams.ts";
import type { CountModelFitOptions, FitOptions } from "../../src/clv/FitOptions.ts";

describe("FitOptions types", () => {
  it("types start values by the model's parameters and adds unit for count models", () => {
    expectTypeOf<FitOptions<BgNbdParams>["start"]>().toEqualTypeOf<Partial<BgNbdParams> | undefined>();
    expectTypeOf<CountModelFitOptions<BgNbdParams>>().toExtend<FitOptions<BgNbdParams>>();
    expectTypeOf<{ start: { s: number } }>().not.toExtend<FitOptions<BgNbdParams>>();
  });
});
