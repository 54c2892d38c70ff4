/**
 * The synthetic transaction log T1 of `bench/peer-reference.md`, regenerated bit for bit:
 * a counter-based SplitMix64 (every uniform is a pure function of seed, row index and draw number), so any
 * row can be computed on its own, in any order.
 *
 * T1: seed 7, 1,000,000 rows, 100,000 customers, dates 2020-01-01 + 0…730 days. Row i uses draws
 * u_j = unit(nth(key(7, i), j)), j = 0, 1, 2:
 * - customer = i for i < 100,000 (every customer exists), else floor(u_0 · 100,000);
 * - day offset = floor(u_1 · 731); amount = 500 + floor(u_2 · 9,500) cents.
 *
 * Extension to 10,000,000 rows (for the streaming benchmark): the same rule for every i, so rows 0 to
 * 999,999 are T1 itself and every row from 100,000 on draws its customer uniformly from the 100,000.
 *
 * Two implementations: {@link t1Row} with 64-bit words as pairs of 32-bit halves (fast, used by the
 * benchmark) and {@link t1RowBigInt} with BigInt (the reference the tests compare it with); both use the
 * generator of src/_lib/splitMix64.ts.
 */
import {
  mix64BigInt,
  splitMix64NthBigInt,
  splitMix64NthInto,
  unitOfBigInt,
  unitOfWord,
} from "../../src/_lib/splitMix64.ts";
import type { TransactionInput } from "../../src/customers/TransactionSchema.ts";

/** Parameters of T1. */
export const t1 = { seed: 7, rows: 1_000_000, customers: 100_000, days: 731, firstDate: "2020-01-01" } as const;

/** One generated row: customer number, day offset from 2020-01-01, amount in cents. */
export interface T1Row {
  customer: number;
  dayOffset: number;
  cents: number;
}

// The generator itself lives in src/_lib/splitMix64.ts (shared with the model simulators such as
// simulateBgNbd); the BigInt functions are re-exported here under their peer-reference names.

/** SplitMix64's finaliser (mod 2^64), BigInt reference. */
export const mix64: (z: bigint) => bigint = mix64BigInt;

/** k-th output (k = 0, 1, …) of SplitMix64 seeded with `base`, BigInt reference. */
export const nth: (base: bigint, k: number) => bigint = splitMix64NthBigInt;

/** The exact double in (0, 1) made from the top 52 bits of z, BigInt reference. */
export const unit: (z: bigint) => number = unitOfBigInt;

/** Row i of (extended) T1, computed with BigInt. */
export function t1RowBigInt(i: number): T1Row {
  const key = nth(BigInt(t1.seed), i);
  const u0 = unit(nth(key, 0));
  const u1 = unit(nth(key, 1));
  const u2 = unit(nth(key, 2));
  return {
    customer: i < t1.customers ? i : Math.floor(u0 * t1.customers),
    dayOffset: Math.floor(u1 * t1.days),
    cents: 500 + Math.floor(u2 * 9500),
  };
}

/**
 * Row i of (extended) T1, with 32-bit arithmetic (the fast path of src/_lib/splitMix64.ts).
 *
 * @param i - Row index, 0 ≤ i < 2^32.
 * @param out - Optional row object to fill (avoids an allocation per row).
 */
export function t1Row(i: number, out: T1Row = { customer: 0, dayOffset: 0, cents: 0 }): T1Row {
  const words = new Int32Array(4);
  splitMix64NthInto(words, 0, 0, t1.seed, i);
  const keyHi = words[0]!;
  const keyLo = words[1]!;
  splitMix64NthInto(words, 2, keyHi, keyLo, 0);
  const u0 = unitOfWord(words, 2);
  splitMix64NthInto(words, 2, keyHi, keyLo, 1);
  const u1 = unitOfWord(words, 2);
  splitMix64NthInto(words, 2, keyHi, keyLo, 2);
  const u2 = unitOfWord(words, 2);
  out.customer = i < t1.customers ? i : Math.floor(u0 * t1.customers);
  out.dayOffset = Math.floor(u1 * t1.days);
  out.cents = 500 + Math.floor(u2 * 9500);
  return out;
}

/** `YYYY-MM-DD` of 2020-01-01 + offset, for offsets 0…730. */
export function t1Dates(): string[] {
  const start = Date.UTC(2020, 0, 1);
  return Array.from({ length: t1.days }, (_, k) => new Date(start + k * 86_400_000).toISOString().slice(0, 10));
}

/**
 * Rows [from, to) of (extended) T1 as transaction inputs: `customerId` the customer number, `timestamp`
 * the ISO-8601 date string, `amount` the dollars (cents / 100).
 */
export function t1Transactions(from: number, to: number): TransactionInput[] {
  const dates = t1Dates();
  const rows: TransactionInput[] = new Array(to - from);
  const row: T1Row = { customer: 0, dayOffset: 0, cents: 0 };
  for (let i = from; i < to; i++) {
    t1Row(i, row);
    rows[i - from] = { customerId: row.customer, timestamp: dates[row.dayOffset]!, amount: row.cents / 100 };
  }
  return rows;
}

/** Check sums of rows [0, n): Σcustomer, Σday offset, Σcents and distinct customer-days. */
export function t1CheckSums(n: number): { customers: number; dayOffsets: number; cents: number; customerDays: number } {
  const seen = new Uint8Array(t1.customers * t1.days);
  const row: T1Row = { customer: 0, dayOffset: 0, cents: 0 };
  let customers = 0;
  let dayOffsets = 0;
  let cents = 0;
  let customerDays = 0;
  for (let i = 0; i < n; i++) {
    t1Row(i, row);
    customers += row.customer;
    dayOffsets += row.dayOffset;
    cents += row.cents;
    const cell = row.customer * t1.days + row.dayOffset;
    if (seen[cell] === 0) {
      seen[cell] = 1;
      customerDays++;
    }
  }
  return { customers, dayOffsets, cents, customerDays };
}
