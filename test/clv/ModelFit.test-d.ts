import { describe, expectTypeOf, it } from "vitest";
import type { BgNbdFit } from "../../src/clv/bgNbd/BgNbdFit.ts";
import type { BgNbdParams } from "../../src/clv/bgNbd/BgNbdParams.ts";
import type { FitWarning, FitWarningCode } from "../../src/clv/FitWarning.ts";
import type { ModelFit } from "../../src/clv/ModelFit.ts";
import type { TimeUnit } from "../../src/time/TimeUnitSchema.ts";

describe("ModelFit types", () => {
  it("is plain readonly data: params and standard errors keyed like the model's parameters, nullable covariance", () => {
    expectTypeOf<BgNbdFit>().toEqualTypeOf<ModelFit<"bg-nbd", BgNbdParams>>();
    expectTypeOf<BgNbdFit["params"]>().toEqualTypeOf<Readonly<BgNbdParams>>();
    expectTypeOf<BgNbdFit["standardErrors"]>().toEqualTypeOf<Readonly<BgNbdParams> | null>();
    expectTypeOf<BgNbdFit["covariance"]>().toEqualTypeOf<readonly (readonly number[])[] | null>();
    expectTypeOf<BgNbdFit["unit"]>().toEqualTypeOf<TimeUnit>();
    expectTypeOf<BgNbdFit["warnings"]>().toEqualTypeOf<readonly FitWarning[]>();
    expectTypeOf<FitWarning["code"]>().toEqualTypeOf<FitWarningCode>();
    expectTypeOf<FitWarning["parameter"]>().toEqualTypeOf<string | null>();
  });
});
