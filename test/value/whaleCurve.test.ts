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

  it("takes columns, with the same curve as the list (worked example), ignoring other columns", () => {
    const w = whaleCurve({
      customerId: ["a", "b", "c", "d"],
      profit: Float64Array.of(120, 60, -20, -60),
      revenue: [1],
    } as never);
    expect(w.points.map((p) => p.profitShare)).toEqual([0, 1.2, 1.8, 1.6, 1]);
    expect(w.ranking).toEqual(["a", "b", "c", "d"]);
    const bad = expectClienteleError(
      () => whaleCurve({ customerId: ["a", "", "a"], profit: [1, Number.NaN, 2] }),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual(["customers.customerId[1]", "customers.profit[1]"]);
    const dup = expectClienteleError(
      () => whaleCurve({ customerId: ["a", "b", "a"], profit: [1, 2, 3] }),
      "invalid_input",
    );
    expect(issuePaths(dup)).toEqual(["customers.customerId[2]"]);
    expect(
      issuePaths(expectClienteleError(() => whaleCurve({ customerId: ["a"], profit: [1, 2] }), "invalid_input")),
    ).toEqual(["customers.profit"]);
    expectClienteleError(() => whaleCurve({ customerId: [], profit: [] }), "insufficient_data");
  });

  it("gives the list's curve from columns, stable under permutation, its customer share rising to 1 (property)", () => {
    fc.assert(
      fc.property(base, fc.infiniteStream(fc.nat()), (xs, seeds) => {
        const order = xs.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const columns = {
          customerId: order.map((i) => xs[i]!.customerId),
          profit: Float64Array.from(order, (i) => xs[i]!.profit),
        };
        const before = structuredClone(columns);
        const a = whaleCurve(xs);
        const b = whaleCurve(columns);
        expect(columns).toEqual(before);
        expect(b.ranking).toEqual(a.ranking);
        expect(b.peakProfitShare).toBe(a.peakProfitShare);
        expect(b.points.map((p) => p.customerShare)).toEqual(a.points.map((p) => p.customerShare));
        for (let k = 1; k < b.points.length; k++) {
          expect(b.points[k]!.customerShare).toBeGreaterThan(b.points[k - 1]!.customerShare);
          // Ranked most profitable first: each step adds no more than the one before (a concave curve).
          if (k >= 2 && k < b.points.length - 1) {
            const step = b.points[k]!.profitShare - b.points[k - 1]!.profitShare;
            const prev = b.points[k - 1]!.profitShare - b.points[k - 2]!.profitShare;
            expect(step).toBeLessThanOrEqual(prev + 1e-9);
          }
        }
        expect(b.points.at(-1)).toEqual({ customerShare: 1, profitShare: 1 });
      }),
    );
  });
});
