import { describe, expectTypeOf, it } from "vitest";
import type { RelationshipEventRates, SimulateRelationshipEventsOptions } from "../../src/simulation/index.ts";

describe("RelationshipEventRates", () => {
  it("has numeric fields only, each of which the options may override", () => {
    expectTypeOf<RelationshipEventRates[keyof RelationshipEventRates]>().toEqualTypeOf<number>();
    expectTypeOf<keyof NonNullable<SimulateRelationshipEventsOptions["rates"]>>().toEqualTypeOf<
      keyof RelationshipEventRates
    >();
  });
});
