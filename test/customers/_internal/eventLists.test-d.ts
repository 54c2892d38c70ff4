import { describe, expectTypeOf, it } from "vitest";
import { type EventList, eventLists } from "../../../src/customers/_internal/eventLists.ts";
import type { CustomerLogs } from "../../../src/customers/CustomerLogsSchema.ts";
import type { CustomerRecord } from "../../../src/customers/CustomerRecordSchema.ts";

describe("eventLists", () => {
  it("names exactly the event lists of CustomerLogs and CustomerRecord", () => {
    expectTypeOf<EventList>().toEqualTypeOf<Exclude<keyof CustomerLogs, "customers">>();
    expectTypeOf<EventList>().toEqualTypeOf<Exclude<keyof CustomerRecord, "customerId" | "customer">>();
    expectTypeOf(eventLists).toEqualTypeOf<
      readonly [
        "transactions",
        "interactions",
        "serviceFailures",
        "complaints",
        "surveyResponses",
        "incidents",
        "bonds",
        "loyaltyEvents",
      ]
    >();
  });
});
