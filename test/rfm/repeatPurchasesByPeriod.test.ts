import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import type { CountModel } from "../../src/clv/CountModelFit.ts";
import { trackingCurve } from "../../src/clv/checking/trackingCurve.ts";
import type { TransactionInput } from "../../src/customers/index.ts";
import type { RepeatPurchasesByPeriodOptions } from "../../src/rfm/RepeatPurchasesByPeriodOptions.ts";
import { type RepeatPurchasesByPeriodResult, repeatPurchasesByPeriod } from "../../src/rfm/repeatPurchasesByPeriod.ts";
import { summarizeTransactions } from "../../src/rfm/summarizeTransactions.ts";
import { addPeriods } from "../../src/time/addPeriods.ts";
import type { CivilDate } from "../../src/time/CivilDateSchema.ts";
import { civilDate } from "../../src/time/civilDate.ts";
import type { TimeUnit } from "../../src/time/TimeUnitSchema.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const tx = (customerId: string | number, timestamp: string | Date, amount = 1): TransactionInput => ({
  customerId,
  timestamp,
  amount,
});
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
/** Every row-level count of a result, for the identity of the metadata. */
const accounted = (r: RepeatPurchasesByPeriodResult) =>
  r.metadata.transactionsAfterObservationEnd +
  r.metadata.sameDayMerged +
  r.metadata.purchasesBeforeStart +
  r.metadata.purchasesAfterEnd +
  sum(r.rows.map((row) => row.firstPurchases + row.repeatPurchases));

