import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSummaryState, sameSummaryConfig } from "../../../src/rfm/_internal/summaryState.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const options = { unit: "day", calibrationEnd: "2020-06-30", observationEnd: "2020-12-31" } as const;
const at = (day: number) => new Date(Date.UTC(2020, 0, 1 + day));

describe("createSummaryState / SummaryState", () => {
  it("counts distinct purchase days exactly through bitset growth, moves and reuse of freed blocks (property)", () => {
    const purchase = fc.record({
      customer: fc.integer({ min: 0, max: 30 }),
      day: fc.integer({ min: -3000, max: 365 }),
    });
    fc.assert(
      fc.property(fc.array(purchase, { minLength: 1, maxLength: 300 }), (purchases) => {
        const state = createSummaryState("f", { unit: "day", observationEnd: "2020-12-31" });
        for (const p of purchases)
          state.ingest("f", [{ customerId: p.customer, timestamp: at(p.day), amount: 1 }], "chunk");
        const { rows } = state.finish("f");
        const days = new Map<string, Set<number>>();
        for (const p of purchases) {
          const set = days.get(String(p.customer)) ?? new Set<number>();
          set.add(p.day);
          days.set(String(p.customer), set);
        }
        for (const r of rows) {
          const set = days.get(r.customerId)!;
          expect(r.frequency).toBe(set.size - 1);
          expect(r.recency).toBe(Math.max(...set) - Math.min(...set));
          expect(r.T).toBe(365 - Math.min(...set));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("merges states by folding bitsets, first days and sums", () => {
    const a = createSummaryState("f", options);
    const b = createSummaryState("f", options);
    a.ingest("f", [{ customerId: "x", timestamp: at(10), amount: 1 }], "chunk");
    b.ingest(
      "f",
      [
        { customerId: "x", timestamp: at(3), amount: 2 },
        { customerId: "x", timestamp: at(10), amount: 4 },
        { customerId: "x", timestamp: at(200), amount: 8 },
      ],
      "chunk",
    );
    a.mergeFrom(b);
    expect(a.finish("f").rows[0]).toEqual({
      customerId: "x",
      frequency: 1,
      recency: 7,
      T: 178,
      monetaryValue: 5,
      holdoutFrequency: 1,
      holdoutMonetaryValue: 8,
      holdoutDuration: 184,
    });
    expect(a.transactions).toBe(4);
  });

  it("gives the same state when a one-shot input is read in blocks, and lists bad rows of every block", () => {
    const log = Array.from({ length: 50 }, (_, i) => ({ customerId: i % 7, timestamp: at(i * 5), amount: i / 4 }));
    const whole = createSummaryState("f", options);
    whole.ingest("f", log, "transactions");
    const blocks = createSummaryState("f", options);
    blocks.ingest("f", log, "transactions", false, 8);
    expect(blocks.finish("f")).toEqual(whole.finish("f"));
    const bad = [...log, { customerId: "x", timestamp: "nope", amount: 1 }];
    bad[3] = { customerId: 1, timestamp: at(1), amount: -1 };
    const e = expectClienteleError(
      () => createSummaryState("f", options).ingest("f", bad, "transactions", false, 8),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["transactions[3].amount", "transactions[50].timestamp"]);
  });

  describe("day sets of customers whose purchases lie far apart (issue 17, item 5)", () => {
    const DAY = 86_400_000;
    const day1900 = Date.UTC(1900, 0, 1) / DAY;
    const day2024 = Date.UTC(2024, 5, 30) / DAY;
    const twoPurchases = (n: number, first: number, last: number) =>
      Array.from({ length: 2 * n }, (_, i) => ({
        customerId: i >> 1,
        timestamp: new Date((i % 2 === 0 ? first : last) * DAY),
        amount: 1,
      }));

    it("keeps a pool of O(customers · purchases) words, not O(span), for purchases 124 years apart", () => {
      // Before: a bitset over each customer's 45,000-day span, 2048 words each.
      const n = 1000;
      const state = createSummaryState("f", { unit: "day", observationEnd: "2024-06-30" });
      state.ingest("f", twoPurchases(n, day1900, day2024), "transactions");
      expect(state.poolWords).toBeLessThanOrEqual(8 * n);
      // The same through chunks of one purchase and merged states.
      const merged = createSummaryState("f", { unit: "day", observationEnd: "2024-06-30" });
      for (const chunk of [0, 1]) {
        const part = createSummaryState("f", { unit: "day", observationEnd: "2024-06-30" });
        for (const row of twoPurchases(n, day1900, day2024).filter((_, i) => i % 2 === chunk))
          part.ingest("f", [row], "chunk");
        merged.mergeFrom(part);
        expect(part.poolWords).toBeLessThanOrEqual(8 * n);
      }
      expect(merged.poolWords).toBeLessThanOrEqual(8 * n);
      expect(merged.finish("f")).toEqual(state.finish("f"));
      expect(state.finish("f").rows.every((r) => r.frequency === 1 && r.recency === day2024 - day1900)).toBe(true);
    });

    it("keeps the pool as small for the first and last days a Date allows (200 million days apart)", () => {
      const n = 300;
      const state = createSummaryState("f", { unit: "day", observationEnd: new Date(8.64e15) });
      state.ingest("f", twoPurchases(n, -1e8, 1e8), "transactions");
      expect(state.poolWords).toBeLessThanOrEqual(8 * n);
      expect(state.finish("f").rows.every((r) => r.frequency === 1 && r.recency === 2e8)).toBe(true);
    });

    it("still gives a customer whose days are dense a bitset: pool words grow with the span, not the days", () => {
      // 3000 purchases on 100 distinct days within 160 days: 8 words, not one per purchase or day.
      const state = createSummaryState("f", { unit: "day", observationEnd: "2020-12-31" });
      state.ingest(
        "f",
        Array.from({ length: 3000 }, (_, i) => ({ customerId: 1, timestamp: at((i % 100) * 1.6), amount: 1 })),
        "transactions",
      );
      expect(state.poolWords).toBeLessThanOrEqual(16);
      expect(state.finish("f").rows[0]!.frequency).toBe(99);
    });

    it("counts the same distinct days in calibration and holdout as a Set, across the dense/sparse switch and merges (property)", () => {
      // Customer c's days spread over WIDTH[c] days: 0 and 1 stay bitsets; 2 and 3 turn sparse while they
      // have few days and back into bitsets as days accumulate; 4 spans every day a Date allows.
      const WIDTH = [40, 1000, 3000, 12_000, 2e8];
      const purchase = fc.record({
        customer: fc.integer({ min: 0, max: 4 }),
        at: fc.integer({ min: 0, max: 2 ** 30 - 1 }).map((k) => k / 2 ** 30),
        part: fc.nat(3),
      });
      const dayOf = (p: { customer: number; at: number }) =>
        Math.floor(p.at * WIDTH[p.customer]!) - (p.customer === 4 ? 1e8 : 0);
      fc.assert(
        fc.property(
          fc.array(purchase, { minLength: 1, maxLength: 1500, size: "max" }),
          fc.integer({ min: -1, max: 12_001 }),
          (generated, calDay) => {
            // Customer 0 buys on day -1, so someone is in calibration.
            const purchases = [{ customer: 0, day: -1, part: 0 }, ...generated.map((p) => ({ ...p, day: dayOf(p) }))];
            const opts = { unit: "day", calibrationEnd: new Date(calDay * DAY), observationEnd: new Date(8.64e15) };
            const row = (p: (typeof purchases)[number]) => ({
              customerId: p.customer,
              timestamp: new Date(p.day * DAY),
              amount: 1,
            });
            // One state read in one batch, and four states (one row per call) merged.
            const whole = createSummaryState("f", opts);
            whole.ingest("f", purchases.map(row), "transactions");
            const parts = [0, 1, 2, 3].map(() => createSummaryState("f", opts));
            for (const p of purchases) parts[p.part]!.ingest("f", [row(p)], "chunk");
            const merged = parts[3]!;
            for (const k of [1, 0, 2]) merged.mergeFrom(parts[k]!);

            const days = new Map<string, Set<number>>();
            for (const p of purchases)
              days.set(String(p.customer), (days.get(String(p.customer)) ?? new Set()).add(p.day));
            const expected = [...days]
              .filter(([, set]) => Math.min(...set) <= calDay)
              .map(([customerId, set]) => {
                const cal = [...set].filter((d) => d <= calDay);
                return [customerId, cal.length - 1, set.size - cal.length, Math.max(...cal) - Math.min(...cal)];
              })
              .sort((a, b) => Number(a[0]) - Number(b[0]));
            for (const state of [whole, merged]) {
              const { rows, metadata } = state.finish("f");
              expect(rows.map((r) => [r.customerId, r.frequency, r.holdoutFrequency, r.recency])).toEqual(expected);
              const distinct = [...days.values()].reduce((n, set) => n + set.size, 0);
              expect(metadata.sameDayMerged).toBe(purchases.length - distinct);
              // finish() left the state as it was: a second call agrees.
              expect(state.finish("f").rows).toEqual(rows);
            }
          },
        ),
        { numRuns: 100 },
      );
    });
  });

  it("compares configs field by field", () => {
    const a = createSummaryState("f", options).config;
    expect(sameSummaryConfig(a, createSummaryState("f", { ...options }).config)).toBe(true);
    expect(sameSummaryConfig(a, createSummaryState("f", { ...options, mergeSameDay: false }).config)).toBe(false);
    expect(sameSummaryConfig(a, createSummaryState("f", { ...options, timeZone: "+00:00" }).config)).toBe(false);
    expect(sameSummaryConfig(a, createSummaryState("f", { ...options, returns: "reject" }).config)).toBe(true);
    expect(sameSummaryConfig(a, createSummaryState("f", { ...options, returns: "drop" }).config)).toBe(false);
    const rated = (rates: Record<string, number>, to = "USD") =>
      createSummaryState("f", { ...options, convertCurrency: { to, rates } }).config;
    expect(sameSummaryConfig(rated({ EUR: 1.1, GBP: 1.3 }), rated({ GBP: 1.3, EUR: 1.1 }))).toBe(true);
    expect(sameSummaryConfig(rated({ EUR: 1.1 }), rated({ EUR: 1.2 }))).toBe(false);
    expect(sameSummaryConfig(rated({ EUR: 1.1 }), rated({ EUR: 1.1, GBP: 1.3 }))).toBe(false);
    expect(sameSummaryConfig(rated({}), rated({}, "EUR"))).toBe(false);
    expect(sameSummaryConfig(a, rated({}))).toBe(false);
  });

  it("orders rows by id: digit-only ids numerically (leading zeros after), then others by code units", () => {
    const state = createSummaryState("f", options);
    const ids = ["b", "10", "9", "009", "a", "B", "100000000000000000001", "99999999999999999999"];
    state.ingest(
      "f",
      ids.map((customerId) => ({ customerId, timestamp: at(1), amount: 1 })),
      "chunk",
    );
    expect(state.finish("f").rows.map((r) => r.customerId)).toEqual([
      "009",
      "9",
      "10",
      "99999999999999999999",
      "100000000000000000001",
      "B",
      "a",
      "b",
    ]);
  });
});
