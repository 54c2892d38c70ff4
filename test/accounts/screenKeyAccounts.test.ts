import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type KeyAccountCandidateInput, screenKeyAccounts } from "../../src/accounts/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

// Worked example, checked by hand. Profit range 0…400, growth range −0.1…0.3, default weights 0.5 / 0.3 / 0.2.
//   p: profit 400 → 1,    growth 0.1 → 0.5,  fit 0.5 → 0.5 + 0.15 + 0.10 = 0.75
//   q: profit 200 → 0.5,  growth 0.3 → 1,    fit 1.0 → 0.25 + 0.30 + 0.20 = 0.75   (tie with p: p has more profit)
//   r: profit 300 → 0.75, growth −0.1 → 0,   fit 0.0 → 0.375 + 0 + 0       = 0.375
//   s: profit 0   → 0,    growth 0.2 → 0.75, fit 1.0 → 0 + 0.225 + 0.20   = 0.425
const accounts: KeyAccountCandidateInput[] = [
  { customerId: "r", profit: 300, growth: -0.1, strategicFit: 0 },
  { customerId: "s", profit: 0, growth: 0.2, strategicFit: 1 },
  { customerId: "q", name: "Quill Ltd", profit: 200, growth: 0.3, strategicFit: 1 },
  { customerId: "p", profit: 400, growth: 0.1, strategicFit: 0.5 },
];

