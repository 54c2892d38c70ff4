import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isClienteleError } from "../../src/errors/index.ts";
import { cohortRetentionTable, type SubscriptionInput } from "../../src/retention/index.ts";

const buy = (customerId: string, timestamp: string) => ({ customerId, timestamp, amount: 10 });

describe("cohortRetentionTable from transactions (worked example, checked by hand)", () => {
  // Monthly, asOf 2024-04-30 (April complete). Cohorts by first purchase:
  //   Jan: a (Jan, Feb, Apr), b (Jan, Mar), c (Jan, Jan 20 again)  → size 3
  //   Feb: d (Feb, Mar), e (Feb)                                    → size 2
  // Jan cohort, active per month Jan..Apr: 3, 1 (a), 1 (b), 1 (a); stayed: Feb a (Jan&Feb) = 1, Mar: none
  // of Feb's {a} bought in Mar → 0, Apr: Mar's {b} did not buy in Apr → 0.
  // Feb cohort, Feb..Apr: 2, 1 (d), 0; stayed: Mar d (Feb&Mar) = 1; Apr: 0 of {d}.
  const transactions = [
    buy("a", "2024-01-03"),
    buy("b", "2024-01-15"),
    buy("c", "2024-01-05"),
    buy("c", "2024-01-20"),
    buy("a", "2024-02-10"),
    buy("d", "2024-02-01"),
    buy("e", "2024-02-28"),
    buy("b", "2024-03-03"),
    buy("d", "2024-03-30"),
    buy("a", "2024-04-30"),
    buy("e", "2024-05-01"),
  ];
  const t = cohortRetentionTable({ transactions }, { asOf: "2024-04-30", period: "month" });

  it("groups customers by their first purchase's month and counts buyers per later month", () => {
    expect(t.cohorts.map((c) => [c.cohort, c.size])).toEqual([
      ["2024-01-01", 3],
      ["2024-02-01", 2],
    ]);
    expect(t.cohorts[0]!.cells.map((c) => [c.start, c.active, c.retained])).toEqual([
      ["2024-01-01", 3, 1],
      ["2024-02-01", 1, 1 / 3],
      ["2024-03-01", 1, 1 / 3],
      ["2024-04-01", 1, 1 / 3],
    ]);
    expect(t.cohorts[0]!.cells.map((c) => c.retention)).toEqual([1, 1 / 3, 0, 0]);
    expect(t.cohorts[1]!.cells.map((c) => [c.active, c.retention, c.churn])).toEqual([
      [2, 1, 0],
      [1, 0.5, 0.5],
      [0, 0, 1],
    ]);
  });
  it("pools the cohorts observed at each period; a purchase after asOf is left out and counted", () => {
    // k = 1: Jan cohort (1 of 3, stayed 1 of 3) + Feb cohort (1 of 2, stayed 1 of 2) → 2/5 retained, 2/5 retention.
    // k = 2: Jan (1, stayed 0 of 1) + Feb (0, stayed 0 of 1) → 1/5 retained, 0 retention. k = 3: Jan only.
    expect(t.overall.map((r) => [r.period, r.cohorts, r.size, r.active, r.retained, r.retention])).toEqual([
      [0, 2, 5, 5, 1, 1],
      [1, 2, 5, 2, 0.4, 0.4],
      [2, 2, 5, 1, 0.2, 0],
      [3, 1, 3, 1, 1 / 3, 0],
    ]);
    expect(t.overall.every((r) => r.survival === null)).toBe(true);
    expect(t.averageLifetime).toBeNull();
    expect(t.excludedAfterAsOf).toBe(1);
  });
  it("right-censoring: the month holding asOf is a cell only if asOf is its last day; later cells are absent", () => {
    const mid = cohortRetentionTable({ transactions }, { asOf: "2024-04-29", period: "month" });
    expect(mid.cohorts.map((c) => c.cells.length)).toEqual([3, 2]);
    expect(mid.overall.map((r) => r.period)).toEqual([0, 1, 2]);
    expect(mid.excludedAfterAsOf).toBe(2);
  });
});

