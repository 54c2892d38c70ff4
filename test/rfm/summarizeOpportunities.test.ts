import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TransactionInput } from "../../src/customers/TransactionSchema.ts";
import { summarizeOpportunities } from "../../src/rfm/summarizeOpportunities.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const log: TransactionInput[] = [
  { customerId: 1, timestamp: "1995-06-01", amount: 10 }, // acquisition (period 0)
  { customerId: 1, timestamp: "1995-09-01", amount: 10 }, // period 0 again: merged
  { customerId: 1, timestamp: "1996-01-01T00:00:00Z", amount: 10 }, // period 1
  { customerId: 1, timestamp: "1998-12-31T23:59:59Z", amount: 10 }, // period 3
  { customerId: 1, timestamp: "2000-07-01", amount: 10 }, // period 5: holdout
  { customerId: 1, timestamp: "2001-01-01", amount: 10 }, // period 6: after the holdout
  { customerId: "2", timestamp: "1996-03-01", amount: 5 }, // one-time buyer
  { customerId: "10", timestamp: "1998-06-06", amount: 1 }, // period 1 (listed before the acquisition)
  { customerId: "10", timestamp: "1997-12-31", amount: 1 }, // acquisition
  { customerId: "10", timestamp: "1998-01-01", amount: 1 }, // period 1: merged with 1998-06-06
  { customerId: "10", timestamp: "1999-02-02", amount: 1 }, // period 2
  { customerId: "10", timestamp: "2000-05-05", amount: 1 }, // period 3
  { customerId: "10", timestamp: "2001-01-01", amount: 1 }, // period 4: holdout
  { customerId: "b", timestamp: "1995-01-01", amount: 3 }, // acquisition
  { customerId: "b", timestamp: "1999-01-01", amount: 3 }, // period 4: holdout only
];
const options = { period: "year", calibrationPeriods: 3, holdoutPeriods: 2, observationEnd: "2002-12-31" } as const;

