import { describe, expect, it } from "vitest";
import { mix64, nth, t1Row, t1RowBigInt, t1Transactions, unit } from "../../bench/_data/t1.ts";

describe("bench/_data/t1 (counter-based SplitMix64, peer-reference.md)", () => {
  it("reproduces the published SplitMix64 check values", () => {
    expect(nth(42n, 0)).toBe(0xbdd732262feb6e95n);
    expect(nth(42n, 1)).toBe(0x28efe333b266f103n);
    const sub = nth(nth(42n, 0), 0);
    expect(sub).toBe(0x57e1faba65107204n);
    expect(nth(sub, 0)).toBe(0x6310bf04d8207f46n);
    expect(unit(nth(sub, 0))).toBe(0.3869742762400409);
    expect([0, 1, 2].map((k) => nth(0n, k))).toEqual([0xe220a8397b1dcdafn, 0x6e789e6aa1b965f4n, 0x06c45d188009454fn]);
    expect(mix64(0n)).toBe(0n);
  });

  it("reproduces T1 rows 0–2 and 100000–100002", () => {
    expect([0, 1, 2, 100_000, 100_001, 100_002].map((i) => t1Row(i))).toEqual([
      { customer: 0, dayOffset: 474, cents: 5719 },
      { customer: 1, dayOffset: 549, cents: 9075 },
      { customer: 2, dayOffset: 702, cents: 3142 },
      { customer: 87_761, dayOffset: 124, cents: 6852 },
      { customer: 53_761, dayOffset: 621, cents: 3450 },
      { customer: 66_300, dayOffset: 190, cents: 4193 },
    ]);
    expect(t1Transactions(0, 3)).toEqual([
      { customerId: 0, timestamp: "2021-04-19", amount: 57.19 },
      { customerId: 1, timestamp: "2021-07-03", amount: 90.75 },
      { customerId: 2, timestamp: "2021-12-03", amount: 31.42 },
    ]);
  });

  it("gives the same rows with 32-bit halves as with BigInt (a prefix and rows past 1M)", () => {
    for (const i of [...Array.from({ length: 200 }, (_, k) => k), 99_999, 100_000, 999_999, 1_000_000, 9_999_999]) {
      expect(t1Row(i), `row ${i}`).toEqual(t1RowBigInt(i));
    }
  });
});
