import { describe, expectTypeOf, it } from "vitest";
import type { CustomerRecord } from "../../src/customers/index.ts";
import type { SimulatedRelationshipEvents } from "../../src/simulation/index.ts";

describe("SimulatedRelationshipEvents", () => {
  it("holds the lists of a CustomerRecord, in their validated types", () => {
    expectTypeOf<SimulatedRelationshipEvents["complaints"]>().toEqualTypeOf<CustomerRecord["complaints"]>();
    expectTypeOf<SimulatedRelationshipEvents["bonds"]>().toEqualTypeOf<CustomerRecord["bonds"]>();
    expectTypeOf<SimulatedRelationshipEvents["surveyResponses"]>().toEqualTypeOf<CustomerRecord["surveyResponses"]>();
    expectTypeOf<SimulatedRelationshipEvents>().toExtend<
      Omit<CustomerRecord, "transactions" | "loyaltyEvents" | "customer">
    >();
  });
});