describe("summarizeOpportunities", () => {
  it("counts opportunities after each customer's acquisition period (hand-worked yearly log)", () => {
    const { rows, metadata } = summarizeOpportunities(log, options);
    expect(rows).toEqual([
      { customerId: "1", frequency: 2, recency: 3, opportunities: 3, holdoutFrequency: 1 },
      { customerId: "10", frequency: 3, recency: 3, opportunities: 3, holdoutFrequency: 1 },
      { customerId: "2", frequency: 0, recency: 0, opportunities: 3, holdoutFrequency: 0 },
      { customerId: "b", frequency: 0, recency: 0, opportunities: 3, holdoutFrequency: 1 },
    ]);
    expect(metadata).toEqual({
      period: "year",
      timeZone: "UTC",
      weekStartsOn: 1,
      calibrationPeriods: 3,
      holdoutPeriods: 2,
      transactions: 15,
      samePeriodMerged: 2,
      transactionsAfterHoldout: 1,
      customers: 4,
    });
  });

  it("does not depend on the order of the log", () => {
    expect(summarizeOpportunities([...log].reverse(), options)).toEqual(summarizeOpportunities(log, options));
  });

  it("places purchases in calendar periods of timeZone", () => {
    const rows = [
      { customerId: "a", timestamp: "1995-06-01T12:00:00Z", amount: 1 },
      // 1995-12-31 21:00 in New York: still the acquisition year there, year 1 in UTC
      { customerId: "a", timestamp: "1996-01-01T02:00:00Z", amount: 1 },
    ];
    const opts = { period: "year", calibrationPeriods: 2, holdoutPeriods: 0, observationEnd: "1998-06-30" } as const;
    expect(summarizeOpportunities(rows, opts).rows[0]).toMatchObject({ frequency: 1, recency: 1 });
    const ny = summarizeOpportunities(rows, { ...opts, timeZone: "America/New_York" });
    expect(ny.rows[0]).toMatchObject({ frequency: 0, recency: 0 });
    expect(ny.metadata.samePeriodMerged).toBe(1);
  });

  it("reads a date-only observationEnd as that calendar date in timeZone (a period ending on it is observed)", () => {
    const rows = [
      { customerId: "a", timestamp: "2024-01-15T12:00:00-05:00", amount: 1 },
      { customerId: "a", timestamp: "2024-02-15T12:00:00-05:00", amount: 1 },
    ];
    // Month 0 is January; months 1 (February) and 2 (March) must be observed in full by March 31.
    const opts = { period: "month", calibrationPeriods: 2, holdoutPeriods: 0, observationEnd: "2024-03-31" } as const;
    for (const timeZone of ["America/Los_Angeles", "-09:30", "Asia/Kathmandu", "Pacific/Kiritimati"]) {
      expect(summarizeOpportunities(rows, { ...opts, timeZone }).rows[0], timeZone).toMatchObject({
        frequency: 1,
        opportunities: 2,
      });
    }
  });

  it("counts weeks from weekStartsOn", () => {
    // 1997-01-05 is a Sunday
    const rows = [
      { customerId: "a", timestamp: "1997-01-04", amount: 1 },
      { customerId: "a", timestamp: "1997-01-05", amount: 1 },
    ];
    const opts = { period: "week", calibrationPeriods: 1, holdoutPeriods: 0, observationEnd: "1997-02-28" } as const;
    expect(summarizeOpportunities(rows, opts).rows[0]?.frequency).toBe(0);
    expect(summarizeOpportunities(rows, { ...opts, weekStartsOn: 0 }).rows[0]?.frequency).toBe(1);
  });

  it("throws domain_error at options.observationEnd when a customer's periods are not all observed", () => {
    // customer "10" (acquired 1997) needs 1997 + 3 + 2 = 2002 fully observed; 2002-12-30 is not the year's last day
    const e = expectClienteleError(
      () => summarizeOpportunities(log, { ...options, observationEnd: "2002-12-30" }),
      "domain_error",
    );
    expect(e.issues[0]?.path).toEqual(["options", "observationEnd"]);
    expect(e.message).toContain('1 customer(s) ("10") are not observed');
    expect(summarizeOpportunities(log, { ...options, observationEnd: "2002-12-31" }).rows).toHaveLength(4);
  });

  it("rejects bad options with invalid_input at their path", () => {
    const bad = [
      [{ ...options, calibrationPeriods: 0 }, "options.calibrationPeriods"],
      [{ ...options, calibrationPeriods: 1.5 }, "options.calibrationPeriods"],
      [{ ...options, holdoutPeriods: -1 }, "options.holdoutPeriods"],
      [{ ...options, period: "decade" }, "options.period"],
      [{ ...options, timezone: "UTC" }, "options"],
    ] as const;
    for (const [opts, path] of bad) {
      const error = expectClienteleError(() => summarizeOpportunities(log, opts as never), "invalid_input");
      expect(issuePaths(error)).toEqual([path]);
      expect(error.message).toMatch(/^summarizeOpportunities: /);
    }
  });

  it("rejects an unknown time zone at options.timeZone", () => {
    const error = expectClienteleError(
      () => summarizeOpportunities(log, { ...options, timeZone: "Mars/Olympus" }),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["options.timeZone"]);
  });

  it("lists every bad transaction row by path", () => {
    const error = expectClienteleError(
      () =>
        summarizeOpportunities(
          [
            { customerId: "a", timestamp: "1995-01-01", amount: 1 },
            { customerId: "a", timestamp: "1995-13-01", amount: 1 },
            { customerId: "a", timestamp: "1995-01-01", amount: -1 },
          ],
          options,
        ),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["transactions[1].timestamp", "transactions[2].amount"]);
    expect(error.message).toMatch(/^summarizeOpportunities: /);
  });

  it("fails with insufficient_data on an empty log", () => {
    expectClienteleError(() => summarizeOpportunities([], options), "insufficient_data");
  });

  const arbLog = fc.array(
    fc.record({
      customerId: fc.constantFrom("a", "b", "c", 7),
      timestamp: fc.date({ min: new Date("1990-01-01"), max: new Date("2010-12-31"), noInvalidDate: true }),
      amount: fc.integer({ min: 0, max: 100 }),
    }),
    { minLength: 1, maxLength: 40 },
  );
  const arbOptions = fc.record({
    period: fc.constantFrom("day", "week", "month", "quarter", "year" as const),
    calibrationPeriods: fc.integer({ min: 1, max: 30 }),
    holdoutPeriods: fc.integer({ min: 0, max: 10 }),
    // far enough that every window (≤ 40 years after 2010) is observed
    observationEnd: fc.constant("2100-12-31"),
  });

  it("accounts for every row and keeps 0 ≤ x ≤ t_x ≤ n (property)", () => {
    fc.assert(
      fc.property(arbLog, arbOptions, (rows, opts) => {
        const { rows: out, metadata } = summarizeOpportunities(rows, opts);
        let counted = 0;
        for (const r of out) {
          expect(r.frequency).toBeLessThanOrEqual(r.recency);
          expect(r.recency).toBeLessThanOrEqual(opts.calibrationPeriods);
          expect(r.frequency === 0).toBe(r.recency === 0);
          expect(r.holdoutFrequency).toBeLessThanOrEqual(opts.holdoutPeriods);
          counted += 1 + r.frequency + r.holdoutFrequency;
        }
        expect(counted + metadata.samePeriodMerged + metadata.transactionsAfterHoldout).toBe(rows.length);
        expect(metadata.customers).toBe(new Set(rows.map((r) => String(r.customerId))).size);
      }),
    );
  });

  it("does not mutate its input (property)", () => {
    fc.assert(
      fc.property(arbLog, arbOptions, (rows, opts) => {
        const before = structuredClone(rows);
        const optsBefore = structuredClone(opts);
        summarizeOpportunities(rows, opts);
        expect(rows).toEqual(before);
        expect(opts).toEqual(optsBefore);
      }),
    );
  });
});
