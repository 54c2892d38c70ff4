import { describe, expectTypeOf, it } from "vitest";
import type { CustomerSummary, HoldoutCustomerSummary } from "../../src/rfm/CustomerSummary.ts";
import { createSummaryAccumulator } from "../../src/rfm/createSummaryAccumulator.ts";
import type { SummarizeTransactionsOptions } from "../../src/rfm/SummarizeTransactionsOptions.ts";
import { summarizeTransactions } from "../../src/rfm/summarizeTransactions.ts";
import type { TransactionSummary } from "../../src/rfm/TransactionSummary.ts";

const log = [{ customerId: "a", timestamp: "1997-01-01", amount: 10 }];

describe("summarizeTransactions types", () => {
  it("gives rows with numeric holdout fields when the options name a calibrationEnd", () => {
    const summary = summarizeTransactions(log, {
      unit: "week",
      calibrationEnd: "1997-09-30",
      observationEnd: "1998-06-30",
    });
    expectTypeOf(summary).toEqualTypeOf<TransactionSummary<HoldoutCustomerSummary>>();
    expectTypeOf(summary.rows[0]!.holdoutFrequency).toEqualTypeOf<number>();
    expectTypeOf(summary.rows[0]!.holdoutMonetaryValue).toEqualTypeOf<number>();
    expectTypeOf(summary.rows[0]!.holdoutDuration).toEqualTypeOf<number>();
    const date = summarizeTransactions(log, {
      unit: "day",
      calibrationEnd: new Date("1997-09-30"),
      observationEnd: "1998-06-30",
    });
    expectTypeOf(date.rows).toEqualTypeOf<readonly HoldoutCustomerSummary[]>();
  });

  it("keeps the holdout fields optional without a calibrationEnd, or when it may be missing", () => {
    const whole = summarizeTransactions(log, { unit: "week", observationEnd: "1998-06-30" });
    expectTypeOf(whole).toEqualTypeOf<TransactionSummary>();
    expectTypeOf(whole.rows[0]!.holdoutFrequency).toEqualTypeOf<number | undefined>();
    const options = { unit: "week", observationEnd: "1998-06-30" } as SummarizeTransactionsOptions;
    expectTypeOf(summarizeTransactions(log, options).rows).toEqualTypeOf<readonly CustomerSummary[]>();
    const maybe = { unit: "week", observationEnd: "1998-06-30", calibrationEnd: undefined } as const;
    expectTypeOf(summarizeTransactions(log, maybe).rows).toEqualTypeOf<readonly CustomerSummary[]>();
  });

  it("passes a holdout summary wherever a summary is accepted", () => {
    expectTypeOf<TransactionSummary<HoldoutCustomerSummary>>().toExtend<TransactionSummary>();
    expectTypeOf<HoldoutCustomerSummary>().toExtend<CustomerSummary>();
  });
});

describe("createSummaryAccumulator types", () => {
  it("finishes with holdout rows when the options name a calibrationEnd, and plain rows otherwise", () => {
    const options = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30" } as const;
    const withHoldout = createSummaryAccumulator(options).add(log);
    expectTypeOf(withHoldout.finish().rows[0]!.holdoutFrequency).toEqualTypeOf<number>();
    expectTypeOf(withHoldout.merge(createSummaryAccumulator(options)).finish()).toEqualTypeOf<
      TransactionSummary<HoldoutCustomerSummary>
    >();
    const plain = createSummaryAccumulator({ unit: "week", observationEnd: "1998-06-30" });
    expectTypeOf(plain.finish().rows[0]!.holdoutFrequency).toEqualTypeOf<number | undefined>();
  });
});
