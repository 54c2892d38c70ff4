import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateRepurchaseTree, repurchaseIntention } from "../../src/complaints/index.ts";
import { groupByCustomer } from "../../src/customers/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { recordsArbitrary, scenarioRecords } from "./_recordFixtures.ts";

const options = { asOf: "2024-12-31", window: { length: 90, unit: "day" } } as const;

describe("estimateRepurchaseTree", () => {
  it("classifies the hand-checked scenario (see _recordFixtures.ts, customer by customer)", () => {
    const e = estimateRepurchaseTree(scenarioRecords(), options);
    expect(e.cutoff.toISOString()).toBe("2024-10-02T00:00:00.000Z");
    expect(e.customers).toBe(12);
    expect(e.included).toBe(10);
    expect(e.excluded).toEqual({ total: 2, startedAfterCutoff: 1, withoutEvents: 1 });
    const s = e.statistics;
    const counts = (g: { share: { count: number }; repurchaseRate: { count: number } }) => [
      g.share.count,
      g.repurchaseRate.count,
    ];
    expect(counts(s.noFailure)).toEqual([3, 2]);
    expect(counts(s.failure.notComplained)).toEqual([2, 1]);
    expect(counts(s.failure.complained.resolvedQuickly)).toEqual([2, 1]);
    expect(counts(s.failure.complained.resolved)).toEqual([1, 1]);
    expect(counts(s.failure.complained.unresolved)).toEqual([2, 1]);
    expect([s.failure.share.count, s.failure.share.total]).toEqual([7, 10]);
    expect([s.failure.complained.share.count, s.failure.complained.share.total]).toEqual([5, 7]);
    expect(e.tree).toEqual({
      noFailure: { share: 3 / 10, repurchaseRate: 2 / 3 },
      failure: {
        share: 7 / 10,
        notComplained: { share: 2 / 7, repurchaseRate: 0.5 },
        complained: {
          share: 5 / 7,
          resolvedQuickly: { share: 2 / 5, repurchaseRate: 0.5 },
          resolved: { share: 1 / 5, repurchaseRate: 1 },
          unresolved: { share: 2 / 5, repurchaseRate: 0.5 },
        },
      },
    });
    // 6 of the 10 classified bought again: the tree gives back the pooled rate.
    expectClose(repurchaseIntention(e.tree).willRepurchase, 0.6, { abs: 1e-15 }, "willRepurchase");
  });

  it("gives Wilson score intervals (1 of 2 at 95%: 0.5 ± 0.405469, by hand)", () => {
    const e = estimateRepurchaseTree(scenarioRecords(), options);
    const r = e.statistics.failure.notComplained.repurchaseRate;
    // z = 1.959964, z² = 3.841459: centre (0.5 + z²/4)/(1 + z²/2) = 0.5,
    // half-width z/(1 + z²/2)·√(0.25/2 + z²/16) = 0.671055 · 0.604228 = 0.405469.
    expectClose(r.lower!, 0.094531, { abs: 1e-6 }, "lower");
    expectClose(r.upper!, 0.905469, { abs: 1e-6 }, "upper");
    const narrower = estimateRepurchaseTree(scenarioRecords(), { ...options, confidenceLevel: 0.5 });
    expect(narrower.statistics.failure.notComplained.repurchaseRate.lower!).toBeGreaterThan(r.lower!);
    expect(narrower.confidenceLevel).toBe(0.5);
  });

  it("a lookback forgets older failures and complaints: those customers count as noFailure", () => {
    // lookback 6 months before the cutoff 2024-10-02: only events after 2024-04-02 count, so f1, f2 (03-05),
    // r1 and u1 (02-01) join noFailure; q1, q2 (05-03) and u2 (08-01) keep their groups.
    const e = estimateRepurchaseTree(scenarioRecords(), { ...options, lookback: { length: 6, unit: "month" } });
    expect(e.statistics.noFailure.share.count).toBe(7);
    expect(e.statistics.noFailure.repurchaseRate.count).toBe(4); // n1, f3, f1, r1
    expect(e.statistics.failure.notComplained.share.count).toBe(0);
    expect(e.statistics.failure.complained.share.count).toBe(3);
    expect(e.lookback).toEqual({ length: 6, unit: "month" });
  });

  it("reports an empty group as null with n = 0, never NaN", () => {
    const records = scenarioRecords().filter((r) => r.customerId !== "r1");
    const e = estimateRepurchaseTree(records, options);
    expect(e.tree.failure.complained.resolved).toEqual({ share: 0, repurchaseRate: null });
    expect(e.statistics.failure.complained.resolved.repurchaseRate).toEqual({
      count: 0,
      total: 0,
      estimate: null,
      lower: null,
      upper: null,
    });
    expect(repurchaseIntention(e.tree).groups[3]!.repurchaseRate).toBeNull();
  });

  it("nulls the shares of a split whose parent is empty", () => {
    const records = groupByCustomer({ transactions: [{ customerId: "a", timestamp: "2024-01-01", amount: 1 }] });
    const e = estimateRepurchaseTree(records, options);
    expect(e.tree.failure.share).toBe(0);
    expect(e.tree.failure.notComplained).toEqual({ share: null, repurchaseRate: null });
    expect(e.tree.failure.complained.share).toBeNull();
    expect(repurchaseIntention(e.tree).willRepurchase).toBe(0);
  });

  it("measures calendar windows: one month before 2024-03-31 is 2024-02-29, the time of day kept", () => {
    const records = groupByCustomer({
      transactions: [
        { customerId: "in", timestamp: "2024-01-01", amount: 1 },
        { customerId: "in", timestamp: "2024-02-29T13:00:00Z", amount: 1 },
        { customerId: "out", timestamp: "2024-01-01", amount: 1 },
        { customerId: "out", timestamp: "2024-02-29T11:00:00Z", amount: 1 },
      ],
    });
    const e = estimateRepurchaseTree(records, { asOf: "2024-03-31T12:00:00Z", window: { length: 1, unit: "month" } });
    expect(e.cutoff.toISOString()).toBe("2024-02-29T12:00:00.000Z");
    expect(e.statistics.noFailure.repurchaseRate).toMatchObject({ count: 1, total: 2 });
  });

  it("an asOf before a record starts is invalid_input at the path of its first event", () => {
    const records = scenarioRecords();
    const e = expectClienteleError(
      () => estimateRepurchaseTree(records, { ...options, asOf: "2024-01-05" }),
      "invalid_input",
    );
    // n3 (2024-10-15), f3 (06-01), q1, q2 (05-01), n2 (02-01), f1, f2 (03-01) start after 2024-01-05.
    expect(issuePaths(e)).toContain("records[2].transactions[0].timestamp");
    expect(e.issues[0]!.message).toMatch(/^asOf \(2024-01-05T00:00:00\.000Z\) is before this record starts/);
  });

  it("requires asOf and a whole positive window, with paths", () => {
    const records = scenarioRecords();
    const e1 = expectClienteleError(
      () => estimateRepurchaseTree(records, { window: { length: 90, unit: "day" } } as never),
      "invalid_input",
    );
    expect(issuePaths(e1)).toEqual(["options.asOf"]);
    const e2 = expectClienteleError(
      () =>
        estimateRepurchaseTree(records, { asOf: "2024-12-31", window: { length: 1.5, unit: "fortnight" } } as never),
      "invalid_input",
    );
    expect(issuePaths(e2).sort()).toEqual(["options.window.length", "options.window.unit"]);
    expectClienteleError(() => estimateRepurchaseTree(records, undefined as never), "invalid_input");
  });

  it("rejects malformed records with paths instead of skipping them", () => {
    const [first, ...rest] = scenarioRecords();
    const bad = [
      {
        ...first!,
        complaints: [{ customerId: "n1", openedAt: new Date("2024-02-01"), severity: "minor", outcome: "lost" }],
      },
      ...rest,
    ];
    const e = expectClienteleError(() => estimateRepurchaseTree(bad as never, options), "invalid_input");
    expect(issuePaths(e)).toEqual(["records[0].complaints[0].outcome"]);
    expect(
      issuePaths(expectClienteleError(() => estimateRepurchaseTree([42] as never, options), "invalid_input")),
    ).toEqual(["records[0]"]);
  });

  it("insufficient_data when no customer can be included", () => {
    expectClienteleError(() => estimateRepurchaseTree([], options), "insufficient_data");
    const recent = groupByCustomer({ transactions: [{ customerId: "a", timestamp: "2024-12-01", amount: 1 }] });
    // a starts after the cutoff 2024-10-02: counted as left out, and nobody is left to classify.
    expectClienteleError(() => estimateRepurchaseTree(recent, options), "insufficient_data");
  });

  it("property: permuting the records changes nothing, inputs are never mutated, everyone is accounted for", () => {
    fc.assert(
      fc.property(recordsArbitrary, fc.infiniteStream(fc.nat()), (records, seeds) => {
        if (records.length === 0) return;
        const copy = structuredClone(records);
        let e: ReturnType<typeof estimateRepurchaseTree>;
        try {
          e = estimateRepurchaseTree(records, options);
        } catch {
          expect(records).toEqual(copy);
          return;
        }
        expect(records).toEqual(copy);
        const shuffled = [...records];
        const it = seeds[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = it.next().value! % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(estimateRepurchaseTree(shuffled, options)).toEqual(e);
        expect(e.included + e.excluded.total).toBe(e.customers);
        const r = repurchaseIntention(e.tree);
        expect(Math.abs(r.groups.reduce((a, g) => a + g.share, 0) - 1)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });
});
