import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import { parseTransactions, type TransactionInput } from "../../src/customers/index.ts";
import type { CustomerSummary } from "../../src/rfm/CustomerSummary.ts";
import { createSummaryAccumulator } from "../../src/rfm/createSummaryAccumulator.ts";
import { summarizeTransactions } from "../../src/rfm/summarizeTransactions.ts";
import { elapsed } from "../../src/time/elapsed.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/cdnow/${name}`, import.meta.url), "utf8");
const csv = (name: string) =>
  fixture(name)
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map(Number));
/** Rounds to 0.01 as the fixture's producer did (the fixture is given to 0.01 only). */
const cents = (x: number) => Math.round(x * 100) / 100;

const cdnowOptions = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30" } as const;
const tx = (customerId: string | number, timestamp: string | Date, amount: number): TransactionInput => ({
  customerId,
  timestamp,
  amount,
});

describe("summarizeTransactions", () => {
  describe("CDNOW (Fader, Hardie & Lee 2005; lifetimes 0.11.3 summary files)", () => {
    const summary = summarizeTransactions(loadCdnowSample(), cdnowOptions);

    it("rebuilds cdnow_customers_summary.csv from CDNOW_sample.txt: same x, t_x and T after rounding to 0.01", () => {
      const rows = csv("cdnow_customers_summary.csv");
      expect(summary.rows).toHaveLength(rows.length);
      rows.forEach(([id, x, tx_, T], i) => {
        const row = summary.rows[i]!;
        expect(Number(row.customerId)).toBe(id);
        expect(row.frequency, `x of ${id}`).toBe(x);
        // NOTE: the fixture is rounded to 0.01 week; rounding ours the same way is the comparison its precision allows.
        expect(cents(row.recency), `t_x of ${id}`).toBe(tx_);
        expect(cents(row.T), `T of ${id}`).toBe(T);
      });
    });

    it("rebuilds cdnow_customers_summary_with_transactions.csv: zbar (mean repeat value) within 0.01", () => {
      const rows = csv("cdnow_customers_summary_with_transactions.csv");
      expect(rows).toHaveLength(2357);
      rows.forEach(([id, x, , , zbar], i) => {
        const row = summary.rows[i]!;
        expect(row.frequency).toBe(x);
        // NOTE: zbar is rounded to 0.01 in the fixture.
        expectClose(row.monetaryValue, zbar!, { abs: 0.005 + 1e-9 }, `zbar of ${id}`);
      });
    });

    it("gives Σx = 2,457, 946 repeaters, holdout Σx* = 1,882 and a 39-week holdout", () => {
      const sum = (f: (r: CustomerSummary) => number) => summary.rows.reduce((s, r) => s + f(r), 0);
      expect(sum((r) => r.frequency)).toBe(2457);
      expect(summary.rows.filter((r) => r.frequency > 0)).toHaveLength(946);
      expect(sum((r) => r.holdoutFrequency ?? Number.NaN)).toBe(1882);
      expect(summary.rows.every((r) => r.holdoutDuration === 39)).toBe(true);
      expect(summary.metadata.holdoutDuration).toBe(39);
    });

    it("reports the metadata: 6,919 rows, 223 merged into same-day purchases, 2,357 customers, none left out", () => {
      expect(summary.metadata).toEqual({
        unit: "week",
        timeZone: "UTC",
        observationEnd: "1998-06-30",
        calibrationEnd: "1997-09-30",
        holdoutDuration: 39,
        mergeSameDay: true,
        transactions: 6919,
        transactionsAfterObservationEnd: 0,
        sameDayMerged: 223,
        customers: 2357,
        customersAfterCalibrationEnd: 0,
        returns: "reject",
        returnRows: 0,
        cancelledDays: 0,
        currencies: [],
      });
    });

    it("makes T = (1997-09-30 − first purchase day) / 7 exactly: 272/7 for a first purchase on 1997-01-01", () => {
      expect(summary.rows[0]!.T).toBe(272 / 7);
      expect(summary.rows[0]!.recency).toBe(213 / 7);
    });

    it("gives the same rows for the columnar form of the log", () => {
      const log = loadCdnowSample();
      const columns = {
        customerId: log.map((t) => t.customerId),
        timestamp: log.map((t) => t.timestamp),
        amount: Float64Array.from(log, (t) => t.amount),
      };
      expect(summarizeTransactions(columns, cdnowOptions)).toEqual(summary);
    });

    it("gives the same rows for parsed transactions (Date timestamps)", () => {
      expect(summarizeTransactions(parseTransactions(loadCdnowSample()), cdnowOptions)).toEqual(summary);
    });
  });

  describe("T1-style synthetic log", () => {
    const log = [
      tx(1, "2021-01-01", 10),
      tx(1, "2021-01-01", 5), // same day: merged into 15
      tx(1, "2021-03-01", 20),
      tx(1, "2021-06-30", 30), // on calibrationEnd: calibration
      tx(1, "2021-07-01", 40), // first holdout day
      tx(1, "2021-12-31", 50), // on observationEnd: holdout
      tx(1, "2022-01-01", 60), // after observationEnd: excluded
      tx(2, "2021-06-30", 7), // first purchase on calibrationEnd: T = 0
      tx(3, "2021-08-01", 9), // first purchase in holdout: left out, counted
      tx(4, "2022-02-01", 9), // only after observationEnd: not a customer
    ];
    const options = { unit: "day", calibrationEnd: "2021-06-30", observationEnd: "2021-12-31" } as const;
    const { rows, metadata } = summarizeTransactions(log, options);

    it("counts repeat purchase days, with both ends inclusive", () => {
      expect(rows).toEqual([
        {
          customerId: "1",
          frequency: 2,
          recency: 180,
          T: 180,
          monetaryValue: 25,
          holdoutFrequency: 2,
          holdoutMonetaryValue: 45,
          holdoutDuration: 184,
        },
        {
          customerId: "2",
          frequency: 0,
          recency: 0,
          T: 0,
          monetaryValue: 0,
          holdoutFrequency: 0,
          holdoutMonetaryValue: 0,
          holdoutDuration: 184,
        },
      ]);
    });

    it("counts what it left out instead of dropping it silently", () => {
      expect(metadata.transactions).toBe(10);
      expect(metadata.transactionsAfterObservationEnd).toBe(2);
      expect(metadata.customers).toBe(3);
      expect(metadata.customersAfterCalibrationEnd).toBe(1);
      expect(metadata.sameDayMerged).toBe(1);
    });

    it("counts every row as a purchase with mergeSameDay: false (first purchase = earliest, then smallest amount)", () => {
      const r = summarizeTransactions(log, { ...options, mergeSameDay: false });
      expect(r.rows[0]).toMatchObject({ frequency: 3, recency: 180, monetaryValue: (10 + 20 + 30) / 3 });
      expect(r.metadata.sameDayMerged).toBe(0);
    });

    it("treats the whole window as calibration without calibrationEnd, with no holdout fields", () => {
      const r = summarizeTransactions(log, { unit: "day", observationEnd: "2021-12-31" });
      expect(r.rows.map((x) => x.customerId)).toEqual(["1", "2", "3"]);
      expect(r.rows[0]).toEqual({ customerId: "1", frequency: 4, recency: 364, T: 364, monetaryValue: 35 });
      expect(r.metadata.calibrationEnd).toBeUndefined();
      expect(r.metadata.holdoutDuration).toBeUndefined();
    });

    it("gives weeks as days / 7 (fractional)", () => {
      const r = summarizeTransactions(log, { ...options, unit: "week" });
      expect(r.rows[0]!.recency).toBe(180 / 7);
      expect(r.rows[0]!.holdoutDuration).toBe(184 / 7);
    });

    it("fails with domain_error listing each late row when rowsAfterObservationEnd is 'throw'", () => {
      const e = expectClienteleError(
        () => summarizeTransactions(log, { ...options, rowsAfterObservationEnd: "throw" }),
        "domain_error",
      );
      expect(issuePaths(e)).toEqual(["transactions[6].timestamp", "transactions[9].timestamp"]);
      expect(e.message).toMatchInlineSnapshot(`
        "summarizeTransactions: 2 transactions are dated after observationEnd (2021-12-31)
          ✖ dated 2022-01-01, after observationEnd 2021-12-31 → at transactions[6].timestamp
          ✖ dated 2022-02-01, after observationEnd 2021-12-31 → at transactions[9].timestamp"
      `);
    });
  });

  describe("months, quarters and years (calendar months with a fraction, as elapsed)", () => {
    const log = [tx("a", "2024-01-31", 1), tx("a", "2024-02-29", 2), tx("a", "2024-03-15", 3)];

    it("measures recency and T exactly as elapsed(…, { unit }) does between the purchase dates", () => {
      for (const unit of ["month", "quarter", "year"] as const) {
        const { rows } = summarizeTransactions(log, {
          unit,
          calibrationEnd: "2024-03-31",
          observationEnd: "2024-12-31",
        });
        const at = (d: string) => new Date(d);
        expect(rows[0]!.recency).toBe(elapsed(at("2024-01-31"), at("2024-03-15"), { unit }));
        expect(rows[0]!.T).toBe(elapsed(at("2024-01-31"), at("2024-03-31"), { unit }));
        expect(rows[0]!.holdoutDuration).toBe(elapsed(at("2024-03-31"), at("2024-12-31"), { unit }));
      }
    });

    it("counts Jan 31 → Feb 29 2024 as exactly 1 month and Jan 31 → Mar 31 as 2", () => {
      const { rows } = summarizeTransactions(log.slice(0, 2), {
        unit: "month",
        calibrationEnd: "2024-03-31",
        observationEnd: "2024-03-31",
      });
      expect(rows[0]!.recency).toBe(1);
      expect(rows[0]!.T).toBe(2);
      expect(rows[0]!.holdoutDuration).toBe(0);
    });
  });

  describe("time zones and daylight saving", () => {
    it("places purchases on their civil date in timeZone: 23:30 and 00:30 New York time are two days", () => {
      const log = [tx("a", "2024-06-01T03:30:00Z", 1), tx("a", "2024-06-01T04:30:00Z", 1)];
      const end = "2024-06-30T12:00:00Z";
      expect(summarizeTransactions(log, { unit: "day", observationEnd: end }).rows[0]!.frequency).toBe(0);
      const ny = summarizeTransactions(log, { unit: "day", observationEnd: end, timeZone: "America/New_York" });
      expect(ny.rows[0]).toMatchObject({ frequency: 1, recency: 1 });
      expect(ny.metadata.timeZone).toBe("America/New_York");
    });

    it("counts calendar days across the New York spring-forward and fall-back days (23 h and 25 h days)", () => {
      const timeZone = "America/New_York";
      // Noon local on 2024-03-09, 2024-03-10 (spring forward), 2024-11-03 (fall back).
      const log = [
        tx("a", "2024-03-09T12:00:00-05:00", 1),
        tx("a", "2024-03-10T12:00:00-04:00", 1),
        tx("a", "2024-11-03T00:30:00-04:00", 1), // first 00:30 of the fall-back day
        tx("a", "2024-11-03T23:30:00-05:00", 1), // same civil day, 24 h later
      ];
      const { rows } = summarizeTransactions(log, {
        unit: "day",
        timeZone,
        observationEnd: "2024-12-31T12:00:00-05:00",
      });
      expect(rows[0]).toMatchObject({ frequency: 2, recency: 239, T: 297 });
    });

    it("reads a Date or offset date-time end as the civil date of the instant in timeZone", () => {
      const log = [tx("a", "2024-01-01T12:00:00Z", 1)];
      const { metadata } = summarizeTransactions(log, {
        unit: "day",
        timeZone: "-08:00",
        calibrationEnd: "2024-06-30T00:00:00Z", // June 29, 16:00 at -08:00
        observationEnd: new Date("2024-07-01T07:59:59Z"),
      });
      expect(metadata.calibrationEnd).toBe("2024-06-29");
      expect(metadata.observationEnd).toBe("2024-06-30");
    });

    it("reads a date-only end as that calendar date in timeZone (issue 16 item 3: New York, June 30)", () => {
      const log = [tx("a", "2024-06-01T12:00:00-04:00", 5), tx("a", "2024-06-30T12:00:00-04:00", 7)];
      const { rows, metadata } = summarizeTransactions(log, {
        unit: "day",
        observationEnd: "2024-06-30",
        timeZone: "America/New_York",
      });
      expect(metadata.observationEnd).toBe("2024-06-30");
      expect(metadata.transactionsAfterObservationEnd).toBe(0);
      expect(rows[0]).toMatchObject({ frequency: 1, recency: 29, T: 29, monetaryValue: 7 });
    });

    it("includes a date-only end's whole day and nothing after it, in zones east and west of UTC (DST days, half-hour offsets)", () => {
      // [zone, end date]: DST change days in New York, London, Lord Howe (a half-hour DST shift) and
      // Santiago (clocks change at midnight), and fixed half-hour / quarter-hour / ±14 h offsets.
      const cases: [string, string][] = [
        ["America/New_York", "2024-03-10"],
        ["America/New_York", "2024-11-03"],
        ["America/Los_Angeles", "2024-06-30"],
        ["Europe/London", "2024-03-31"],
        ["Asia/Kolkata", "2024-06-30"],
        ["Asia/Kathmandu", "2024-01-31"],
        ["Australia/Lord_Howe", "2024-04-07"],
        ["Australia/Lord_Howe", "2024-10-06"],
        ["America/Santiago", "2024-09-07"],
        ["Pacific/Kiritimati", "2024-06-30"],
        ["Pacific/Pago_Pago", "2024-06-30"],
        ["+05:30", "2024-06-30"],
        ["-09:30", "2024-06-30"],
        ["UTC", "2024-06-30"],
      ];
      for (const [timeZone, end] of cases) {
        const civil = (t: number) =>
          timeZone.startsWith("+") || timeZone.startsWith("-")
            ? new Date(
                t +
                  (timeZone.startsWith("-") ? -1 : 1) *
                    (Number(timeZone.slice(1, 3)) * 60 + Number(timeZone.slice(4))) *
                    60_000,
              )
                .toISOString()
                .slice(0, 10)
            : new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
                t,
              );
        // The first instant (to the second) whose civil date in the zone is after `end`.
        let lo = Date.parse(`${end}T00:00:00Z`) - 16 * 3_600_000;
        let hi = lo + 56 * 3_600_000;
        while (hi - lo > 1000) {
          const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
          if (civil(mid) > end) hi = mid;
          else lo = mid;
        }
        expect(civil(lo), `${timeZone}: last second of ${end}`).toBe(end);
        const log = [tx("a", "2024-01-01T12:00:00Z", 1), tx("a", new Date(lo), 2), tx("a", new Date(hi), 3)];
        const { rows, metadata } = summarizeTransactions(log, { unit: "day", observationEnd: end, timeZone });
        expect(metadata.observationEnd, timeZone).toBe(end);
        expect(metadata.transactionsAfterObservationEnd, `${timeZone}: ${new Date(hi).toISOString()}`).toBe(1);
        expect(rows[0]!.frequency, timeZone).toBe(1);
        expect(rows[0]!.monetaryValue, timeZone).toBe(2);
        // The same end as a calibration end: the last second is in calibration, the next in the holdout.
        const split = summarizeTransactions(log, {
          unit: "day",
          calibrationEnd: end,
          observationEnd: "2024-12-31",
          timeZone,
        });
        expect(split.metadata.calibrationEnd, timeZone).toBe(end);
        expect(split.rows[0]).toMatchObject({ frequency: 1, holdoutFrequency: 1, holdoutMonetaryValue: 3 });
      }
    });

    it("gives the same result for every IANA zone as the day-by-day wall clock (Lord Howe, Apia)", () => {
      const instant = fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2013, 0, 1) });
      const zones = ["Australia/Lord_Howe", "Pacific/Apia", "Europe/London", "America/Sao_Paulo"];
      fc.assert(
        fc.property(
          fc.array(instant, { minLength: 1, maxLength: 20 }),
          fc.constantFrom(...zones),
          (times, timeZone) => {
            const log = times.map((t) => tx("a", new Date(t), 1));
            const first = Math.min(...times);
            const options = { unit: "day" as const, timeZone, observationEnd: new Date(Date.UTC(2013, 0, 2)) };
            const { rows } = summarizeTransactions(log, options);
            const civil = (t: number) =>
              new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
                t,
              );
            const days = new Set(times.map(civil));
            expect(rows[0]!.frequency).toBe(days.size - 1);
            expect(rows[0]!.T).toBe((Date.parse(civil(Date.UTC(2013, 0, 2))) - Date.parse(civil(first))) / 86_400_000);
          },
        ),
        { numRuns: 40 },
      );
    });
  });

  describe("validation", () => {
    const options = { unit: "week", observationEnd: "1998-06-30" } as const;

    it("requires observationEnd and unit (no default: never 'today', never the last transaction)", () => {
      const e = expectClienteleError(
        () => summarizeTransactions([tx("a", "1997-01-01", 1)], {} as never),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["options.unit", "options.observationEnd"]);
    });

    it("rejects a calibrationEnd after observationEnd at options.calibrationEnd", () => {
      const e = expectClienteleError(
        () => summarizeTransactions([tx("a", "1997-01-01", 1)], { ...options, calibrationEnd: "1998-07-01" }),
        "invalid_input",
      );
      expect(e.message).toMatchInlineSnapshot(`
        "summarizeTransactions: invalid input
          ✖ expected a date on or before observationEnd (1998-06-30), received 1998-07-01 → at options.calibrationEnd"
      `);
    });

    it("rejects an unknown time zone and misspelt option keys", () => {
      expect(
        issuePaths(
          expectClienteleError(() => summarizeTransactions([], { ...options, timeZone: "Mars/Base" }), "invalid_input"),
        ),
      ).toEqual(["options.timeZone"]);
      expect(
        expectClienteleError(() => summarizeTransactions([], { ...options, timezone: "UTC" } as never), "invalid_input")
          .issues[0]!.code,
      ).toBe("unrecognized_keys");
    });

    it("lists every bad row by path with the schema's messages (timestamps, amounts, unknown keys)", () => {
      const e = expectClienteleError(
        () =>
          summarizeTransactions(
            [
              tx("a", "1997-01-01", 1),
              tx("a", "1997-02-30", 1),
              tx("a", "1997-01-01", -1),
              { customerId: "a", timestamp: "1997-01-01", ammount: 1 } as never,
              tx("", "1997-01-01T10:00:00", Number.NaN),
            ],
            options,
          ),
        "invalid_input",
      );
      expect(e.message).toMatchInlineSnapshot(`
        "summarizeTransactions: invalid input in 4 of 5 rows of transactions
          ✖ expected ISO-8601 date (YYYY-MM-DD) or date-time with offset (…Z or ±hh:mm), received "1997-02-30" → at transactions[1].timestamp
          ✖ expected number ≥ 0, received -1 → at transactions[2].amount
          ✖ unknown key "ammount" → at transactions[3]
          ✖ missing required field (expected number) → at transactions[3].amount
          ✖ expected string of length ≥ 1, received length 0 → at transactions[4].customerId
          ✖ expected ISO-8601 date (YYYY-MM-DD) or date-time with offset (…Z or ±hh:mm), received "1997-01-01T10:00:00" → at transactions[4].timestamp
          ✖ expected number, received NaN → at transactions[4].amount"
      `);
    });

    it("reports bad elements of columns at transactions.<column>[i], and columns of unequal length", () => {
      const bad = expectClienteleError(
        () =>
          summarizeTransactions(
            { customerId: ["a", "b"], timestamp: ["1997-01-01", "nope"], amount: [1, -2] },
            options,
          ),
        "invalid_input",
      );
      expect(issuePaths(bad)).toEqual(["transactions.timestamp[1]", "transactions.amount[1]"]);
      const short = expectClienteleError(
        () => summarizeTransactions({ customerId: ["a", "b"], timestamp: ["1997-01-01"], amount: [1, 2] }, options),
        "invalid_input",
      );
      expect(short.message).toMatchInlineSnapshot(`
        "summarizeTransactions: invalid input
          ✖ expected 2 items like customerId, received length 1 → at transactions.timestamp"
      `);
    });

    it("throws insufficient_data for an empty log and when no customer bought by the calibration end", () => {
      expect(expectClienteleError(() => summarizeTransactions([], options), "insufficient_data").message).toBe(
        "summarizeTransactions: no transactions",
      );
      expectClienteleError(() => summarizeTransactions([tx("a", "1999-01-01", 1)], options), "insufficient_data");
    });

    it("accepts exactly the rows the schema accepts, with the same issues (fast path vs TransactionSchema)", () => {
      const id = fc.oneof(
        fc.string({ maxLength: 3 }),
        fc.integer({ min: -2, max: 5 }),
        fc.constant(1.5),
        fc.constant(null),
      );
      const ts = fc.oneof(
        fc.constantFrom("1997-01-01", "1997-02-29", "1996-02-29", "1997-01-01T23:59:59.9999Z", "1997-01-01T10:00Z"),
        fc.constantFrom(
          "1997-01-01T10:00:00+0530",
          "1997-1-1",
          "1997-01-01T24:00:00Z",
          "",
          "1997-01-01T10:00:00.1234567890Z",
        ),
        fc.date({ min: new Date("1990-01-01"), max: new Date("1998-06-30") }),
        fc.constant(new Date(Number.NaN)),
        fc.integer(),
      );
      const amount = fc.oneof(fc.double({ noDefaultInfinity: false }), fc.constant(-0), fc.string({ maxLength: 2 }));
      const extra = fc.record(
        {
          quantity: fc.oneof(fc.double(), fc.constant(undefined)),
          currency: fc.constantFrom("USD", "usd", "EURO", undefined),
          channel: fc.constantFrom("", "web", undefined),
          other: fc.constant(1),
        },
        { requiredKeys: [] },
      );
      const row = fc.tuple(id, ts, amount, extra).map(([customerId, timestamp, a, more]) => ({
        customerId,
        timestamp,
        amount: a,
        ...more,
      }));
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
          const schema = parseTransactions(rows as never, { onInvalid: "collect" });
          let error: unknown;
          try {
            summarizeTransactions(rows as never, { unit: "day", observationEnd: "2000-01-01" });
          } catch (e) {
            error = e;
          }
          const issues = (error as { code?: string; issues?: { path: unknown[] }[] } | undefined)?.issues;
          if (schema.rejected.length > 0) {
            expect((error as { code: string }).code).toBe("invalid_input");
            const expected = schema.rejected.flatMap((r) => r.issues.map((i) => ["transactions", ...i.path.slice(1)]));
            expect(issues?.map((i) => i.path)).toEqual(expected);
          } else if (error !== undefined) {
            // Every row valid: only "all rows after the window" may fail, never invalid_input.
            expect((error as { code: string }).code).toBe("insufficient_data");
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe("properties", () => {
    const day = fc.integer({ min: 0, max: 120 });
    const row = fc.record({
      customerId: fc.constantFrom("a", "b", "c", 7, "7", "07"),
      day,
      hour: fc.integer({ min: 0, max: 23 }),
      cents: fc.integer({ min: 0, max: 100_000 }),
    });
    const toLog = (rows: { customerId: string | number; day: number; hour: number; cents: number }[]) =>
      rows.map((r) => tx(r.customerId, new Date(Date.UTC(2020, 0, 1 + r.day, r.hour)).toISOString(), r.cents / 100));
    const options = { unit: "week", calibrationEnd: "2020-03-01", observationEnd: "2020-04-15" } as const;

    it("does not depend on the order of the log (exactly equal results)", () => {
      fc.assert(
        fc.property(
          fc
            .array(row, { minLength: 1, maxLength: 40 })
            .chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length }))),
          ([a, b]) => {
            let first: unknown;
            let second: unknown;
            try {
              first = summarizeTransactions(toLog(a), options);
            } catch (e) {
              first = (e as { code: string }).code;
            }
            try {
              second = summarizeTransactions(toLog(b), options);
            } catch (e) {
              second = (e as { code: string }).code;
            }
            expect(second).toEqual(first);
          },
        ),
        { numRuns: 200 },
      );
    });

    it("keeps 0 ≤ recency ≤ T, integer frequencies, and recency 0 and monetaryValue 0 when frequency is 0", () => {
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
          const log = toLog(rows.map((r) => ({ ...r, day: Math.min(r.day, 60) })));
          for (const r of summarizeTransactions(log, options).rows) {
            expect(Number.isInteger(r.frequency) && r.frequency >= 0).toBe(true);
            expect(0 <= r.recency && r.recency <= r.T).toBe(true);
            if (r.frequency === 0) expect([r.recency, r.monetaryValue]).toEqual([0, 0]);
          }
        }),
      );
    });

    it("does not mutate its input", () => {
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
          const log = toLog(rows.map((r) => ({ ...r, day: 0 })));
          const copy = structuredClone(log);
          summarizeTransactions(log, options);
          expect(log).toEqual(copy);
        }),
      );
    });

    it("treats numeric id 7 and string id '7' as one customer, '07' as another", () => {
      const { rows } = summarizeTransactions(
        [tx(7, "2020-01-01", 1), tx("7", "2020-01-02", 1), tx("07", "2020-01-03", 1)],
        options,
      );
      expect(rows.map((r) => [r.customerId, r.frequency])).toEqual([
        ["07", 0],
        ["7", 1],
      ]);
    });
  });
});