describe("cohortRetentionTable from subscriptions (worked example, checked by hand)", () => {
  // Monthly, asOf 2024-03-31. Jan cohort: a (ends Feb 20: active at the start of Feb, not Mar), b (runs).
  // Feb cohort: c (ends Mar 1, the first day of March: did not renew into March).
  const subscriptions: SubscriptionInput[] = [
    { customerId: "a", start: "2024-01-05", end: "2024-02-20" },
    { customerId: "b", start: "2024-01-10" },
    { customerId: "c", start: "2024-02-03", end: "2024-03-01" },
    { customerId: "d", start: "2024-04-02" },
  ];
  const t = cohortRetentionTable({ subscriptions }, { asOf: "2024-03-31", period: "month" });

  it("counts subscriptions running at the start of each period, cohort by cohort", () => {
    expect(t.cohorts.map((c) => [c.cohort, c.cells.map((x) => x.active)])).toEqual([
      ["2024-01-01", [2, 2, 1]],
      ["2024-02-01", [1, 0]],
    ]);
    expect(t.excludedAfterAsOf).toBe(1);
  });
  it("pools retention over the cohorts observed, multiplies it into survival, and sums survival into the restricted mean", () => {
    // k = 1: (2 + 0) / (2 + 1) = 2/3; k = 2: Jan only, 1/2. S = 1, 2/3, 1/3; restricted mean 1 + 2/3 + 1/3 = 2.
    expect(t.overall.map((r) => r.retention)).toEqual([1, 2 / 3, 0.5]);
    expect(t.overall.map((r) => r.survival)).toEqual([1, 2 / 3, 1 / 3]);
    expect(t.averageLifetime!.horizon).toBe(3);
    expect(t.averageLifetime!.periods).toBeCloseTo(2, 12);
  });
  it("quarters and weeks: calendar periods of clientele/time", () => {
    const q = cohortRetentionTable({ subscriptions }, { asOf: "2024-06-30", period: "quarter" });
    expect(q.cohorts.map((c) => [c.cohort, c.cells.map((x) => x.active)])).toEqual([
      ["2024-01-01", [3, 1]],
      ["2024-04-01", [1]],
    ]);
    // Weeks start on Monday by default: 2024-01-05 is a Friday of the week of Monday 2024-01-01.
    const w = cohortRetentionTable({ subscriptions: [subscriptions[0]!] }, { asOf: "2024-01-21", period: "week" });
    expect(w.cohorts[0]!.cohort).toBe("2024-01-01");
    expect(w.cohorts[0]!.cells.map((c) => c.start)).toEqual(["2024-01-01", "2024-01-08", "2024-01-15"]);
  });
});

describe("cohortRetentionTable: bad input", () => {
  const thrown = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (isClienteleError(e)) return e;
      throw e;
    }
    throw new Error("expected a ClienteleError");
  };
  it("names the bad row, and an end before its start", () => {
    const e = thrown(() =>
      cohortRetentionTable(
        { subscriptions: [{ customerId: "a", start: "2024-02-01", end: "2024-01-01" }] },
        { asOf: "2024-03-31", period: "month" },
      ),
    );
    expect(e.code).toBe("invalid_input");
    expect(e.issues[0]!.path).toEqual(["source", "subscriptions", 0, "end"]);
    const amount = thrown(() =>
      cohortRetentionTable(
        { transactions: [{ customerId: "a", timestamp: "2024-02-01", amount: -1 }] },
        { asOf: "2024-03-31", period: "month" },
      ),
    );
    expect(amount.issues[0]!.path).toEqual(["source", "transactions", 0, "amount"]);
  });
  it("requires exactly one source, asOf and a period", () => {
    expect(
      thrown(() => cohortRetentionTable({} as never, { asOf: "2024-03-31", period: "month" })).issues[0]!.path,
    ).toEqual(["source"]);
    expect(
      thrown(() => cohortRetentionTable({ subscriptions: [] }, { period: "month" } as never)).issues.map((i) => i.path),
    ).toEqual([["options", "asOf"]]);
    expect(
      thrown(() => cohortRetentionTable({ subscriptions: [] }, { asOf: "2024-03-31", period: "fortnight" } as never))
        .issues[0]!.path,
    ).toEqual(["options", "period"]);
  });
});

describe("cohortRetentionTable: properties", () => {
  const day = fc
    .integer({ min: 0, max: 500 })
    .map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const subs = fc.array(
    fc.tuple(day, fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined })).map(
      ([start, len]): SubscriptionInput => ({
        customerId: `s${start}`,
        start,
        ...(len === undefined
          ? {}
          : { end: new Date(Date.parse(start) + len * 86_400_000).toISOString().slice(0, 10) }),
      }),
    ),
    { maxLength: 40 },
  );
  const txs = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 9 }), day), { maxLength: 60 })
    .map((rows) => rows.map(([c, d]) => buy(`c${c}`, d)));
  const options = { asOf: "2024-02-29", period: "month" } as const;
  const rates = (t: ReturnType<typeof cohortRetentionTable>) => [
    ...t.cohorts.flatMap((c) => c.cells.flatMap((x) => [x.retained, x.retention, x.churn])),
    ...t.overall.flatMap((r) => [r.retained, r.retention, r.churn, r.survival]),
  ];
  it("every rate is in [0, 1] (or null), survival never rises, inputs are not mutated, row order does not matter", () => {
    fc.assert(
      fc.property(subs, txs, fc.nat(), (s, x, seed) => {
        for (const source of [{ subscriptions: s }, { transactions: x }] as const) {
          const before = structuredClone(source);
          const t = cohortRetentionTable(source, options);
          expect(source).toEqual(before);
          for (const r of rates(t)) if (r !== null) expect(r >= 0 && r <= 1).toBe(true);
          const survival = t.overall.map((r) => r.survival ?? 1);
          for (let k = 1; k < survival.length; k++) expect(survival[k]!).toBeLessThanOrEqual(survival[k - 1]!);
          const rows: readonly unknown[] = "subscriptions" in source ? source.subscriptions : source.transactions;
          // A permutation keyed by the seed: sort the indices by a hash of (index, seed).
          const key = (i: number) => Math.imul(i + 1, 0x9e3779b1) ^ seed;
          const shuffled = rows
            .map((_, i) => i)
            .sort((i, j) => key(i) - key(j))
            .map((i) => rows[i]);
          const again = cohortRetentionTable(
            ("subscriptions" in source ? { subscriptions: shuffled } : { transactions: shuffled }) as never,
            options,
          );
          expect(again).toEqual(t);
        }
      }),
      { numRuns: 60 },
    );
  });
});
