import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/parseCsv.ts";
import { coerceTransactions } from "../../src/customers/coerceTransactions.ts";
import { parseTransactions } from "../../src/customers/parseTransactions.ts";
import { summarizeTransactions } from "../../src/rfm/summarizeTransactions.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const table = (header: string[], ...rows: string[][]) => ({ header, rows });
const H = ["customerId", "timestamp", "amount"];

describe("coerceTransactions", () => {
  it("converts numeric strings and ISO timestamps with offsets, keeping ids as written", () => {
    const rows = coerceTransactions(
      table(
        [...H, "quantity", "currency", "note"],
        ["0042", "2024-06-30T14:05:00+02:00", "12.50", "2", "EUR", "ignored"],
        ["7", "2024-06-30T23:59:59.999Z", "-3", "", "", "x"],
      ),
    );
    expect(rows).toEqual([
      { customerId: "0042", timestamp: new Date("2024-06-30T12:05:00Z"), amount: 12.5, quantity: 2, currency: "EUR" },
      { customerId: "7", timestamp: new Date("2024-06-30T23:59:59.999Z"), amount: -3 },
    ]);
    expect(parseTransactions([rows[0]!])[0]!.currency).toBe("EUR");
  });

  it("reads the columns named in options.columns", () => {
    const rows = coerceTransactions(table(["client", "when", "total"], ["a", "2024-01-01", "1"]), {
      columns: { customerId: "client", timestamp: "when", amount: "total" },
    });
    expect(rows).toEqual([{ customerId: "a", timestamp: new Date("2024-01-01T00:00:00Z"), amount: 1 }]);
  });

  it('reads plain decimal numbers only: "1,5" needs decimalSeparator ","', () => {
    const ok = ["0", "12", "-3.50", "+.5", "7.", "1e3", "-2.5E-2"];
    const rows = coerceTransactions(table(H, ...ok.map((a) => ["a", "2024-01-01", a])));
    expect(rows.map((r) => r.amount)).toEqual([0, 12, -3.5, 0.5, 7, 1000, -0.025]);
    const bad = ["1,5", "1 000", "1,000.00", "$5", " 5", "5 ", "NaN", "Infinity", "1e999", "0x10", ".", "-", "1.5.2"];
    const e = expectClienteleError(
      () => coerceTransactions(table(H, ...bad.map((a) => ["a", "2024-01-01", a]))),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(bad.map((_, i) => `table.rows[${i}].amount`));
    expect(e.issues[0]!.message).toBe(
      'expected a number written with "." as decimal separator (e.g. "-12.5"), received "1,5"',
    );
    const comma = coerceTransactions(table(H, ["a", "2024-01-01", "1,5"], ["a", "2024-01-01", "-,25"]), {
      decimalSeparator: ",",
    });
    expect(comma.map((r) => r.amount)).toEqual([1.5, -0.25]);
    expectClienteleError(
      () => coerceTransactions(table(H, ["a", "2024-01-01", "1.5"]), { decimalSeparator: "," }),
      "invalid_input",
    );
  });

  it("round-trips every finite double written with String (and with a decimal comma)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = String(x);
        const [r] = coerceTransactions(table(H, ["a", "2024-01-01", text]));
        expect(Object.is(r!.amount, x + 0) || r!.amount === x).toBe(true);
        const [c] = coerceTransactions(table(H, ["a", "2024-01-01", text.replace(".", ",")]), {
          decimalSeparator: ",",
        });
        expect(c!.amount).toBe(r!.amount);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads offset-less ISO timestamps only with a time zone, as that zone's wall clock", () => {
    const t = table(H, ["a", "2024-06-30 14:05:00", "1"], ["a", "2024-06-30", "1"], ["a", "2024-11-03T01:30", "1"]);
    const e = expectClienteleError(() => coerceTransactions(t), "invalid_input");
    expect(issuePaths(e)).toEqual(["table.rows[0].timestamp", "table.rows[2].timestamp"]);
    expect(e.issues[0]!.message).toBe(
      'expected a date-time with an offset, or options.timeZone for times without one, received "2024-06-30 14:05:00"',
    );
    const ny = coerceTransactions(t, { timeZone: "America/New_York" }).map((r) => (r.timestamp as Date).toISOString());
    expect(ny).toEqual([
      "2024-06-30T18:05:00.000Z",
      "2024-06-30T04:00:00.000Z", // a date: its first instant in New York
      "2024-11-03T05:30:00.000Z", // the repeated hour: the first (EDT) reading
    ]);
    const kolkata = coerceTransactions(t, { timeZone: "+05:30" }).map((r) => (r.timestamp as Date).toISOString());
    expect(kolkata).toEqual(["2024-06-30T08:35:00.000Z", "2024-06-29T18:30:00.000Z", "2024-11-02T20:00:00.000Z"]);
    // Without a zone a date is midnight UTC, as TimestampSchema reads it.
    expect(coerceTransactions(table(H, ["a", "2024-06-30", "1"]))[0]!.timestamp).toEqual(
      new Date("2024-06-30T00:00:00Z"),
    );
    // A time the zone skipped is an error, never moved.
    const gap = expectClienteleError(
      () => coerceTransactions(table(H, ["a", "2024-03-10 02:30", "1"]), { timeZone: "America/New_York" }),
      "invalid_input",
    );
    expect(gap.issues[0]!.message).toContain("daylight-saving gap");
    expect(
      issuePaths(expectClienteleError(() => coerceTransactions(t, { timeZone: "Mars/Base" }), "invalid_input")),
    ).toEqual(["options.timeZone"]);
  });

  it("reads epoch milliseconds and seconds only when declared", () => {
    const t = table(H, ["a", "1719763200123", "1"], ["a", "-5", "1"]);
    expect(coerceTransactions(t, { timestampFormat: "epoch-ms" }).map((r) => (r.timestamp as Date).getTime())).toEqual([
      1719763200123, -5,
    ]);
    expect(issuePaths(expectClienteleError(() => coerceTransactions(t), "invalid_input"))).toEqual([
      "table.rows[0].timestamp",
      "table.rows[1].timestamp",
    ]);
    const s = table(H, ["a", "1719763200.123", "1"], ["a", "1719763200", "1"]);
    expect(coerceTransactions(s, { timestampFormat: "epoch-s" }).map((r) => (r.timestamp as Date).getTime())).toEqual([
      1719763200123, 1719763200000,
    ]);
    const bad = table(H, ["a", "1.5", "1"], ["a", "9e15", "1"], ["a", "2024-01-01", "1"]);
    expect(
      issuePaths(expectClienteleError(() => coerceTransactions(bad, { timestampFormat: "epoch-ms" }), "invalid_input")),
    ).toEqual(["table.rows[0].timestamp", "table.rows[1].timestamp", "table.rows[2].timestamp"]);
  });

  it("names missing columns, empty required values and malformed rows, with the CSV line", () => {
    const missing = expectClienteleError(
      () => coerceTransactions(table(["id", "ts"], ["a", "2024-01-01"]), { columns: { customerId: "cid" } }),
      "invalid_input",
    );
    expect(issuePaths(missing).sort()).toEqual(["options.columns.customerId", "table.header", "table.header"]);
    const csv = parseCsv("customerId,timestamp,amount\n,2024-01-01,\nb,2024-01-01,2\n");
    const e = expectClienteleError(() => coerceTransactions(csv), "invalid_input");
    expect(e.message).toMatchInlineSnapshot(`
      "coerceTransactions: invalid input
        ✖ expected a value for customerId, received "" (line 2) → at table.rows[0].customerId
        ✖ expected a value for amount, received "" (line 2) → at table.rows[0].amount"
    `);
    const shape = expectClienteleError(
      () =>
        coerceTransactions({ header: H, rows: [["a", "2024-01-01"], "x" as never, ["a", "2024-01-01", 3 as never]] }),
      "invalid_input",
    );
    expect(issuePaths(shape)).toEqual(["table.rows[0]", "table.rows[1]", "table.rows[2].amount"]);
  });

  it("keeps the first 10,000 problems and counts them all", () => {
    const rows = Array.from({ length: 15_000 }, () => ["a", "2024-01-01", "1,5"]);
    const e = expectClienteleError(() => coerceTransactions(table(H, ...rows)), "invalid_input");
    expect(e.issues).toHaveLength(10_000);
    expect(e.issueCount).toBe(15_000);
  });

  it("does not mutate the table", () => {
    const t = table(H, ["a", "2024-01-01", "1"]);
    const before = JSON.stringify(t);
    coerceTransactions(t, { columns: { amount: "amount" } });
    expect(JSON.stringify(t)).toBe(before);
  });

  it("goes from CSV text to the same summary as the equivalent objects (issue 16, item 9)", () => {
    const text = [
      "order,client,ordered_at,total,currency",
      '1,0042,2024-06-01 09:00:00,"12,50",EUR',
      '2,0042,2024-06-30 23:30:00,"7,00",EUR',
      '3,0042,2024-06-30 23:45:00,"-2,00",EUR',
      '4,"0007","2024-06-15 12:00:00","3",EUR',
    ].join("\r\n");
    const rows = coerceTransactions(parseCsv(text), {
      columns: { customerId: "client", timestamp: "ordered_at", amount: "total", transactionId: "order" },
      timeZone: "America/New_York",
      decimalSeparator: ",",
    });
    const options = {
      unit: "day",
      observationEnd: "2024-06-30",
      timeZone: "America/New_York",
      returns: "net",
    } as const;
    const fromCsv = summarizeTransactions(rows, options);
    const direct = summarizeTransactions(
      [
        { customerId: "0042", timestamp: "2024-06-01T09:00:00-04:00", amount: 12.5, currency: "EUR" },
        { customerId: "0042", timestamp: "2024-06-30T23:30:00-04:00", amount: 7, currency: "EUR" },
        { customerId: "0042", timestamp: "2024-06-30T23:45:00-04:00", amount: -2, currency: "EUR" },
        { customerId: "0007", timestamp: "2024-06-15T12:00:00-04:00", amount: 3, currency: "EUR" },
      ],
      options,
    );
    expect(fromCsv).toEqual(direct);
    expect(fromCsv.rows.map((r) => [r.customerId, r.frequency, r.recency, r.monetaryValue])).toEqual([
      ["0007", 0, 0, 0],
      ["0042", 1, 29, 5],
    ]);
    expect(fromCsv.metadata).toMatchObject({ transactionsAfterObservationEnd: 0, returnRows: 1, currencies: ["EUR"] });
  });
});
