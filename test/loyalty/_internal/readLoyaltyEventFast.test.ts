import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParse } from "zod/v4/core";
import { LoyaltyEventSchema } from "../../../src/customers/LoyaltyEventSchema.ts";
import { readLoyaltyEventFast } from "../../../src/loyalty/_internal/readLoyaltyEventFast.ts";

// Rows near the schema's edges: every field valid or not, types mixed with fields that belong to
// another type, optional keys absent, present or given as undefined, unknown keys.
const text = fc.constantFrom("", "x", "T-1");
const instant = fc.oneof(
  fc.constantFrom(
    "2024-02-29",
    "2023-02-29",
    "2024-03-10T02:30:00-05:00",
    "2024-03-10T02:30:00",
    "+010000-06-01",
    "2024-01-01T00:00:00.123456Z",
    "not a date",
  ),
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms)),
  fc.constant(new Date(Number.NaN)),
  fc.constant(17),
);
const optional = <T>(value: fc.Arbitrary<T>) =>
  fc.option(fc.oneof(value, fc.constant(undefined)), { nil: "absent" as const });
const row = fc
  .record({
    customerId: fc.oneof(text, fc.constantFrom(0, 7, -1, 1.5, 2 ** 53, Number.NaN)),
    timestamp: instant,
    type: fc.constantFrom("accrual", "redemption", "expiry", "gift"),
    points: fc.constantFrom(1, 250, 0, -3, 2.5, 2 ** 53, Number.POSITIVE_INFINITY, "5"),
    programId: optional(text),
    qualifyingCredits: optional(fc.constantFrom(0, -0, 12.5, -1, Number.POSITIVE_INFINITY, Number.NaN)),
    expiresAt: optional(instant),
    rewardId: optional(text),
    transactionId: optional(text),
    eventId: optional(text),
    note: optional(text),
    extra: optional(fc.constant(1)),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== "absent")));

describe("readLoyaltyEventFast", () => {
  it("is sound: whatever it reads, the schema accepts and parses to an equal event, keys in the same order", () => {
    let read = 0;
    fc.assert(
      fc.property(row, (r) => {
        const fast = readLoyaltyEventFast(r);
        if (fast === undefined) return;
        read++;
        const slow = safeParse(LoyaltyEventSchema, r);
        expect(slow.success).toBe(true);
        if (!slow.success) return;
        expect(fast).toStrictEqual(slow.data);
        expect(Object.keys(fast)).toEqual(Object.keys(slow.data));
        expect(fast.timestamp).not.toBe(r.timestamp);
      }),
      { numRuns: 3000, seed: 10 },
    );
    expect(read).toBeGreaterThan(0);
  });

  it("reads the usual rows itself, and leaves the rest to the schema", () => {
    const base = { customerId: "m1", timestamp: "2024-01-05", type: "accrual", points: 300 };
    expect(readLoyaltyEventFast(base)).toStrictEqual(safeParse(LoyaltyEventSchema, base).data);
    for (const ok of [
      { ...base, customerId: 42, timestamp: new Date("2024-01-05T10:00:00Z"), qualifyingCredits: 10 },
      { ...base, expiresAt: "2025-01-05", note: undefined },
      { ...base, type: "redemption", rewardId: "R-1", transactionId: "T-9", eventId: "E", programId: "P" },
    ])
      expect(readLoyaltyEventFast(ok)).toStrictEqual(safeParse(LoyaltyEventSchema, ok).data);
    // Valid, but only the schema reads expanded years; invalid ones of every kind.
    for (const other of [
      { ...base, timestamp: "+010000-06-01" },
      { ...base, points: 0 },
      { ...base, type: "redemption", expiresAt: "2025-01-05" },
      { ...base, rewardId: "R-1" },
      { ...base, expiresAt: "2024-01-04" },
      { ...base, unknown: 1 },
      Object.assign(Object.create({ inherited: 1 }), base),
      [base],
      null,
    ])
      expect(readLoyaltyEventFast(other)).toBeUndefined();
  });
});
