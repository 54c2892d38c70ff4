import { describe, expectTypeOf, it } from "vitest";
import { type DisconfirmationForm, type DisconfirmationResult, disconfirmation } from "../../src/satisfaction/index.ts";

describe("DisconfirmationResult", () => {
  it("is what disconfirmation returns, in one of two forms", () => {
    expectTypeOf(disconfirmation).returns.toEqualTypeOf<DisconfirmationResult>();
    expectTypeOf<DisconfirmationForm>().toEqualTypeOf<"subtractive" | "ratio">();
    expectTypeOf<DisconfirmationResult["mean"]>().toEqualTypeOf<number | undefined>();
  });
});
