import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { whaleCurve } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("whaleCurve", () => {
  it("ranks by profit and accumulates shares of the total (worked example, by hand)", () => {
    const w = whaleCurve([
      { customerId: "c", profit: -20 },
      { customerId: "a", profit: 120 },
      { customerId: "d", profit: -60 },
      { customerId: "b", profit: 60 },
    ]);
    // ranked a 120, b 60, c −20, d −60; total 100; cumulative 120, 180, 160, 100.
    expect(w.totalProfit).toBe(100);
    expect(w.points).toEqual([
      { customerShare: 0, profitShare: 0 },
      { customerShare: 0.25, profitShare: 1.2 },
      { customerShare: 0.5, profitShare: 1.8 },
      { customerShare: 0.75, profitShare: 1.6 },
      { customerShare: 1, profitShare: 1 },
    ]);
    expect(w.peakProfitShare).toBe(1.8);
    expect(w.peakCustomerShare).toBe(0.5);
    expect(w.profitEarned).toBe(180);
    expect(w.profitDestroyed).toBe(80);
    expect(w.ranking).toEqual(["a", "b", "c", "d"]);
    expect(w.unprofitableCustomers).toBe(2);
  });

  it("throws domain_error saying so when the total profit is ≤ 0", () => {
    const e = expectClienteleError(
      () =>
        whaleCurve([
          { customerId: "a", profit: 10 },
          { customerId: "b", profit: -10 },
        ]),
      "domain_error",
    );
    expect(e.message).toMatch(/total profit is 0, not > 0/);
    expectClienteleError(() => whaleCurve([{ customerId: "a", profit: -1 }]), "domain_error");
    expectClienteleError(() => whaleCurve([]), "insufficient_data");
  });

  it("rejects bad rows and repeated ids with paths", () => {
    const e = expectClienteleError(
      () =>
        whaleCurve([
          { customerId: "a", profit: Number.NaN },
          { customerId: "", profit: 1 },
        ] as never),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["customers[0].profit", "customers[1].customerId"]);
    const dup = expectClienteleError(
      () =>
        whaleCurve([
          { customerId: "a", profit: 1 },
          { customerId: "a", profit: 2 },
        ]),
      "invalid_input",
    );
    expect(issuePaths(dup)).toEqual(["customers[1].customerId"]);
  });

  const base = fc
    .uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: -1000, max: 1000 })), {
      selector: (t) => t[0],
      minLength: 1,
      maxLength: 60,
    })
    .map((xs) => xs.map(([customerId, profit]) => ({ customerId, profit })))
    .filter((xs) => xs.reduce((s, x) => s + x.profit, 0) > 0);

  it("ends at the total profit, peaks at peakProfitShare, and does not mutate its input (property)", () => {
    fc.assert(
      fc.property(base, (xs) => {
        const before = structuredClone(xs);
        const w = whaleCurve(xs);
        expect(xs).toEqual(before);
        const total = xs.reduce((s, x) => s + x.profit, 0);
        expect(w.totalProfit).toBe(total);
        expect(w.points.at(-1)).toEqual({ customerShare: 1, profitShare: 1 });
        const max = Math.max(...w.points.map((p) => p.profitShare));
        expect(Math.abs(max - w.peakProfitShare)).toBeLessThanOrEqual(1e-12 * max);
        expect(w.peakProfitShare).toBeGreaterThanOrEqual(1);
        for (let k = 1; k < w.points.length - 1; k++) {
          const p = w.points[k]!;
          expect(
            Math.abs(
              p.profitShare * total -
                w.ranking.slice(0, k).reduce((s, id) => s + xs.find((x) => x.customerId === id)!.profit, 0),
            ),
          ).toBeLessThanOrEqual(1e-9 * Math.abs(total) * 10);
        }
      }),
    );
  });

  it("is stable under permutation of its input (property)", () => {
    fc.assert(
      fc.property(base, fc.infiniteStream(fc.nat()), (xs, seeds) => {
        const shuffled = [...xs];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = whaleCurve(xs);
        const b = whaleCurve(shuffled);
        expect(b.ranking).toEqual(a.ranking);
        expect(b.peakProfitShare).toBe(a.peakProfitShare);
        expect(b.points.map((p) => p.customerShare)).toEqual(a.points.map((p) => p.customerShare));
      }),
    );
  });
});
