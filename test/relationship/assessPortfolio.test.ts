import { describe, expect, it } from "vitest";
import type { CustomerRecord } from "../../src/customers/index.ts";
import { isClienteleError } from "../../src/errors/index.ts";
import {
  assessPortfolio,
  assessRelationship,
  createPortfolioAccumulator,
  type PortfolioSummary,
} from "../../src/relationship/index.ts";
import { asOf, fullContext, record, richRecord } from "./_relationshipFixtures.ts";

/** A small base of varied customers (ids c0…c{n-1}), some with a segment. */
function base(n: number): CustomerRecord[] {
  const out: CustomerRecord[] = [];
  for (let i = 0; i < n; i++) {
    const id = `c${String(i).padStart(3, "0")}`;
    const kind = i % 5;
    if (kind === 0) out.push(richRecord(id));
    else if (kind === 1)
      out.push(record({ transactions: [{ timestamp: "2024-06-15", amount: 30 + i, cost: 20 }] }, id));
    else if (kind === 2)
      out.push(
        record(
          {
            transactions: [
              { timestamp: "2022-01-10", amount: 200 + i, cost: 120 },
              { timestamp: "2022-09-10", amount: 100, cost: 60 },
            ],
          },
          id,
        ),
      );
    else if (kind === 3)
      out.push(
        record(
          {
            transactions: [
              { timestamp: "2023-10-01", amount: 50, cost: 30 },
              { timestamp: "2024-02-01", amount: 70 + i, cost: 40 },
              { timestamp: "2024-06-01", amount: 60, cost: 35 },
            ],
            complaints: [{ openedAt: "2024-06-05", severity: "minor", outcome: "unresolved" }],
          },
          id,
        ),
      );
    else out.push(record({ transactions: [{ timestamp: "2024-03-01", amount: 80 }] }, id)); // no cost: termination missing
  }
  return out.map((r, i) =>
    i % 3 === 0 ? { ...r, customer: { id: r.customerId, segment: i % 2 === 0 ? "retail" : "trade" } } : r,
  );
}

const context = { ...fullContext, portfolio: { topK: 5 } };

describe("assessPortfolio", () => {
  const records = base(40);
  const s = assessPortfolio(records, context);
  const each = records.map((r) => assessRelationship(r, context));

  it("counts every customer once by stage, decision and job, as assessRelationship places them", () => {
    expect(s.customers).toBe(40);
    const count = (f: (a: (typeof each)[number]) => string) => {
      const m: Record<string, number> = {};
      for (const a of each) m[f(a)] = (m[f(a)] ?? 0) + 1;
      return m;
    };
    const stages = count((a) => (a.lifecycle.status === "computed" ? a.lifecycle.value.stage : "?"));
    for (const [stage, n] of Object.entries(stages))
      expect(s.byStage[stage as keyof typeof s.byStage].customers).toBe(n);
    const jobs = count((a) => (a.job.status === "computed" ? a.job.value.job : "?"));
    for (const [job, n] of Object.entries(jobs)) expect(s.byJob[job as keyof typeof s.byJob].customers).toBe(n);
    const decisions = count((a) => (a.termination.status === "computed" ? a.termination.value.decision : "missing"));
    for (const [d, n] of Object.entries(decisions))
      expect(s.byDecision[d as keyof typeof s.byDecision].customers).toBe(n);
    expect(s.byDecision.missing.customers).toBe(0); // the margin rate prices the transactions without a cost
  });
  it("sums value as the customers' own parts give it", () => {
    let clv = 0;
    let valued = 0;
    let profit = 0;
    for (const a of each) {
      if (a.lifetimeValue.status === "computed") {
        clv += a.lifetimeValue.value.value;
        valued++;
      }
      if (a.profitability.status === "computed") profit += a.profitability.value.profit.profit;
    }
    expect(s.total.valued).toBe(valued);
    expect(s.total.lifetimeValue).toBeCloseTo(clv, 9);
    expect(s.total.profit).toBeCloseTo(profit, 9);
    const missing: Record<string, number> = {};
    for (const a of each) for (const m of a.missing) missing[m] = (missing[m] ?? 0) + 1;
    expect(s.missingParts).toEqual(missing);
    expect(s.missingParts.probabilityAlive).toBeUndefined();
  });
  it("ranks the customers to act on first by value at risk: value × (1 − P(alive)), at most topK", () => {
    expect(s.actFirst.length).toBe(5);
    const risks = each.map((a) => {
      const value = a.lifetimeValue.status === "computed" ? a.lifetimeValue.value.value : 0;
      const p = a.probabilityAlive.status === "computed" ? a.probabilityAlive.value.value : null;
      return { id: a.customerId, var: p === null ? Number.NaN : value * (1 - p) };
    });
    const first = s.actFirst[0]!;
    const expected = risks.filter((r) => r.id === first.customerId)[0]!;
    expect(first.valueAtRisk).toBeCloseTo(expected.var, 9);
    for (let i = 1; i < s.actFirst.length; i++)
      expect(s.actFirst[i - 1]!.valueAtRisk).toBeGreaterThanOrEqual(s.actFirst[i]!.valueAtRisk);
    expect(first.firstAction).not.toBeUndefined();
  });
  it("has a segment table, customers without a segment last", () => {
    expect(s.segments.map((r) => r.segment)).toEqual(["retail", "trade", null]);
    expect(s.segments.reduce((n, r) => n + r.customers, 0)).toBe(40);
    const retail = s.segments[0]!;
    expect(Object.values(retail.byJob).reduce((a, b) => a + b, 0)).toBe(retail.customers);
  });
  it("is JSON-ready", () => {
    expect(JSON.stringify(s)).not.toMatch(/NaN|Infinity/);
  });
});