describe("screenKeyAccounts", () => {
  it("ranks a worked example checked by hand (ties broken by profit) and keeps the top 2", () => {
    const s = screenKeyAccounts(accounts, { top: 2 });
    expect(s.ranking.map((a) => a.customerId)).toEqual(["p", "q", "s", "r"]);
    for (const [i, x] of [0.75, 0.75, 0.425, 0.375].entries()) expect(s.ranking[i]!.score).toBeCloseTo(x, 12);
    expect(s.keyAccounts.map((a) => a.customerId)).toEqual(["p", "q"]);
    expect(s.cutOffScore).toBeCloseTo(0.75, 12);
    expect(s.ranking[1]!.name).toBe("Quill Ltd");
    const r = s.ranking[3]!;
    expect(r.selected).toBe(false);
    expect(r.factors.profitability).toEqual({
      value: 300,
      normalised: 0.75,
      weight: 0.5,
      contribution: 0.375,
      rank: 2,
    });
    expect(r.strongestFactor).toBe("profitability");
    expect(r.weakestFactor).toBe("growth");
    expect(r.reasons).toEqual([
      "out: rank 4 of 4 with score 0.375, below the cut-off 0.75 of the top 2",
      "strongest: profit 300 (rank 2 of 4) earns 0.375 of its weight 0.5",
      "weakest: growth -0.1 (rank 4 of 4) earns 0 of its weight 0.3",
    ]);
    expect(s.ranking[0]!.reasons[0]).toBe("in: rank 1 of 4 with score 0.75, within the top 2");
  });

  it("reweights: with all the weight on growth, q leads and r is last", () => {
    const s = screenKeyAccounts(accounts, { top: 1, weights: { profitability: 0, growth: 1, strategicFit: 0 } });
    expect(s.keyAccounts.map((a) => a.customerId)).toEqual(["q"]);
    expect(s.ranking.map((a) => a.customerId)).toEqual(["q", "s", "p", "r"]);
    // a factor with weight 0 is never the weakest
    expect(s.ranking.every((a) => a.weakestFactor === "growth")).toBe(true);
  });

  it("keeps accounts below minProfit out whatever their prospects, and says so", () => {
    const s = screenKeyAccounts(accounts, { top: 4, minProfit: 100 });
    expect(s.keyAccounts.map((a) => a.customerId)).toEqual(["p", "q", "r"]);
    const last = s.ranking[3]!;
    expect(last.customerId).toBe("s");
    expect(last.eligible).toBe(false);
    expect(last.reasons[0]).toBe("out: profit 0 is below the floor 100");
  });

  it("defaults to the top 10 and selects everyone when there are fewer; equal values normalise to 1", () => {
    const s = screenKeyAccounts([
      { customerId: 1, profit: 5, growth: 0, strategicFit: 0 },
      { customerId: 2, profit: 5, growth: 0, strategicFit: 0 },
    ]);
    expect(s.top).toBe(10);
    expect(s.keyAccounts.map((a) => a.customerId)).toEqual(["1", "2"]);
    expect(s.ranking[0]!.score).toBe(0.8);
    expect(s.ranking[0]!.factors.growth.rank).toBe(1);
    expect(s.ranking[1]!.factors.growth.rank).toBe(1);
  });

  it("rejects weights that do not sum to 1, a bad top, bad candidates and repeated ids, with paths", () => {
    const w = expectClienteleError(
      () => screenKeyAccounts(accounts, { weights: { profitability: 0.5, growth: 0.3, strategicFit: 0.3 } }),
      "invalid_input",
    );
    expect(issuePaths(w)).toEqual(["options.weights"]);
    expect(w.message).toMatchInlineSnapshot(`
      "screenKeyAccounts: invalid input
        ✖ expected weights summing to 1, received object → at options.weights"
    `);
    const neg = expectClienteleError(
      () => screenKeyAccounts(accounts, { weights: { profitability: 1.5, growth: -0.5, strategicFit: 0 } }),
      "invalid_input",
    );
    expect(issuePaths(neg)).toContain("options.weights.growth");
    expect(issuePaths(expectClienteleError(() => screenKeyAccounts(accounts, { top: 0 }), "invalid_input"))).toEqual([
      "options.top",
    ]);
    expect(issuePaths(expectClienteleError(() => screenKeyAccounts(accounts, { top: 2.5 }), "invalid_input"))).toEqual([
      "options.top",
    ]);
    const bad = expectClienteleError(
      () => screenKeyAccounts([{ customerId: "a", profit: Number.NaN, growth: 0, strategicFit: 2 }]),
      "invalid_input",
    );
    expect(issuePaths(bad)).toEqual(["candidates[0].profit", "candidates[0].strategicFit"]);
    const dup = expectClienteleError(() => screenKeyAccounts([...accounts, accounts[0]!]), "invalid_input");
    expect(issuePaths(dup)).toEqual(["candidates[4].customerId"]);
    expectClienteleError(() => screenKeyAccounts([]), "insufficient_data");
  });

  const candidate = fc.record({
    profit: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    growth: fc.double({ min: -1, max: 3, noNaN: true }),
    strategicFit: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const candidates = fc
    .array(candidate, { minLength: 1, maxLength: 30 })
    .map((xs) => xs.map((x, i) => ({ customerId: `c${i}`, ...x })));

  it("property: the ranking is the same for any order of the input", () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 12 }), fc.nat(), (xs, top, seed) => {
        const shuffled = xs
          .map((x, i) => ({ x, k: (i * 7919 + seed) % 104729 }))
          .sort((a, b) => a.k - b.k)
          .map((e) => e.x);
        const a = screenKeyAccounts(xs, { top });
        const b = screenKeyAccounts(shuffled, { top });
        expect(b.ranking.map((r) => r.customerId)).toEqual(a.ranking.map((r) => r.customerId));
        expect(b.ranking.map((r) => r.score)).toEqual(a.ranking.map((r) => r.score));
        expect(b.keyAccounts.length).toBe(Math.min(top, xs.length));
      }),
    );
  });

  it("property: never mutates its input; scores lie in [0, 1] and fall along the ranking", () => {
    fc.assert(
      fc.property(candidates, (xs) => {
        const copy = structuredClone(xs);
        const s = screenKeyAccounts(xs, { top: 5 });
        expect(xs).toEqual(copy);
        for (let i = 0; i < s.ranking.length; i++) {
          const score = s.ranking[i]!.score;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1 + 1e-12);
          if (i > 0) expect(score).toBeLessThanOrEqual(s.ranking[i - 1]!.score);
        }
      }),
    );
  });
});