describe("summarizeTransactions after year 9999", () => {
  it("takes back the metadata dates it writes (+010000-06-01 was rejected as observationEnd)", () => {
    const log = [
      { customerId: "a", timestamp: "+010000-01-01", amount: 1 },
      { customerId: "a", timestamp: "+010000-03-01", amount: 1 },
    ];
    const first = summarizeTransactions(log, { unit: "day", observationEnd: "+010000-06-01" });
    expect(first.metadata.observationEnd).toBe("+010000-06-01");
    const again = summarizeTransactions(log, { unit: "day", observationEnd: first.metadata.observationEnd });
    expect(again.rows).toEqual(first.rows);
    expect(again.rows[0]).toMatchObject({ frequency: 1, recency: 60, T: 152 });
  });
});

describe("summarizeTransactions with purchases far apart in time (issue 17, item 5)", () => {
  it("summarises 300 customers who bought at the first and last instants a Date allows (a RangeError before)", () => {
    const earliest = new Date(-8.64e15); // -271821-04-20, civil day -100,000,000
    const latest = new Date(8.64e15); // +275760-09-13, civil day 100,000,000
    const log: TransactionInput[] = [];
    for (let c = 0; c < 300; c++) {
      log.push(tx(c, earliest, 1), tx(c, latest, 2), tx(c, latest, 4));
      if (c % 3 === 0) log.push(tx(c, "2000-01-01T12:00:00Z", 8));
    }
    const { rows, metadata } = summarizeTransactions(log, {
      unit: "day",
      calibrationEnd: "2000-01-01",
      observationEnd: latest,
    });
    expect(rows).toHaveLength(300);
    expect(metadata).toMatchObject({ customers: 300, transactions: 1000, sameDayMerged: 300 });
    for (const r of rows) {
      const bought2000 = Number(r.customerId) % 3 === 0;
      expect(r).toEqual({
        customerId: r.customerId,
        frequency: bought2000 ? 1 : 0,
        recency: bought2000 ? 100_010_957 : 0,
        T: 100_010_957,
        monetaryValue: bought2000 ? 8 : 0,
        holdoutFrequency: 1,
        holdoutMonetaryValue: 6,
        holdoutDuration: 99_989_043,
      });
    }
  });
});

