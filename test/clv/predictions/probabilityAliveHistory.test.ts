import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { probabilityAlive } from "../../../src/clv/predictions/probabilityAlive.ts";
import { probabilityAliveHistory } from "../../../src/clv/predictions/probabilityAliveHistory.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const fit: CountModel = { model: "bg-nbd", params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, unit: "week" };

describe("probabilityAliveHistory", () => {
  it("evaluates P(alive) with the summary known at each time: x(τ), t_x(τ) and T(τ) measured from the first purchase", () => {
    const path = probabilityAliveHistory(fit, [10, 12, 15], { at: [10, 11, 12, 15, 30, 50] });
    expect([...path]).toEqual([
      1,
      1,
      probabilityAlive(fit, { frequency: 1, recency: 2, T: 2 }),
      probabilityAlive(fit, { frequency: 2, recency: 5, T: 5 }),
      probabilityAlive(fit, { frequency: 2, recency: 5, T: 20 }),
      probabilityAlive(fit, { frequency: 2, recency: 5, T: 40 }),
    ]);
  });

  it("accepts purchase times in any order and evaluation times in any order", () => {
    const sorted = probabilityAliveHistory(fit, [0, 2, 5], { at: [1, 20, 3] });
    const shuffled = probabilityAliveHistory(fit, [5, 0, 2], { at: [1, 20, 3] });
    expect(shuffled).toEqual(sorted);
    expect(sorted[2]).toBe(probabilityAlive(fit, { frequency: 1, recency: 2, T: 3 }));
  });

  it("decays between purchases and stays in [0, 1] (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 10 }), (times) => {
        const last = Math.max(...times);
        const at = [last, last + 1, last + 10, last + 100];
        const path = probabilityAliveHistory(fit, times, { at });
        for (let i = 0; i < at.length; i++) expect(path[i]! >= 0 && path[i]! <= 1).toBe(true);
        for (let i = 1; i < at.length; i++) expect(path[i]!).toBeLessThanOrEqual(path[i - 1]!);
      }),
    );
  });

  it("does not mutate its inputs (it sorts a copy)", () => {
    const times = [5, 0, 2];
    const at = [4, 1];
    probabilityAliveHistory(fit, times, { at });
    expect(times).toEqual([5, 0, 2]);
    expect(at).toEqual([4, 1]);
  });

  it("rejects no purchases, non-finite times (invalid_input) and times before the first purchase (domain_error)", () => {
    expect(
      issuePaths(expectClienteleError(() => probabilityAliveHistory(fit, [], { at: [1] }), "invalid_input")),
    ).toEqual(["purchaseTimes"]);
    expect(
      issuePaths(
        expectClienteleError(() => probabilityAliveHistory(fit, [0, Number.NaN], { at: [1] }), "invalid_input"),
      ),
    ).toEqual(["purchaseTimes[1]"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => probabilityAliveHistory(fit, [0], { at: [1, Number.POSITIVE_INFINITY] }),
          "invalid_input",
        ),
      ),
    ).toEqual(["options.at[1]"]);
    const e = expectClienteleError(() => probabilityAliveHistory(fit, [5], { at: [1, 6] }), "domain_error");
    expect(issuePaths(e)).toEqual(["options.at[0]"]);
    expect(e.message).toMatch(/^probabilityAliveHistory: 1 evaluation time is before the first purchase/);
  });

  describe("BG/BB (Fader, Hardie & Shang 2010, eq. 11)", () => {
    const donations = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;

    it("gives P(alive at n + 1) from the transactions at opportunities ≤ n, for each n (unsorted input)", () => {
      const out = probabilityAliveHistory(donations, [4, 1, 2], { at: [0, 1, 2, 3, 4, 6] });
      const expected = [
        [0, 0, 0],
        [1, 1, 1],
        [2, 2, 2],
        [2, 2, 3],
        [3, 4, 4],
        [3, 4, 6],
      ].map(([x, tx, n]) => probabilityAlive(donations, { frequency: x!, recency: tx!, opportunities: n! }));
      expect(Array.from(out)).toEqual(expected);
      // a gift lifts P(alive); years without one lower it
      expect(out[4]).toBeGreaterThan(out[3]!);
      expect(out[5]).toBeLessThan(out[4]!);
    });

    it("accepts a donor who never gave again (no transactions), and rejects repeats, fractions and opportunity 0", () => {
      const never = probabilityAliveHistory(donations, [], { at: [0, 3, 6] });
      expect(never[2]).toBe(probabilityAlive(donations, { frequency: 0, recency: 0, opportunities: 6 }));
      const paths = (times: number[], at: number[]) =>
        issuePaths(expectClienteleError(() => probabilityAliveHistory(donations, times, { at }), "invalid_input"));
      expect(paths([2, 2], [3])).toEqual(["purchaseTimes"]);
      expect(paths([0, 2], [3])).toEqual(["purchaseTimes[0]"]);
      expect(paths([1], [2.5])).toEqual(["options.at[0]"]);
    });
  });
});
