import { describe, expectTypeOf, it } from "vitest";
import type { SameShape } from "../../../src/customers/_internal/assertSchemaType.ts";

describe("SameShape", () => {
  it("is true for identical shapes, ignoring readonly on properties and arrays", () => {
    expectTypeOf<
      SameShape<{ a: number[]; d: Date }, { readonly a: readonly number[]; readonly d: Date }>
    >().toEqualTypeOf<true>();
  });
  it("is false when a key is missing, extra (even optional), or typed differently", () => {
    expectTypeOf<SameShape<{ a: number }, { a: number; b?: string }>>().toEqualTypeOf<false>();
    expectTypeOf<SameShape<{ a: number; b?: string }, { a: number }>>().toEqualTypeOf<false>();
    expectTypeOf<SameShape<{ a: number }, { a: string }>>().toEqualTypeOf<false>();
    expectTypeOf<SameShape<{ a?: number }, { a: number }>>().toEqualTypeOf<false>();
  });
});
