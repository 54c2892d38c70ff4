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

  it("compares configs field by field", () => {
    const a = createSummaryState("f", options).config;
    expect(sameSummaryConfig(a, createSummaryState("f", { ...options }).config)).toBe(true);
    expect(sameSummaryConfig(a, createSummaryState("f", { ...options, mergeSameDay: false }).config)).toBe(false);
    expect(sameSummaryConfig(a, createSummaryState("f", { ...options, timeZone: "+00:00" }).config)).toBe(false);
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
