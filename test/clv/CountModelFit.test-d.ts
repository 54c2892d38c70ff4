import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { BgNbdFit } from "../../src/clv/bgNbd/BgNbdFit.ts";
import type { CountModel, CountModelFit, CountModelFitSchema } from "../../src/clv/CountModelFit.ts";

describe("CountModelFit types", () => {
  it("is the union of the models' fits, discriminated by model, and the schema's output", () => {
    expectTypeOf<CountModelFit>().toEqualTypeOf<BgNbdFit>();
    expectTypeOf<CountModelFit["model"]>().toEqualTypeOf<"bg-nbd">();
    expectTypeOf<z.output<typeof CountModelFitSchema>>().toEqualTypeOf<CountModelFit>();
  });

  it("makes every fit a CountModel, and a plain { model, params, unit } one too", () => {
    expectTypeOf<CountModelFit>().toExtend<CountModel>();
    expectTypeOf<{ model: "bg-nbd"; params: { r: 1; alpha: 1; a: 1; b: 1 }; unit: "week" }>().toExtend<CountModel>();
    expectTypeOf<{ model: "bg-nbd"; params: { r: 1 }; unit: "week" }>().not.toExtend<CountModel>();
  });
});
