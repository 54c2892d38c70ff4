import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParse } from "zod/v4/core";
import { TransactionSchema } from "../../../src/customers/TransactionSchema.ts";
import {
  type FastTransactionFields,
  readFields,
  readTransactionFast,
} from "../../../src/rfm/_internal/readTransactionFast.ts";

const out = (): FastTransactionFields => ({ id: "", ms: 0, amount: 0, currency: undefined });

/** Rows near the schema's edges: every field valid or slightly wrong, optional fields present or not. */
const row = fc.record(
  {
    customerId: fc.oneof(
      fc.constantFrom("", "a", "0001"),
      fc.integer({ min: -1, max: 3 }),
      fc.constant(2 ** 53),
      fc.constant(0.5),
    ),
    timestamp: fc.oneof(
      fc.constantFrom("1997-01-01", "1997-02-29", "1997-01-01T10:00:00Z", "1997-01-01T10:00:00", "x"),
      fc.date({ noInvalidDate: false }),
      fc.constant(0),
    ),
    amount: fc.oneof(fc.double(), fc.constant(-0), fc.constant("1")),
    cost: fc.oneof(fc.double(), fc.constant(undefined)),
    quantity: fc.oneof(fc.double(), fc.constant(0), fc.constant(undefined)),
    productId: fc.constantFrom("", "p", undefined, 3),
    channel: fc.constantFrom("", "web", undefined),
    currency: fc.constantFrom("USD", "Usd", "EURO", undefined),
    transactionId: fc.constantFrom("", "t1", undefined),
    extra: fc.constant(true),
  },
  { requiredKeys: [] },
);

describe("readTransactionFast", () => {
  it("accepts a plain valid row and reads id, instant and amount", () => {
    const o = out();
    expect(readTransactionFast({ customerId: 7, timestamp: "1997-01-02", amount: 3.5, quantity: 1 }, o)).toBe(true);
    expect(o).toEqual({ id: 7, ms: Date.UTC(1997, 0, 2), amount: 3.5 });
  });

  it("is sound: whenever it accepts, TransactionSchema accepts with the same id, instant and amount", () => {
    fc.assert(
      fc.property(row, (r) => {
        const o = out();
        const fast = readTransactionFast(r, o);
        const schema = safeParse(TransactionSchema, r);
        if (fast) {
          expect(schema.success).toBe(true);
          if (schema.success) {
            expect(String(o.id)).toBe(schema.data.customerId);
            expect(o.ms).toBe(schema.data.timestamp.getTime());
            expect(o.amount).toBe(schema.data.amount);
            expect(o.currency).toBe(schema.data.currency);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("is complete on well-formed rows: accepts every row the schema accepts, except rounding-edge fractions", () => {
    fc.assert(
      fc.property(row, (r) => {
        if (safeParse(TransactionSchema, r).success) expect(readTransactionFast(r, out())).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("with minAmount −MAX_VALUE, accepts a finite negative amount (a return) and nothing else that it rejected", () => {
    fc.assert(
      fc.property(row, (r) => {
        const strict = readTransactionFast(r, out());
        const o = out();
        const lenient = readTransactionFast(r, o, -Number.MAX_VALUE);
        const a = (r as { amount?: unknown }).amount;
        const isReturn = typeof a === "number" && a < 0 && Number.isFinite(a);
        if (strict) expect(lenient).toBe(true);
        if (lenient && !strict) expect(isReturn).toBe(true);
        if (lenient && isReturn) {
          expect(o.amount).toBe(a);
          // The schema accepts the same row with the absolute amount.
          expect(safeParse(TransactionSchema, { ...r, amount: -a }).success).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the currency, and leaves it undefined for a row without one", () => {
    const o = out();
    expect(readTransactionFast({ customerId: "a", timestamp: "1997-01-02", amount: 1, currency: "EUR" }, o)).toBe(true);
    expect(o.currency).toBe("EUR");
    expect(readTransactionFast({ customerId: "a", timestamp: "1997-01-02", amount: 1 }, o)).toBe(true);
    expect(o.currency).toBeUndefined();
  });

  it("rejects non-objects, arrays and unknown keys", () => {
    for (const r of [null, [], "row", { customerId: "a", timestamp: "1997-01-01", amount: 1, ammount: 1 }]) {
      expect(readTransactionFast(r, out())).toBe(false);
    }
  });
});

describe("readFields", () => {
  it("checks the three summary fields as the schema does", () => {
    expect(readFields("a", new Date(5), 0, out())).toBe(true);
    expect(readFields("a", new Date(Number.NaN), 0, out())).toBe(false);
    expect(readFields(-1, "1997-01-01", 0, out())).toBe(false);
    expect(readFields("a", "1997-01-01", Number.POSITIVE_INFINITY, out())).toBe(false);
    expect(readFields("a", "1997-01-01", -1, out())).toBe(false);
    expect(readFields("a", "1997-01-01", -1, out(), -Number.MAX_VALUE)).toBe(true);
    expect(readFields("a", "1997-01-01", Number.NEGATIVE_INFINITY, out(), -Number.MAX_VALUE)).toBe(false);
  });
});