describe("repeatPurchasesByPeriod", () => {
  describe("CDNOW (Fader, Hardie & Lee 2005 tracking window: 78 weeks from 1997-01-01)", () => {
    const log = loadCdnowSample();
    const weekly = repeatPurchasesByPeriod(log, {
      unit: "week",
      start: "1997-01-01",
      periods: 78,
      observationEnd: "1998-06-30",
    });
    const summary = summarizeTransactions(log, {
      unit: "week",
      calibrationEnd: "1997-09-30",
      observationEnd: "1998-06-30",
    });

    it("puts the calibration end 1997-09-30 on the last day of week 39 and the observation end on week 78's", () => {
      // 1997-01-01 + 273 days = 1997-10-01: the calibration period is exactly 39 weeks.
      expect(weekly.rows[38]).toMatchObject({ period: 39, start: "1997-09-24", end: "1997-09-30" });
      expect(weekly.rows[39]).toMatchObject({ period: 40, start: "1997-10-01" });
      expect(weekly.rows[77]).toMatchObject({ period: 78, end: "1998-06-30" });
    });

    it("sums weeks 1–39 to Σ frequency (2,457) and weeks 40–78 to Σ holdoutFrequency (1,882) of summarizeTransactions", () => {
      const x = sum(summary.rows.map((r) => r.frequency));
      const xStar = sum(summary.rows.map((r) => r.holdoutFrequency ?? Number.NaN));
      expect([x, xStar]).toEqual([2457, 1882]);
      expect(sum(weekly.repeatPurchases.slice(0, 39))).toBe(x);
      expect(sum(weekly.repeatPurchases.slice(39))).toBe(xStar);
      expect(weekly.rows[38]!.cumulativeRepeatPurchases).toBe(2457);
      expect(weekly.rows[77]!.cumulativeRepeatPurchases).toBe(4339);
      expect(weekly.repeatPurchases).toEqual(weekly.rows.map((r) => r.repeatPurchases));
    });

    it("gives the same totals over exact date windows with daily periods (days ≤ 1997-09-30, then the rest)", () => {
      const daily = repeatPurchasesByPeriod(log, {
        unit: "day",
        start: "1997-01-01",
        periods: 546,
        observationEnd: "1998-06-30",
      });
      const calibration = daily.rows.filter((r) => r.end <= "1997-09-30");
      const holdout = daily.rows.filter((r) => r.start > "1997-09-30");
      expect([calibration.length, holdout.length]).toEqual([273, 273]);
      expect(sum(calibration.map((r) => r.repeatPurchases))).toBe(2457);
      expect(sum(holdout.map((r) => r.repeatPurchases))).toBe(1882);
      // Weeks are 7 consecutive days.
      weekly.rows.forEach((w, k) => {
        expect(sum(daily.repeatPurchases.slice(7 * k, 7 * k + 7)), `week ${k + 1}`).toBe(w.repeatPurchases);
      });
    });

    it("acquires all 2,357 customers in the first 12 weeks and gives each first-purchase time as 272/7 − T", () => {
      expect(sum(weekly.rows.map((r) => r.firstPurchases))).toBe(2357);
      expect(weekly.rows.slice(12).every((r) => r.firstPurchases === 0)).toBe(true);
      expect(weekly.firstPurchaseTimes).toHaveLength(2357);
      // T = (272 − d)/7 for a first purchase d days after 1997-01-01; both sides are (whole days)/7.
      const fromSummary = summary.rows.map((r) => Math.round(272 - 7 * r.T) / 7).sort((a, b) => a - b);
      expect(weekly.firstPurchaseTimes).toEqual(fromSummary);
    });

    it("reports the metadata: 6,919 rows, 223 merged, every purchase in a period, nothing left out", () => {
      expect(weekly.metadata).toEqual({
        unit: "week",
        period: 1,
        periods: 78,
        timeZone: "UTC",
        start: "1997-01-01",
        end: "1998-06-30",
        observationEnd: "1998-06-30",
        mergeSameDay: true,
        transactions: 6919,
        transactionsAfterObservationEnd: 0,
        sameDayMerged: 223,
        purchasesBeforeStart: 0,
        purchasesAfterEnd: 0,
        customers: 2357,
        customersBeforeStart: 0,
        customersAfterEnd: 0,
      });
      expect(accounted(weekly)).toBe(6919);
    });

    it("counts every row when merging is off, matching summarizeTransactions with mergeSameDay: false", () => {
      const off = repeatPurchasesByPeriod(log, {
        unit: "week",
        start: "1997-01-01",
        periods: 78,
        observationEnd: "1998-06-30",
        mergeSameDay: false,
      });
      const s = summarizeTransactions(log, {
        unit: "week",
        calibrationEnd: "1997-09-30",
        observationEnd: "1998-06-30",
        mergeSameDay: false,
      });
      expect(sum(off.repeatPurchases)).toBe(6919 - 2357);
      expect(sum(off.repeatPurchases.slice(0, 39))).toBe(sum(s.rows.map((r) => r.frequency)));
      expect(sum(off.repeatPurchases.slice(39))).toBe(sum(s.rows.map((r) => r.holdoutFrequency ?? Number.NaN)));
      expect(off.metadata.sameDayMerged).toBe(0);
    });

    it("feeds trackingCurve directly (actual and firstPurchaseTimes), so the actual cumulative line ends at 4,339", () => {
      const published: CountModel = {
        model: "bg-nbd",
        params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
        unit: "week",
      };
      const curve = trackingCurve(published, {
        firstPurchaseTimes: weekly.firstPurchaseTimes,
        periods: 78,
        actual: weekly.repeatPurchases,
      });
      expect(curve[38]!.actualCumulative).toBe(2457);
      expect(curve[77]!.actualCumulative).toBe(4339);
      expect(curve.map((r) => r.actualIncremental)).toEqual(weekly.repeatPurchases);
    });

    it("gives the same result for the log as columns", () => {
      const columns = {
        customerId: log.map((r) => r.customerId),
        timestamp: log.map((r) => r.timestamp),
        amount: Float64Array.from(log, (r) => r.amount),
      };
      const options = { unit: "week", start: "1997-01-01", periods: 78, observationEnd: "1998-06-30" } as const;
      expect(repeatPurchasesByPeriod(columns, options)).toEqual(weekly);
    });
  });

  describe("hand-made logs", () => {
    it("merges same-day purchases (and counts the merged rows), or counts every row with mergeSameDay: false", () => {
      const log = [
        tx("a", "2024-01-01T09:00:00Z"),
        tx("a", "2024-01-01T18:00:00Z"), // first day again: merged, not a repeat
        tx("a", "2024-01-03T10:00:00Z"),
        tx("a", "2024-01-03T11:00:00Z"), // merged
        tx("a", "2024-01-03T12:00:00Z"), // merged
        tx("b", "2024-01-02"),
      ];
      const options = { unit: "day", start: "2024-01-01", periods: 3, observationEnd: "2024-01-03" } as const;
      const on = repeatPurchasesByPeriod(log, options);
      expect(on.rows.map((r) => [r.firstPurchases, r.repeatPurchases])).toEqual([
        [1, 0],
        [1, 0],
        [0, 1],
      ]);
      expect(on.metadata.sameDayMerged).toBe(3);
      const off = repeatPurchasesByPeriod(log, { ...options, mergeSameDay: false });
      // One row on a's first day is the first purchase; the other one is a repeat.
      expect(off.rows.map((r) => [r.firstPurchases, r.repeatPurchases])).toEqual([
        [1, 1],
        [1, 0],
        [0, 3],
      ]);
      expect(off.metadata.sameDayMerged).toBe(0);
      expect([accounted(on), accounted(off)]).toEqual([6, 6]);
    });

    it("places a purchase at 23:30 UTC on the next day in Asia/Tokyo (another period and no same-day merge)", () => {
      const log = [
        tx("a", "2024-03-10T12:00:00Z"),
        tx("a", "2024-03-31T23:30:00Z"), // March 31 in UTC, April 1 08:30 in Tokyo
        tx("b", "2024-03-20T14:00:00Z"), // 23:00 in Tokyo …
        tx("b", "2024-03-20T16:00:00Z"), // … and 01:00 the next day in Tokyo
      ];
      const base = { unit: "month", periods: 2 } as const;
      const utc = repeatPurchasesByPeriod(log, { ...base, start: "2024-03-01", observationEnd: "2024-04-30" });
      const tokyo = repeatPurchasesByPeriod(log, {
        ...base,
        timeZone: "Asia/Tokyo",
        start: "2024-03-01T00:00:00+09:00",
        observationEnd: "2024-04-30T12:00:00+09:00",
      });
      expect(utc.repeatPurchases).toEqual([1, 0]);
      expect(utc.metadata.sameDayMerged).toBe(1);
      expect(tokyo.repeatPurchases).toEqual([1, 1]);
      expect(tokyo.metadata.sameDayMerged).toBe(0);
      expect(tokyo.metadata).toMatchObject({ timeZone: "Asia/Tokyo", start: "2024-03-01", end: "2024-04-30" });
    });

    it("reads date-only start and observationEnd as those calendar dates in timeZone (west and east of UTC)", () => {
      for (const [timeZone, offset] of [
        ["America/New_York", "-04:00"],
        ["Asia/Kolkata", "+05:30"],
      ] as const) {
        const log = [
          tx("a", `2024-06-01T00:00:00${offset}`), // first instant of June 1 there: period 1
          tx("a", `2024-06-30T23:59:59${offset}`), // last second of June 30 there: period 1, repeat
          tx("a", `2024-07-01T00:00:00${offset}`), // first instant of July 1 there: after observationEnd
        ];
        const r = repeatPurchasesByPeriod(log, {
          unit: "month",
          timeZone,
          start: "2024-06-01",
          periods: 1,
          observationEnd: "2024-06-30",
        });
        expect(r.metadata, timeZone).toMatchObject({
          start: "2024-06-01",
          end: "2024-06-30",
          observationEnd: "2024-06-30",
        });
        expect(r.metadata.transactionsAfterObservationEnd, timeZone).toBe(1);
        expect(
          r.rows.map((row) => [row.firstPurchases, row.repeatPurchases]),
          timeZone,
        ).toEqual([[1, 1]]);
      }
    });

    it("cuts days at local midnight across the New York daylight-saving change (23- and 25-hour days)", () => {
      const log = [
        tx("a", "2024-03-09T17:00:00Z"), // Mar 9, 12:00 EST
        tx("a", "2024-03-11T03:59:00Z"), // Mar 10, 23:59 EDT (the 23-hour day)
        tx("a", "2024-03-11T04:00:00Z"), // Mar 11, 00:00 EDT
        tx("b", "2024-11-03T04:30:00Z"), // Nov 3, 00:30 EDT (the 25-hour day) …
        tx("b", "2024-11-04T04:59:00Z"), // … Nov 3, 23:59 EST: same day, merged
        tx("b", "2024-11-04T05:00:00Z"), // Nov 4, 00:00 EST
      ];
      const timeZone = "America/New_York";
      const spring = repeatPurchasesByPeriod(log, {
        unit: "day",
        timeZone,
        start: "2024-03-09T12:00:00-05:00",
        periods: 3,
        observationEnd: "2024-11-30T12:00:00-05:00",
      });
      expect(spring.rows.map((r) => [r.start, r.firstPurchases, r.repeatPurchases])).toEqual([
        ["2024-03-09", 1, 0],
        ["2024-03-10", 0, 1],
        ["2024-03-11", 0, 1],
      ]);
      const fall = repeatPurchasesByPeriod(log, {
        unit: "day",
        timeZone,
        start: "2024-11-03T12:00:00-05:00",
        periods: 2,
        observationEnd: "2024-11-30T12:00:00-05:00",
      });
      expect(fall.rows.map((r) => [r.start, r.firstPurchases, r.repeatPurchases])).toEqual([
        ["2024-11-03", 1, 0],
        ["2024-11-04", 0, 1],
      ]);
      expect(fall.metadata.sameDayMerged).toBe(1);
      expect(fall.metadata).toMatchObject({ purchasesBeforeStart: 3, customersBeforeStart: 1 });
    });

    it("uses calendar months across month ends (from Jan 31: Jan 31–Feb 28, Feb 29–Mar 30, Mar 31–Apr 29), never 30 days", () => {
      const log = [
        tx("a", "2024-01-31"),
        tx("a", "2024-02-28"), // period 1
        tx("a", "2024-02-29"), // period 2
        tx("b", "2024-03-30"), // b's first, period 2
        tx("a", "2024-03-31"), // period 3
        tx("b", "2024-04-29"), // period 3
        tx("c", "2024-04-30"), // after the last period: not in any row
      ];
      const r = repeatPurchasesByPeriod(log, {
        unit: "month",
        start: "2024-01-31",
        periods: 3,
        observationEnd: "2024-04-30",
      });
      expect(r.rows).toEqual([
        {
          period: 1,
          start: "2024-01-31",
          end: "2024-02-28",
          firstPurchases: 1,
          repeatPurchases: 1,
          cumulativeRepeatPurchases: 1,
        },
        {
          period: 2,
          start: "2024-02-29",
          end: "2024-03-30",
          firstPurchases: 1,
          repeatPurchases: 1,
          cumulativeRepeatPurchases: 2,
        },
        {
          period: 3,
          start: "2024-03-31",
          end: "2024-04-29",
          firstPurchases: 0,
          repeatPurchases: 2,
          cumulativeRepeatPurchases: 4,
        },
      ]);
      // Months from Jan 31: Jan 31 → 0; Jan 31 → Mar 30 is 1 month (to Feb 29) + 30/31.
      expect(r.firstPurchaseTimes).toEqual([0, 1 + 30 / 31]);
      expect(r.metadata).toMatchObject({ end: "2024-04-29", purchasesAfterEnd: 1, customersAfterEnd: 1 });
      // Quarters are 3 calendar months; periods of 2 months are 2 calendar months.
      const quarters = repeatPurchasesByPeriod(log, {
        unit: "quarter",
        start: "2024-01-31",
        periods: 1,
        observationEnd: "2024-04-30",
      });
      expect(quarters.rows[0]).toMatchObject({ start: "2024-01-31", end: "2024-04-29", repeatPurchases: 4 });
      const twoMonths = repeatPurchasesByPeriod(log, {
        unit: "month",
        period: 2,
        start: "2024-01-31",
        periods: 1,
        observationEnd: "2024-04-30",
      });
      expect(twoMonths.rows[0]).toMatchObject({ end: "2024-03-30", repeatPurchases: 2 });
    });

    it("counts repeats of customers acquired before start but gives them no first-purchase time", () => {
      const log = [tx("a", "2023-12-30"), tx("a", "2024-01-02"), tx("b", "2024-01-03"), tx("b", "2024-01-20")];
      const r = repeatPurchasesByPeriod(log, {
        unit: "week",
        period: 2,
        start: "2024-01-01",
        periods: 1,
        observationEnd: "2024-01-31",
      });
      expect(r.rows[0]).toMatchObject({
        start: "2024-01-01",
        end: "2024-01-14",
        firstPurchases: 1,
        repeatPurchases: 1,
      });
      expect(r.firstPurchaseTimes).toEqual([2 / 7]);
      expect(r.metadata).toMatchObject({
        customers: 2,
        customersBeforeStart: 1,
        purchasesBeforeStart: 1,
        purchasesAfterEnd: 1,
      });
      expect(accounted(r)).toBe(4);
    });

    it("excludes rows after observationEnd and counts them, or throws domain_error with their paths", () => {
      const log = [tx("a", "2024-01-01"), tx("a", "2024-02-01"), tx("a", "2024-01-02")];
      const options = { unit: "day", start: "2024-01-01", periods: 31, observationEnd: "2024-01-31" } as const;
      expect(repeatPurchasesByPeriod(log, options).metadata.transactionsAfterObservationEnd).toBe(1);
      const e = expectClienteleError(
        () => repeatPurchasesByPeriod(log, { ...options, rowsAfterObservationEnd: "throw" }),
        "domain_error",
      );
      expect(issuePaths(e)).toEqual(["transactions[1].timestamp"]);
      expect(e.message).toMatchInlineSnapshot(`
        "repeatPurchasesByPeriod: 1 transaction is dated after observationEnd (2024-01-31)
          ✖ dated 2024-02-01, after observationEnd 2024-01-31 → at transactions[1].timestamp"
      `);
    });

    it("treats numeric id 7 and string id '7' as one customer, '07' as another", () => {
      const r = repeatPurchasesByPeriod([tx(7, "2024-01-01"), tx("7", "2024-01-02"), tx("07", "2024-01-03")], {
        unit: "day",
        start: "2024-01-01",
        periods: 3,
        observationEnd: "2024-01-03",
      });
      expect(r.repeatPurchases).toEqual([0, 1, 0]);
      expect(r.metadata.customers).toBe(2);
    });
  });

  describe("validation", () => {
    const log = [tx("a", "1997-01-01")];
    const options = { unit: "week", start: "1997-01-01", periods: 4, observationEnd: "1997-12-31" } as const;

    it("requires unit, start, periods and observationEnd (no default start or end), and whole periods", () => {
      const e = expectClienteleError(() => repeatPurchasesByPeriod(log, {} as never), "invalid_input");
      expect(issuePaths(e)).toEqual(["options.unit", "options.start", "options.periods", "options.observationEnd"]);
      const bad = expectClienteleError(
        () => repeatPurchasesByPeriod(log, { ...options, periods: 0, period: 1.5, timezone: "UTC" } as never),
        "invalid_input",
      );
      expect(issuePaths(bad)).toEqual(["options.periods", "options.period", "options"]);
    });

    it("rejects periods that end after observationEnd, saying how many fit (no partial last period)", () => {
      const e = expectClienteleError(() => repeatPurchasesByPeriod(log, { ...options, periods: 53 }), "invalid_input");
      expect(e.message).toMatchInlineSnapshot(`
        "repeatPurchasesByPeriod: invalid input
          ✖ expected at most 52 periods of 1 week from the start: period 53 would end on 1998-01-06, after observationEnd (1997-12-31) → at options.periods"
      `);
      // 52 weeks end on 1997-12-30, inside the window.
      expect(repeatPurchasesByPeriod(log, { ...options, periods: 52 }).metadata.end).toBe("1997-12-30");
      const months = expectClienteleError(
        () => repeatPurchasesByPeriod(log, { ...options, unit: "month", start: "1997-01-31", periods: 12 }),
        "invalid_input",
      );
      expect(months.issues[0]).toMatchObject({ path: ["options", "periods"], expected: "≤ 11", received: "12" });
    });

    it("rejects a start after observationEnd at options.start", () => {
      const e = expectClienteleError(
        () => repeatPurchasesByPeriod(log, { ...options, start: "1998-01-01" }),
        "invalid_input",
      );
      expect(e.message).toMatchInlineSnapshot(`
        "repeatPurchasesByPeriod: invalid input
          ✖ expected a date on or before observationEnd (1997-12-31), received 1998-01-01 → at options.start"
      `);
    });

    it("fails on bad rows with every bad row listed by path, as rows and as columns", () => {
      const rows = [tx("a", "1997-01-01"), tx("", "1997-02-30", Number.NaN), tx("b", "1997-01-02", -1)];
      const e = expectClienteleError(() => repeatPurchasesByPeriod(rows, options), "invalid_input");
      expect(e.message.split("\n")[0]).toBe("repeatPurchasesByPeriod: invalid input in 2 of 3 rows of transactions");
      expect(issuePaths(e)).toEqual([
        "transactions[1].customerId",
        "transactions[1].timestamp",
        "transactions[1].amount",
        "transactions[2].amount",
      ]);
      const columns = {
        customerId: rows.map((r) => r.customerId),
        timestamp: rows.map((r) => r.timestamp),
        amount: rows.map((r) => r.amount),
      };
      const c = expectClienteleError(() => repeatPurchasesByPeriod(columns, options), "invalid_input");
      expect(issuePaths(c)).toEqual([
        "transactions.customerId[1]",
        "transactions.timestamp[1]",
        "transactions.amount[1]",
        "transactions.amount[2]",
      ]);
      // An optional currency column is validated as in summarizeTransactions.
      const priced = { customerId: ["a", "b"], timestamp: ["1997-01-01", "1997-01-02"], amount: [1, 2] };
      const cur = expectClienteleError(
        () => repeatPurchasesByPeriod({ ...priced, currency: ["USD", "usd"] }, options),
        "invalid_input",
      );
      expect(issuePaths(cur)).toEqual(["transactions.currency[1]"]);
      const shape = expectClienteleError(
        () => repeatPurchasesByPeriod({ customerId: ["a"], timestamp: [], amount: [1] } as never, options),
        "invalid_input",
      );
      expect(issuePaths(shape)).toEqual(["transactions.timestamp"]);
      expect(
        issuePaths(expectClienteleError(() => repeatPurchasesByPeriod(null as never, options), "invalid_input")),
      ).toEqual(["transactions"]);
    });

    it("throws insufficient_data for an empty log and for a log with every row after observationEnd", () => {
      expect(expectClienteleError(() => repeatPurchasesByPeriod([], options), "insufficient_data").message).toBe(
        "repeatPurchasesByPeriod: no transactions",
      );
      expectClienteleError(() => repeatPurchasesByPeriod([tx("a", "1998-01-01")], options), "insufficient_data");
    });
  });

  describe("properties", () => {
    const zones = ["UTC", "Asia/Tokyo", "America/New_York", "+05:30"] as const;
    const row = fc.record({
      customerId: fc.constantFrom("a", "b", "c", 7, "7"),
      minute: fc.integer({ min: -20 * 1440, max: 160 * 1440 }),
    });
    const toLog = (rows: readonly { customerId: string | number; minute: number }[]) =>
      rows.map((r) => tx(r.customerId, new Date(Date.UTC(2024, 0, 20) + r.minute * 60_000)));
    const observationEnd: CivilDate = "2024-06-30";
    /** Options whose periods fit before observationEnd: a start within Jan 20 – Feb 29, 2024 crosses month ends. */
    const setup = fc
      .record({
        unit: fc.constantFrom<TimeUnit>("day", "week", "month"),
        period: fc.integer({ min: 1, max: 3 }),
        startOffset: fc.integer({ min: 0, max: 40 }),
        timeZone: fc.constantFrom(...zones),
        mergeSameDay: fc.boolean(),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ unit, period, startOffset, timeZone, mergeSameDay, share }) => {
        const start = addPeriods("2024-01-20", startOffset, "day");
        let fit = 0;
        while (addPeriods(start, (fit + 1) * period, unit) <= addPeriods(observationEnd, 1, "day")) fit++;
        const periods = Math.max(1, Math.min(fit, 1 + Math.floor(share * fit)));
        // Noon UTC is the same civil date in every zone above.
        return {
          unit,
          period,
          periods,
          timeZone,
          mergeSameDay,
          start: `${start}T12:00:00Z`,
          observationEnd: `${observationEnd}T12:00:00Z`,
        } satisfies RepeatPurchasesByPeriodOptions;
      });

    /** Brute force: civil dates via civilDate, period boundaries via addPeriods, first purchases by sorting. */
    const oracle = (log: readonly TransactionInput[], o: typeof setup extends fc.Arbitrary<infer T> ? T : never) => {
      const start = o.start.slice(0, 10);
      const bounds = Array.from({ length: o.periods + 1 }, (_, k) => addPeriods(start, k * o.period, o.unit));
      const byCustomer = new Map<string, string[]>();
      for (const t of log) {
        const date = civilDate(new Date(t.timestamp), o.timeZone);
        if (date > observationEnd) continue;
        const id = String(t.customerId);
        byCustomer.set(id, [...(byCustomer.get(id) ?? []), date]);
      }
      const first = new Array<number>(o.periods).fill(0);
      const repeat = new Array<number>(o.periods).fill(0);
      let purchases = 0;
      for (const dates of byCustomer.values()) {
        dates.sort();
        const kept = o.mergeSameDay ? dates.filter((d, i) => i === 0 || d !== dates[i - 1]) : dates;
        purchases += kept.length;
        kept.forEach((d, i) => {
          const k = bounds.findIndex((b, j) => j < o.periods && b <= d && d < bounds[j + 1]!);
          if (k >= 0) (i === 0 ? first : repeat)[k]!++;
        });
      }
      return { first, repeat, purchases };
    };

    it("matches a brute-force count (civilDate + addPeriods) and accounts for every purchase and row", () => {
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), setup, (rows, o) => {
          const log = toLog(rows);
          const expected = oracle(log, o);
          let r: RepeatPurchasesByPeriodResult;
          try {
            r = repeatPurchasesByPeriod(log, o);
          } catch (e) {
            // Only a log with every row after observationEnd may fail.
            expect((e as { code: string }).code).toBe("insufficient_data");
            expect(expected.purchases).toBe(0);
            return;
          }
          expect(r.rows.map((x) => x.firstPurchases)).toEqual(expected.first);
          expect(r.repeatPurchases).toEqual(expected.repeat);
          const m = r.metadata;
          const inWindow = sum(expected.first) + sum(expected.repeat);
          expect(inWindow + m.purchasesBeforeStart + m.purchasesAfterEnd).toBe(expected.purchases);
          expect(accounted(r)).toBe(log.length);
          expect(m.customersBeforeStart + m.customersAfterEnd + sum(expected.first)).toBe(m.customers);
          expect(r.firstPurchaseTimes).toHaveLength(sum(expected.first));
          expect([...r.firstPurchaseTimes].sort((a, b) => a - b)).toEqual(r.firstPurchaseTimes);
          expect(r.firstPurchaseTimes.every((t) => t >= 0 && t < o.periods * o.period)).toBe(true);
        }),
        { numRuns: 150 },
      );
    });

    it("does not depend on the order of the log, nor on rows vs columns (exactly equal results)", () => {
      fc.assert(
        fc.property(
          fc
            .array(row, { minLength: 1, maxLength: 40 })
            .chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length }))),
          setup,
          ([a, b], o) => {
            const run = (input: Parameters<typeof repeatPurchasesByPeriod>[0]) => {
              try {
                return repeatPurchasesByPeriod(input, o);
              } catch (e) {
                return (e as { code: string }).code;
              }
            };
            const first = run(toLog(a));
            const logB = toLog(b);
            expect(run(logB)).toEqual(first);
            const columns = {
              customerId: logB.map((t) => t.customerId),
              timestamp: logB.map((t) => t.timestamp),
              amount: logB.map((t) => t.amount),
            };
            expect(run(columns)).toEqual(first);
          },
        ),
        { numRuns: 100 },
      );
    });

    it("splits the tracking window without changing the counts: periods a + b = periods a, then b from the next start", () => {
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 1, maxLength: 40 }),
          fc.constantFrom<TimeUnit>("day", "week", "month"),
          fc.integer({ min: 1, max: 8 }),
          fc.integer({ min: 1, max: 8 }),
          (rows, unit, a, b) => {
            const log = toLog(rows);
            const base = { unit, observationEnd: "2025-12-31" } as const;
            const whole = repeatPurchasesByPeriod(log, { ...base, start: "2024-01-20", periods: a + b });
            const head = repeatPurchasesByPeriod(log, { ...base, start: "2024-01-20", periods: a });
            const tail = repeatPurchasesByPeriod(log, {
              ...base,
              start: addPeriods("2024-01-20", a, unit),
              periods: b,
            });
            expect([...head.repeatPurchases, ...tail.repeatPurchases]).toEqual(whole.repeatPurchases);
            expect([...head.rows, ...tail.rows].map((r) => [r.start, r.end, r.firstPurchases])).toEqual(
              whole.rows.map((r) => [r.start, r.end, r.firstPurchases]),
            );
          },
        ),
        { numRuns: 100 },
      );
    });

    it("does not mutate its input (rows, columns or options)", () => {
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), setup, (rows, o) => {
          const log = toLog(rows);
          const columns = {
            customerId: log.map((t) => t.customerId),
            timestamp: log.map((t) => t.timestamp),
            amount: Float64Array.from(log, (t) => t.amount),
          };
          const copies = structuredClone({ log, columns, o });
          try {
            repeatPurchasesByPeriod(log, o);
            repeatPurchasesByPeriod(columns, o);
          } catch {
            // insufficient_data for a log after observationEnd: the inputs must still be unchanged.
          }
          expect({ log, columns, o }).toEqual(copies);
        }),
        { numRuns: 50 },
      );
    });
  });
});