describe("assessPortfolio without a margin rate", () => {
  it("counts the customers whose termination decision is missing (transactions without a cost)", () => {
    const s = assessPortfolio(base(10), { asOf });
    expect(s.byDecision.missing.customers).toBe(2);
    expect(s.missingParts.termination).toBe(2);
    expect(s.missingParts.profitability).toBe(2);
    expect(s.total.profitable).toBe(8);
  });
});

describe("createPortfolioAccumulator", () => {
  const records = base(60);
  const close = (a: PortfolioSummary, b: PortfolioSummary) => {
    expect(a.customers).toBe(b.customers);
    expect(a.actFirst).toEqual(b.actFirst);
    expect(a.missingParts).toEqual(b.missingParts);
    for (const key of ["byStage", "byDecision", "byJob"] as const) {
      for (const [k, cell] of Object.entries(a[key])) {
        const other = (b[key] as Record<string, typeof cell>)[k]!;
        expect(cell.customers).toBe(other.customers);
        expect(cell.valued).toBe(other.valued);
        expect(cell.lifetimeValue).toBeCloseTo(other.lifetimeValue, 9);
        expect(cell.valueAtRisk).toBeCloseTo(other.valueAtRisk, 9);
        expect(cell.profit).toBeCloseTo(other.profit, 9);
      }
    }
    expect(a.segments.map((r) => [r.segment, r.customers, r.byJob, r.byStage])).toEqual(
      b.segments.map((r) => [r.segment, r.customers, r.byJob, r.byStage]),
    );
  };
  it("merge(chunkA, chunkB) equals one pass (counts and the top list exactly, sums to rounding)", () => {
    const one = assessPortfolio(records, context);
    const a = createPortfolioAccumulator(context).add(records.slice(0, 23));
    const b = createPortfolioAccumulator(context).add(records.slice(23, 41)).add(records.slice(41));
    close(a.merge(b).finish(), one);
    // a worker's finished summary merges the same way (after a JSON round trip of its numbers)
    const c = createPortfolioAccumulator(context).add(records.slice(0, 30));
    const d = createPortfolioAccumulator(context).add(records.slice(30)).finish();
    close(c.merge(d).finish(), one);
    // merging in the other order gives the same counts and list
    const e = createPortfolioAccumulator(context).add(records.slice(30));
    close(e.merge(createPortfolioAccumulator(context).add(records.slice(0, 30))).finish(), one);
  });
  it("keeps memory bounded: the top list never exceeds topK", () => {
    const acc = createPortfolioAccumulator({ ...context, portfolio: { topK: 3 } });
    for (let k = 0; k < records.length; k += 7) acc.add(records.slice(k, k + 7));
    expect(acc.finish().actFirst.length).toBe(3);
  });
  it("a bad record leaves the accumulator unchanged, with the record's path", () => {
    const acc = createPortfolioAccumulator(context).add(records.slice(0, 5));
    const bad = [
      ...records.slice(5, 8),
      { ...records[8]!, transactions: [{ ...records[8]!.transactions[0]!, amount: Number.NaN }] },
    ];
    try {
      acc.add(bad);
      throw new Error("did not throw");
    } catch (error) {
      expect(isClienteleError(error, "invalid_input") && error.issues[0]!.path.slice(0, 2)).toEqual(["records", 3]);
    }
    expect(acc.finish().customers).toBe(5);
  });
  it("rejects merging itself, another date or a non-summary", () => {
    const acc = createPortfolioAccumulator(context);
    expect(() => acc.merge(acc)).toThrow(/merge: invalid input/);
    expect(() => acc.merge(createPortfolioAccumulator({ ...context, asOf: "2024-07-31" }))).toThrow(/merge/);
    expect(() => acc.merge({} as never)).toThrow(/merge/);
  });
  it("a duplicate customer id within a chunk is an error", () => {
    const r = richRecord("dup");
    expect(() => assessPortfolio([r, r], { asOf })).toThrow(/duplicate customer id/);
  });
});
