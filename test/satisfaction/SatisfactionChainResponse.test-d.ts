import { describe, expectTypeOf, it } from "vitest";
import type {
  DisconfirmationResponse,
  SatisfactionChainAttribute,
  SatisfactionChainResponse,
} from "../../src/satisfaction/index.ts";

describe("SatisfactionChainResponse", () => {
  it("is what disconfirmation reads too, with optional measured satisfaction", () => {
    expectTypeOf<SatisfactionChainResponse>().toExtend<DisconfirmationResponse>();
    expectTypeOf<SatisfactionChainAttribute["satisfaction"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<SatisfactionChainResponse["overall"]>().toEqualTypeOf<number | null | undefined>();
  });
});