describe("repeatPurchasesByPeriod on many bad rows (issue 17 item 7)", () => {
  it("keeps 10,000 issues and counts them all (it kept every one)", () => {
    const missing = Array.from({ length: 30_000 }, () => ({ timestamp: "2024-01-01", amount: 5 }));
    const e = expectClienteleError(
      () =>
        repeatPurchasesByPeriod(missing as never, {
          unit: "week",
          start: "2024-01-01",
          periods: 26,
          observationEnd: "2024-06-30",
        }),
      "invalid_input",
    );
    expect(e.issues).toHaveLength(10_000);
    expect(e.issueCount).toBe(30_000);
    expect(e.message.length).toBeLessThan(2_000);
  });
});

describe("repeatPurchasesByPeriod: maxIssues (issue 16 item 1)", () => {
  it("keeps as many issues as maxIssues says and counts them all", () => {
    const missing = Array.from({ length: 500 }, () => ({ timestamp: "2024-01-01", amount: 5 }));
    const e = expectClienteleError(
      () =>
        repeatPurchasesByPeriod(missing as never, {
          unit: "week",
          start: "2024-01-01",
          periods: 26,
          observationEnd: "2024-06-30",
          maxIssues: 2,
        }),
      "invalid_input",
    );
    expect([e.issues.length, e.issueCount]).toEqual([2, 500]);
  });
});
