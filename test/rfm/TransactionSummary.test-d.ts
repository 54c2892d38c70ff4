import { describe, expectTypeOf, it } from "vitest";
import type { SummaryMetadata, TransactionSummary } from "../../src/rfm/TransactionSummary.ts";
import type { CivilDate } from "../../src/time/CivilDateSchema.ts";

describe("TransactionSummary", () => {
  it("pairs readonly rows with metadata whose optional parts are explicit undefined", () => {
    expectTypeOf<TransactionSummary["metadata"]>().toEqualTypeOf<SummaryMetadata>();
    expectTypeOf<SummaryMetadata["calibrationEnd"]>().toEqualTypeOf<CivilDate | undefined>();
    expectTypeOf<SummaryMetadata["holdoutDuration"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SummaryMetadata["transactionsAfterObservationEnd"]>().toEqualTypeOf<number>();
  });
});
