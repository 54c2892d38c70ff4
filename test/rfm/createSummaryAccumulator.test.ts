import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../examples/_data/cdnow.ts";
import type { TransactionInput } from "../../src/customers/index.ts";
import { createSummaryAccumulator, type SummaryAccumulator } from "../../src/rfm/createSummaryAccumulator.ts";
import { summarizeTransactions } from "../../src/rfm/summarizeTransactions.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const cdnowOptions = { unit: "week", calibrationEnd: "1997-09-30", observationEnd: "1998-06-30" } as const;

/** Splits `rows` at the given cut points (sorted, deduplicated) into chunks. */
function chunk<T>(rows: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((c) => c % (rows.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let from = 0;
  for (const p of [...points, rows.length]) {
    out.push(rows.slice(from, p));
    from = p;
  }
  return out;
}

const outcome = (f: () => unknown): unknown => {
  try {
    return f();
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe("createSummaryAccumulator", () => {
  it("gives exactly the one-shot CDNOW summary when fed in 7 chunks in reverse order", () => {
    const log = loadCdnowSample();
    const acc = createSummaryAccumulator(cdnowOptions);
    for (const part of chunk(log, [1000, 2000, 3000, 4000, 5000, 6000]).reverse()) acc.add(part);
    expect(acc.finish()).toEqual(summarizeTransactions(log, cdnowOptions));
  });

  it("gives exactly the one-shot result for any chunking, chunk order and merge tree (property)", () => {
    const row = fc.record({
      customerId: fc.constantFrom("a", "b", "c", 1, 2, "x-9"),
      day: fc.integer({ min: -400, max: 200 }),
      cents: fc.integer({ min: 0, max: 10_000_000 }),
    });
    const options = [
      { unit: "day", calibrationEnd: "2020-03-01", observationEnd: "2020-06-01" },
      { unit: "week", observationEnd: "2020-05-01", mergeSameDay: false },
      { unit: "month", calibrationEnd: "2019-12-31", observationEnd: "2020-04-30", timeZone: "+09:30" },
    ] as const;
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 0, max: options.length - 1 }),
        fc.infiniteStream(fc.nat()),
        (rows, cuts, which, coins) => {
          const log: TransactionInput[] = rows.map((r) => ({
            customerId: r.customerId,
            timestamp: new Date(Date.UTC(2020, 0, 1 + r.day, 12)),
            amount: r.cents / 100,
          }));
          const opts = options[which]!;
          const expected = outcome(() => summarizeTransactions(log, opts));
          // Shuffle the chunks, fill one accumulator per chunk, merge them in a random tree.
          const parts = chunk(log, cuts);
          const it = coins[Symbol.iterator]();
          const next = () => it.next().value as number;
          for (let i = parts.length - 1; i > 0; i--) {
            const j = next() % (i + 1);
            [parts[i], parts[j]] = [parts[j]!, parts[i]!];
          }
          let pool: SummaryAccumulator[] = parts.map((p) => createSummaryAccumulator(opts).add(p));
          while (pool.length > 1) {
            const i = next() % pool.length;
            const a = pool[i]!;
            pool = pool.filter((_, k) => k !== i);
            const j = next() % pool.length;
            pool[j]!.merge(a);
          }
          expect(outcome(() => pool[0]!.finish())).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives exactly the one-shot result with returns and currencies, for any chunking and merge tree (property)", () => {
    const row = fc.record({
      customerId: fc.constantFrom("a", "b", "c", 1, 2),
      day: fc.integer({ min: -40, max: 40 }),
      cents: fc.integer({ min: -5_000, max: 10_000 }),
      // Mostly the customer's own currency (so most logs summarise), sometimes another one.
      odd: fc.integer({ min: 0, max: 30 }),
    });
    const own: Record<string, string | undefined> = { a: "USD", b: "EUR", c: undefined, 1: "EUR", 2: "USD" };
    const options = [
      { unit: "day", calibrationEnd: "2020-01-15", observationEnd: "2020-02-01", returns: "net" },
      { unit: "week", observationEnd: "2020-02-01", returns: "drop", mergeSameDay: false },
      {
        unit: "day",
        observationEnd: "2020-01-20",
        returns: "net",
        convertCurrency: { to: "USD", rates: { EUR: 1.5 } },
      },
      { unit: "day", observationEnd: "2020-02-01", returns: "drop", timeZone: "America/New_York" },
    ] as const;
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.integer({ min: 0, max: options.length - 1 }),
        fc.infiniteStream(fc.nat()),
        (rows, cuts, which, coins) => {
          const converting = "convertCurrency" in options[which]!;
          const currencyOf = (r: { customerId: string | number; odd: number }) =>
            r.odd === 0 ? "GBP" : (own[r.customerId] ?? (converting ? "USD" : undefined));
          const log: TransactionInput[] = rows.map((r) => ({
            customerId: r.customerId,
            timestamp: new Date(Date.UTC(2020, 0, 1 + r.day, 12)),
            amount: r.cents / 100,
            ...(currencyOf(r) === undefined ? {} : { currency: currencyOf(r) }),
          }));
          const opts = options[which]!;
          const expected = outcome(() => summarizeTransactions(log, opts));
          if (rows.every((r) => r.odd > 0)) expect(["domain_error", "invalid_input"]).not.toContain(expected);
          const parts = chunk(log, cuts);
          const it = coins[Symbol.iterator]();
          const next = () => it.next().value as number;
          const streamed = outcome(() => {
            let pool: SummaryAccumulator[] = parts.map((p) => createSummaryAccumulator(opts).add(p));
            while (pool.length > 1) {
              const i = next() % pool.length;
              const a = pool[i]!;
              pool = pool.filter((_, k) => k !== i);
              pool[next() % pool.length]!.merge(a);
            }
            return pool[0]!.finish();
          });
          expect(streamed).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("fails finish with domain_error when chunks bring one customer two currencies, and merges only equal options", () => {
    const options = { unit: "day", observationEnd: "2020-02-01" } as const;
    const usd = createSummaryAccumulator(options).add([
      { customerId: "a", timestamp: "2020-01-01", amount: 1, currency: "USD" },
    ]);
    const eur = createSummaryAccumulator(options).add([
      { customerId: "a", timestamp: "2020-01-02", amount: 1, currency: "EUR" },
    ]);
    expect(usd.finish().metadata.currencies).toEqual(["USD"]);
    expectClienteleError(() => usd.merge(eur).finish(), "domain_error");
    // After a merge, later chunks are still checked customer by customer.
    const merged = createSummaryAccumulator(options).merge(
      createSummaryAccumulator(options).add([{ customerId: "b", timestamp: "2020-01-01", amount: 1 }]),
    );
    merged.add([{ customerId: "c", timestamp: "2020-01-02", amount: 1, currency: "EUR" }]);
    expect(merged.finish().metadata.currencies).toEqual(["EUR"]);
    merged.add([{ customerId: "b", timestamp: "2020-01-03", amount: 1, currency: "EUR" }]);
    expectClienteleError(() => merged.finish(), "domain_error");
    const net = createSummaryAccumulator({ ...options, returns: "net" });
    const rated = (rate: number) =>
      createSummaryAccumulator({ ...options, convertCurrency: { to: "USD", rates: { EUR: rate } } });
    expect(
      issuePaths(expectClienteleError(() => net.merge(createSummaryAccumulator(options)), "invalid_input")),
    ).toEqual(["other"]);
    expect(issuePaths(expectClienteleError(() => rated(1.1).merge(rated(1.2)), "invalid_input"))).toEqual(["other"]);
    expect(() => rated(1.1).merge(rated(1.1))).not.toThrow();
  });

  it("sums money exactly: 0.1 + 0.2 + 0.3 on one day is 0.6 (the exact sum rounded once) in every order", () => {
    const options = { unit: "day", observationEnd: "2020-01-31" } as const;
    const first = { customerId: "a", timestamp: "2020-01-01", amount: 5 };
    const day2 = [0.1, 0.2, 0.3].map((amount) => ({ customerId: "a", timestamp: "2020-01-02", amount }));
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6); // naive left-to-right summation is off by one ulp
    for (const log of [[first, ...day2], [...day2].reverse().concat(first), [day2[1]!, first, day2[2]!, day2[0]!]]) {
      expect(summarizeTransactions(log, options).rows[0]!.monetaryValue).toBe(0.6);
    }
  });

  it("leaves the accumulator unchanged when a chunk has a bad row (paths chunk[i].field)", () => {
    const acc = createSummaryAccumulator(cdnowOptions).add([{ customerId: "a", timestamp: "1997-01-01", amount: 1 }]);
    const e = expectClienteleError(
      () =>
        acc.add([
          { customerId: "a", timestamp: "1997-02-01", amount: 1 },
          { customerId: "b", timestamp: "1997-02-01", amount: -1 },
        ]),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["chunk[1].amount"]);
    expect(e.message.split("\n")[0]).toBe("createSummaryAccumulator: add: invalid input in 1 of 2 rows of chunk");
    expect(acc.finish().rows).toEqual([
      {
        customerId: "a",
        frequency: 0,
        recency: 0,
        T: 272 / 7,
        monetaryValue: 0,
        holdoutFrequency: 0,
        holdoutMonetaryValue: 0,
        holdoutDuration: 39,
      },
    ]);
    expect(acc.finish().metadata.transactions).toBe(1);
  });

  it("leaves the accumulator unchanged when rowsAfterObservationEnd is 'throw' and a row is late", () => {
    const acc = createSummaryAccumulator({ ...cdnowOptions, rowsAfterObservationEnd: "throw" });
    expectClienteleError(
      () =>
        acc.add([
          { customerId: "a", timestamp: "1997-01-01", amount: 1 },
          { customerId: "a", timestamp: "1999-01-01", amount: 1 },
        ]),
      "domain_error",
    );
    expectClienteleError(() => acc.finish(), "insufficient_data");
  });

  it("accepts columnar chunks", () => {
    const acc = createSummaryAccumulator(cdnowOptions).add({
      customerId: [1, 1],
      timestamp: ["1997-01-01", "1997-01-08"],
      amount: Float64Array.of(5, 6),
    });
    expect(acc.finish().rows[0]).toMatchObject({ customerId: "1", frequency: 1, recency: 1, monetaryValue: 6 });
  });

  it("finish does not change the accumulator: add more and finish again", () => {
    const acc = createSummaryAccumulator(cdnowOptions).add([{ customerId: "a", timestamp: "1997-01-01", amount: 1 }]);
    const first = acc.finish();
    expect(acc.finish()).toEqual(first);
    acc.add([{ customerId: "a", timestamp: "1997-01-02", amount: 2 }]);
    expect(acc.finish().rows[0]!.frequency).toBe(1);
  });

  it("merge leaves the other accumulator unchanged", () => {
    const a = createSummaryAccumulator(cdnowOptions).add([{ customerId: "a", timestamp: "1997-01-01", amount: 1 }]);
    const b = createSummaryAccumulator(cdnowOptions).add([{ customerId: "a", timestamp: "1997-03-01", amount: 2 }]);
    const before = b.finish();
    a.merge(b);
    expect(b.finish()).toEqual(before);
    expect(a.finish().rows[0]!.frequency).toBe(1);
  });

  it("rejects merging an accumulator with other options, itself, or a non-accumulator (path other)", () => {
    const a = createSummaryAccumulator(cdnowOptions);
    const b = createSummaryAccumulator({ ...cdnowOptions, unit: "day" });
    for (const other of [b, a, {} as SummaryAccumulator]) {
      expect(issuePaths(expectClienteleError(() => a.merge(other), "invalid_input"))).toEqual(["other"]);
    }
  });

  it("validates options when created", () => {
    const e = expectClienteleError(() => createSummaryAccumulator({ unit: "fortnight" } as never), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.unit", "options.observationEnd"]);
  });

  it("throws insufficient_data from finish when nothing was added", () => {
    expect(
      expectClienteleError(() => createSummaryAccumulator(cdnowOptions).finish(), "insufficient_data").message,
    ).toBe("createSummaryAccumulator: finish: no transactions");
  });

  it("keeps exact day counts for purchases spread over decades (bitset growth in both directions)", () => {
    const days = [0, 40_000, -30_000, 39_999, -29_999, 5, 6, 7, 40_000, 12_345];
    const log = days.map((d) => ({ customerId: "a", timestamp: new Date(Date.UTC(2000, 0, 1 + d)), amount: 1 }));
    const acc = createSummaryAccumulator({ unit: "day", observationEnd: new Date(Date.UTC(2000, 0, 1 + 40_000)) });
    for (const row of log) acc.add([row]);
    expect(acc.finish().rows[0]).toMatchObject({ frequency: 8, recency: 70_000, T: 70_000 });
  });

  it("does not mutate its chunks", () => {
    const log = loadCdnowSample().slice(0, 200);
    const copy = structuredClone(log);
    createSummaryAccumulator(cdnowOptions).add(log).finish();
    expect(log).toEqual(copy);
  });
});