describe("summarizeTransactions with returns (issue 16, item 6)", () => {
  // Hand-worked log (UTC days; calibration through Jan 31, holdout through Feb 29).
  const log: TransactionInput[] = [
    tx("a", "2024-01-01", 10), // first purchase
    tx("a", "2024-01-05", 20),
    tx("a", "2024-01-05", -5), // netted: Jan 5 is worth 15
    tx("a", "2024-01-10", 8),
    tx("a", "2024-01-10", -8), // full refund: Jan 10 (net 0) is no purchase
    tx("a", "2024-01-12", -3), // return of an earlier purchase: Jan 12 (net −3) is no purchase
    tx("a", "2024-01-20", 4),
    tx("a", "2024-02-10", 6),
    tx("a", "2024-02-10", -1), // holdout: Feb 10 is worth 5
    tx("b", "2024-01-15", -5), // only a return: b never purchased
    tx("c", "2024-01-03", 5),
    tx("c", "2024-01-03", -5), // c's first day is cancelled …
    tx("c", "2024-01-07", 9), // … so c's first purchase is Jan 7
  ];
  const options = { unit: "day", calibrationEnd: "2024-01-31", observationEnd: "2024-02-29" } as const;

  it("rejects returns by default, at their amount", () => {
    const e = expectClienteleError(() => summarizeTransactions(log, options), "invalid_input");
    expect(issuePaths(e)).toEqual([
      "transactions[2].amount",
      "transactions[4].amount",
      "transactions[5].amount",
      "transactions[8].amount",
      "transactions[9].amount",
      "transactions[11].amount",
    ]);
    expect(
      issuePaths(
        expectClienteleError(() => summarizeTransactions(log, { ...options, returns: "reject" }), "invalid_input"),
      ),
    ).toHaveLength(6);
  });

  it('"net": nets each return against its customer\'s day; a day with a return and a net ≤ 0 is no purchase', () => {
    const { rows, metadata } = summarizeTransactions(log, { ...options, returns: "net" });
    expect(rows).toEqual([
      {
        customerId: "a",
        frequency: 2, // Jan 5 and Jan 20 after Jan 1
        recency: 19,
        T: 30,
        monetaryValue: (15 + 4) / 2,
        holdoutFrequency: 1,
        holdoutMonetaryValue: 5,
        holdoutDuration: 29,
      },
      {
        customerId: "c",
        frequency: 0,
        recency: 0,
        T: 24, // from Jan 7, not Jan 3
        monetaryValue: 0,
        holdoutFrequency: 0,
        holdoutMonetaryValue: 0,
        holdoutDuration: 29,
      },
    ]);
    expect(metadata).toMatchObject({
      returns: "net",
      transactions: 13,
      returnRows: 6,
      cancelledDays: 4, // a: Jan 10, Jan 12; b: Jan 15; c: Jan 3
      sameDayMerged: 2, // the returns folded into a's Jan 5 and Feb 10
      customers: 2,
    });
  });

  it('"drop": leaves returns out of everything and counts them', () => {
    const { rows, metadata } = summarizeTransactions(log, { ...options, returns: "drop" });
    expect(
      rows.map((r) => [r.customerId, r.frequency, r.recency, r.T, r.monetaryValue, r.holdoutMonetaryValue]),
    ).toEqual([
      ["a", 3, 19, 30, (20 + 8 + 4) / 3, 6],
      ["c", 1, 4, 28, 9, 0],
    ]);
    expect(metadata).toMatchObject({
      returns: "drop",
      transactions: 13,
      returnRows: 6,
      cancelledDays: 0,
      sameDayMerged: 0,
      customers: 2,
    });
  });

  it('counts returns after observationEnd only as late rows, and rejects "net" without same-day merging', () => {
    const late = [tx("a", "2024-01-01", 10), tx("a", "2024-03-01", -10)];
    expect(summarizeTransactions(late, { ...options, returns: "net" }).metadata).toMatchObject({
      transactionsAfterObservationEnd: 1,
      returnRows: 0,
      cancelledDays: 0,
    });
    const e = expectClienteleError(
      () => summarizeTransactions(log, { ...options, returns: "net", mergeSameDay: false }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.returns"]);
    expect(summarizeTransactions(log, { ...options, returns: "drop", mergeSameDay: false }).metadata.returnRows).toBe(
      6,
    );
  });

  it("reads returns from columns as from rows", () => {
    const columns = {
      customerId: log.map((t) => t.customerId),
      timestamp: log.map((t) => t.timestamp),
      amount: Float64Array.from(log, (t) => t.amount),
    };
    for (const returns of ["net", "drop"] as const) {
      expect(summarizeTransactions(columns, { ...options, returns })).toEqual(
        summarizeTransactions(log, { ...options, returns }),
      );
    }
  });

  it("gives the same summary in any row order, and the reject result when the log has no return", () => {
    const amount = fc.integer({ min: -300, max: 500 }).map((cents) => cents / 100);
    const row = fc.record({
      customerId: fc.constantFrom("a", "b", "c", 7),
      timestamp: fc
        .integer({ min: 0, max: 59 })
        .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000 + 3_600_000)),
      amount,
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.constantFrom("net", "drop"), (rows, returns) => {
        const o = { ...options, returns } as const;
        const forward = outcomeOf(() => summarizeTransactions(rows, o));
        expect(outcomeOf(() => summarizeTransactions([...rows].reverse(), o))).toEqual(forward);
        const purchases = rows.filter((r) => r.amount >= 0);
        if (purchases.length > 0 && purchases.length === rows.length) {
          const plain = outcomeOf(() => summarizeTransactions(purchases, options));
          const { rows: r1 } = forward as { rows: unknown };
          expect(r1).toEqual((plain as { rows: unknown }).rows);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("summarizeTransactions with currencies (issue 16, item 6)", () => {
  const options = { unit: "day", observationEnd: "2024-02-29" } as const;
  const cx = (customerId: string, timestamp: string, amount: number, currency?: string): TransactionInput =>
    currency === undefined ? { customerId, timestamp, amount } : { customerId, timestamp, amount, currency };

  it("accepts one currency per customer and lists the currencies in the metadata", () => {
    const log = [cx("a", "2024-01-01", 1, "USD"), cx("a", "2024-01-02", 2, "USD"), cx("b", "2024-01-01", 3, "EUR")];
    expect(summarizeTransactions(log, options).metadata.currencies).toEqual(["EUR", "USD"]);
    expect(summarizeTransactions([cx("a", "2024-01-01", 1)], options).metadata.currencies).toEqual([]);
  });

  it("fails with domain_error naming each customer whose amounts are in two currencies (or a currency and none)", () => {
    const log = [
      cx("a", "2024-01-01", 1, "USD"),
      cx("a", "2024-01-02", 2, "EUR"),
      cx("b", "2024-01-01", 3, "EUR"),
      cx("c", "2024-01-01", 3),
      cx("c", "2024-01-05", 3, "GBP"),
    ];
    const e = expectClienteleError(() => summarizeTransactions(log, options), "domain_error");
    expect(e.message).toMatchInlineSnapshot(`
      "summarizeTransactions: 2 customers have amounts in more than one currency; convert them with options.convertCurrency or summarise each currency separately
        ✖ customer "a" has amounts in EUR and USD
        ✖ customer "c" has amounts in GBP and no currency"
    `);
    expect(e.issueCount).toBe(2);
  });

  it("notices the first row in another currency after many in one (for earlier and for new customers)", () => {
    const plain = Array.from({ length: 50 }, (_, k) => cx(`c${k % 10}`, "2024-01-01", 1));
    // A new customer in USD after 50 rows without a currency: fine; c3 in USD: mixed.
    expect(summarizeTransactions([...plain, cx("new", "2024-01-02", 1, "USD")], options).metadata.currencies).toEqual([
      "USD",
    ]);
    const e = expectClienteleError(
      () =>
        summarizeTransactions([...plain, cx("new", "2024-01-02", 1, "USD"), cx("c3", "2024-01-02", 1, "USD")], options),
      "domain_error",
    );
    expect(e.issues.map((i) => i.message)).toEqual(['customer "c3" has amounts in USD and no currency']);
  });

  it("converts every amount with an explicit rate table, and never assumes a currency", () => {
    const log = [cx("a", "2024-01-01", 10, "USD"), cx("a", "2024-01-02", 5, "EUR"), cx("a", "2024-01-03", 4, "EUR")];
    const convertCurrency = { to: "USD", rates: { EUR: 2 } };
    const { rows, metadata } = summarizeTransactions(log, { ...options, convertCurrency });
    expect(rows[0]).toMatchObject({ frequency: 2, monetaryValue: (10 + 8) / 2 });
    expect(metadata.currencies).toEqual(["USD"]);
    const bad = [...log, cx("a", "2024-01-04", 1), cx("a", "2024-01-05", 1, "JPY")];
    const e = expectClienteleError(() => summarizeTransactions(bad, { ...options, convertCurrency }), "invalid_input");
    expect(issuePaths(e)).toEqual(["transactions[3].currency", "transactions[4].currency"]);
    expect(e.message).toMatchInlineSnapshot(`
      "summarizeTransactions: invalid input in 2 of 5 rows of transactions
        ✖ expected a currency to convert into USD (convertCurrency is given), received undefined → at transactions[3].currency
        ✖ expected a currency with a rate in convertCurrency.rates (USD, EUR), received "JPY" → at transactions[4].currency"
    `);
    const wrong = expectClienteleError(
      () => summarizeTransactions(log, { ...options, convertCurrency: { to: "USD", rates: { USD: 2 } } }),
      "invalid_input",
    );
    expect(issuePaths(wrong)).toEqual(["options.convertCurrency.rates"]);
  });

  it("reads a currency column", () => {
    const columns = {
      customerId: ["a", "a"],
      timestamp: ["2024-01-01", "2024-01-02"],
      amount: [1, 2],
      currency: ["USD", "EUR"],
    };
    expectClienteleError(() => summarizeTransactions(columns, options), "domain_error");
    const converted = summarizeTransactions(columns, {
      ...options,
      convertCurrency: { to: "EUR", rates: { USD: 0.5 } },
    });
    expect(converted.rows[0]!.monetaryValue).toBe(2);
    const e = expectClienteleError(
      () => summarizeTransactions({ ...columns, currency: ["USD", "euro"] }, options),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["transactions.currency[1]"]);
  });
});

function outcomeOf(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return (e as { code: string }).code;
  }
}

describe("summarizeTransactions on many bad rows (issue 16 item 1, issue 17 item 7)", () => {
  it("keeps 10,000 issues and counts them all, for bad rows and for rows after observationEnd (it kept every one)", () => {
    const missing = Array.from({ length: 100_000 }, () => ({ timestamp: "2024-01-01", amount: 5 }));
    const e = expectClienteleError(
      () => summarizeTransactions(missing as never, { unit: "week", observationEnd: "2024-06-30" }),
      "invalid_input",
    );
    expect(e.issues).toHaveLength(10_000);
    expect(e.issueCount).toBe(100_000);
    expect(e.message.length).toBeLessThan(2_000);
    const late = Array.from({ length: 30_000 }, (_, i) => ({ customerId: i, timestamp: "2025-01-01", amount: 5 }));
    const d = expectClienteleError(
      () =>
        summarizeTransactions(late, { unit: "week", observationEnd: "2024-06-30", rowsAfterObservationEnd: "throw" }),
      "domain_error",
    );
    expect(d.issues).toHaveLength(10_000);
    expect(d.issueCount).toBe(30_000);
    expect(d.message.startsWith("summarizeTransactions: 30000 transactions are dated after observationEnd")).toBe(true);
  });
});

describe("summarizeTransactions: maxIssues (issue 16 item 1)", () => {
  const missing = Array.from({ length: 2_000 }, () => ({ timestamp: "2024-01-01", amount: 5 }));
  const options = { unit: "week", observationEnd: "2024-06-30" } as const;
  it("keeps as many issues as maxIssues says, for bad rows and late rows, and counts them all", () => {
    const e = expectClienteleError(
      () => summarizeTransactions(missing as never, { ...options, maxIssues: 3 }),
      "invalid_input",
    );
    expect(e.issues.map((i) => i.path)).toEqual([
      ["transactions", 0, "customerId"],
      ["transactions", 1, "customerId"],
      ["transactions", 2, "customerId"],
    ]);
    expect(e.issueCount).toBe(2_000);
    const late = [
      { customerId: 1, timestamp: "2025-01-01", amount: 5 },
      { customerId: 2, timestamp: "2025-01-02", amount: 5 },
    ];
    const d = expectClienteleError(
      () => summarizeTransactions(late, { ...options, rowsAfterObservationEnd: "throw", maxIssues: 0 }),
      "domain_error",
    );
    expect([d.issues.length, d.issueCount]).toEqual([0, 2]);
  });
  it("applies to the accumulator's chunks, and is validated at options.maxIssues", () => {
    const acc = createSummaryAccumulator({ ...options, maxIssues: 1 });
    const e = expectClienteleError(() => acc.add(missing as never), "invalid_input");
    expect([e.issues.length, e.issueCount]).toEqual([1, 2_000]);
    for (const bad of [-1, 0.5, 2_000_000, "5"]) {
      const v = expectClienteleError(
        () => summarizeTransactions([], { ...options, maxIssues: bad as never }),
        "invalid_input",
      );
      expect(issuePaths(v)).toEqual(["options.maxIssues"]);
    }
  });
});
