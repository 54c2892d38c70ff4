import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { BgNbdFit } from "../../src/clv/bgNbd/BgNbdFit.ts";
import type { CountModel, CountModelFit, CountModelFitSchema } from "../../src/clv/CountModelFit.ts";
import type { MbgNbdFit } from "../../src/clv/mbgNbd/MbgNbdFit.ts";
import type { ParetoNbdFit } from "../../src/clv/paretoNbd/ParetoNbdFit.ts";

describe("CountModelFit types", () => {
  it("is the union of the models' fits, discriminated by model, and the schema's output", () => {
    expectTypeOf<CountModelFit>().toEqualTypeOf<BgNbdFit | ParetoNbdFit | MbgNbdFit>();
    expectTypeOf<CountModelFit["model"]>().toEqualTypeOf<"bg-nbd" | "pareto-nbd" | "mbg-nbd">();
    expectTypeOf<z.output<typeof CountModelFitSchema>>().toEqualTypeOf<CountModelFit>();
  });

  it("makes every fit a CountModel, and a plain { model, params, unit } one too", () => {
    expectTypeOf<CountModelFit>().toExtend<CountModel>();
    expectTypeOf<{ model: "bg-nbd"; params: { r: 1; alpha: 1; a: 1; b: 1 }; unit: "week" }>().toExtend<CountModel>();
    expectTypeOf<{ model: "bg-nbd"; params: { r: 1 }; unit: "week" }>().not.toExtend<CountModel>();
    expectTypeOf<{
      model: "pareto-nbd";
      params: { r: 1; alpha: 1; s: 1; beta: 1 };
      unit: "week";
    }>().toExtend<CountModel>();
    expectTypeOf<{
      model: "pareto-nbd";
      params: { r: 1; alpha: 1; a: 1; b: 1 };
      unit: "week";
    }>().not.toExtend<CountModel>();
  });
});
