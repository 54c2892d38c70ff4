import { describe, expectTypeOf, it } from "vitest";
import type { Hyp2f1Options } from "../../src/math/Hyp2f1Options.ts";
import type { hyp2f1 } from "../../src/math/hyp2f1.ts";
import type { logHyp2f1 } from "../../src/math/logHyp2f1.ts";

describe("Hyp2f1Options", () => {
  it("has an optional readonly oneMinusZ", () => {
    expectTypeOf<Hyp2f1Options>().toEqualTypeOf<{ readonly oneMinusZ?: number | undefined }>();
  });

  it("is the optional fifth argument of hyp2f1 and logHyp2f1", () => {
    expectTypeOf<Parameters<typeof hyp2f1>[4]>().toEqualTypeOf<Hyp2f1Options | undefined>();
    expectTypeOf<Parameters<typeof logHyp2f1>[4]>().toEqualTypeOf<Hyp2f1Options | undefined>();
  });
});
