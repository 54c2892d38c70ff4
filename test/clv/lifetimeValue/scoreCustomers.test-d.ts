import { describe, expectTypeOf, it } from "vitest";
import type { BgNbdFit } from "../../../src/clv/bgNbd/BgNbdFit.ts";
import type { GammaGammaFit } from "../../../src/clv/gammaGamma/GammaGammaFit.ts";
import {
  type CustomerScore,
  type CustomerScoreColumns,
  scoreCustomers,
} from "../../../src/clv/lifetimeValue/scoreCustomers.ts";
import type { TransactionSummary } from "../../../src/rfm/TransactionSummary.ts";

declare const countFit: BgNbdFit;
declare const spendFit: GammaGammaFit;
declare const summary: TransactionSummary;

describe("scoreCustomers types (issue 16, item 7)", () => {
  it("returns rows by default and columns when asked, of plain arrays", () => {
    expectTypeOf(scoreCustomers({ customers: summary, countFit, horizon: 52 })).toEqualTypeOf<CustomerScore[]>();
    expectTypeOf(
      scoreCustomers({ customers: summary.rows, countFit, horizon: 52, form: "columns" }),
    ).toEqualTypeOf<CustomerScoreColumns>();
    expectTypeOf<CustomerScoreColumns["probabilityAlive"]>().toEqualTypeOf<number[]>();
    expectTypeOf<CustomerScoreColumns["customerId"]>().toEqualTypeOf<string[]>();
    expectTypeOf<CustomerScore["lifetimeValue"]>().toEqualTypeOf<number | undefined>();
    scoreCustomers({
      customers: summary,
      countFit,
      horizon: 52,
      spendFit,
      discountRate: 0.01,
      margin: 0.3,
      sortBy: "lifetimeValue",
      top: 5,
    });
  });

  it("rejects a sort key that is not a score", () => {
    // @ts-expect-error: customerId is not a number to rank by
    scoreCustomers({ customers: summary, countFit, horizon: 52, sortBy: "customerId" });
  });
});
