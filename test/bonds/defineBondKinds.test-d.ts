import { describe, expectTypeOf, it } from "vitest";
import { type BondKindOf, defineBondKinds } from "../../src/bonds/index.ts";

describe("defineBondKinds types", () => {
  it("types the catalogue by name: the host's kinds and the built-in ones, with their levels", () => {
    const kinds = defineBondKinds({ "acme/concierge": "social" });
    expectTypeOf(kinds["acme/concierge"]).toEqualTypeOf<"social">();
    expectTypeOf(kinds.club).toEqualTypeOf<"social">();
    expectTypeOf<"acme/concierge">().toExtend<BondKindOf<typeof kinds>>();
    expectTypeOf<"points-program">().toExtend<BondKindOf<typeof kinds>>();
    expectTypeOf<"acme/concierj">().not.toExtend<BondKindOf<typeof kinds>>();
  });
  it("rejects a level that is not a bond level at compile time", () => {
    // @ts-expect-error "emotional" is not a BondLevel
    defineBondKinds({ "acme/x": "emotional" });
  });
});
