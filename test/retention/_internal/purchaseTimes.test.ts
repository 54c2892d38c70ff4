import { describe, expect, it } from "vitest";
import { purchasesUpTo } from "../../../src/retention/_internal/purchaseTimes.ts";
import { at, facts, tx } from "../_riskFixtures.ts";

describe("purchasesUpTo", () => {
  it("keeps purchases on or before asOf, in time order, amounts aligned", () => {
    const f = facts("2024-02-01", { transactions: [tx("2024-01-01", 1), tx("2024-02-01", 2), tx("2024-03-01", 3)] });
    expect(purchasesUpTo(f)).toEqual({
      times: [at("2024-01-01").getTime(), at("2024-02-01").getTime()],
      amounts: [1, 2],
    });
  });
  it("sorts an unsorted list without changing the record", () => {
    const f = facts("2024-12-31", { transactions: [tx("2024-03-01", 3), tx("2024-01-01", 1), tx("2024-02-01", 2)] });
    expect(purchasesUpTo(f).amounts).toEqual([1, 2, 3]);
    expect(f.record.transactions.map((t) => t.amount)).toEqual([3, 1, 2]);
  });
  it("answers the same facts from its last answer, and new facts afresh (even over the same list)", () => {
    const transactions = [tx("2024-01-01", 1)];
    const f = facts("2024-12-31", { transactions });
    expect(purchasesUpTo(f)).toBe(purchasesUpTo(f));
    const again = { ...f, record: { ...f.record, transactions: [...transactions, tx("2024-02-01", 2)] } };
    expect(purchasesUpTo(again).amounts).toEqual([1, 2]);
  });
});
