import { describe, expect, it } from "vitest";
import { purchasesUpTo } from "../../../src/retention/_internal/purchaseTimes.ts";
import { at, record, tx } from "../_riskFixtures.ts";

describe("purchasesUpTo", () => {
  it("keeps purchases on or before asOf, in time order, amounts aligned", () => {
    const r = record({ transactions: [tx("2024-01-01", 1), tx("2024-02-01", 2), tx("2024-03-01", 3)] });
    expect(purchasesUpTo(r, at("2024-02-01").getTime())).toEqual({
      times: [at("2024-01-01").getTime(), at("2024-02-01").getTime()],
      amounts: [1, 2],
    });
  });
  it("sorts an unsorted list without changing the record", () => {
    const transactions = [tx("2024-03-01", 3), tx("2024-01-01", 1), tx("2024-02-01", 2)];
    const r = record({ transactions });
    expect(purchasesUpTo(r, at("2024-12-31").getTime()).amounts).toEqual([1, 2, 3]);
    expect(r.transactions.map((t) => t.amount)).toEqual([3, 1, 2]);
  });
});
