import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountAttractiveness } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const acme = {
  accountId: "acme",
  purchaseVolume: 0.9,
  growthPotential: 0.6,
  bargainingPower: 0.8,
  priceSensitivity: 0.3,
};
const bolt = {
  accountId: "bolt",
  purchaseVolume: 0.4,
  growthPotential: 0.9,
  bargainingPower: 0.2,
  priceSensitivity: 0.5,
};

describe("accountAttractiveness", () => {
  it("weighs volume and growth up, power and sensitivity down (worked example, by hand)", () => {
    const r = accountAttractiveness([acme, bolt]);
    // acme 0.25 × (0.9 + 0.6 + 0.2 + 0.7) = 0.6; bolt 0.25 × (0.4 + 0.9 + 0.8 + 0.5) = 0.65.
    expect(r.map((a) => a.accountId)).toEqual(["bolt", "acme"]);
    expect(r[0]?.score).toBeCloseTo(0.65, 14);
    expect(r[1]?.score).toBeCloseTo(0.6, 14);
    expect(r[1]?.contributions.bargainingPower).toBeCloseTo(0.05, 14);
    expect(r.map((a) => a.rank)).toEqual([1, 2]);
  });

  it("is reweightable: volume-heavy weights put acme first", () => {
    const r = accountAttractiveness([acme, bolt], {
      weights: { purchaseVolume: 0.7, growthPotential: 0.1, bargainingPower: 0.1, priceSensitivity: 0.1 },
    });
    // acme 0.63 + 0.06 + 0.02 + 0.07 = 0.78; bolt 0.28 + 0.09 + 0.08 + 0.05 = 0.50.
    expect(r[0]?.accountId).toBe("acme");
    expect(r[0]?.score).toBeCloseTo(0.78, 14);
  });

  it("rescales raw values min-max over the list when told", () => {
    const r = accountAttractiveness(
      [
        { accountId: "a", purchaseVolume: 1000, growthPotential: 5, bargainingPower: 2, priceSensitivity: 7 },
        { accountId: "b", purchaseVolume: 500, growthPotential: 5, bargainingPower: 4, priceSensitivity: 3 },
      ],
      { scale: "min-max" },
    );
    // a: volume 1, growth 0 (all equal), 1 − power 1, 1 − sensitivity 0 → 0.5; b: 0 + 0 + 0 + 1 → 0.25.
    expect(r.map((x) => [x.accountId, x.score])).toEqual([
      ["a", 0.5],
      ["b", 0.25],
    ]);
  });

  it("rejects weights that do not sum to 1, scores above 1 and repeated ids, with paths", () => {
    const w = expectClienteleError(
      () =>
        accountAttractiveness([acme], {
          weights: { purchaseVolume: 0.5, growthPotential: 0.5, bargainingPower: 0.5, priceSensitivity: 0 },
        }),
      "invalid_input",
    );
    expect(issuePaths(w)).toEqual(["options.weights"]);
    expect(w.message).toContain("summing to 1");
    expect(
      issuePaths(expectClienteleError(() => accountAttractiveness([{ ...acme, purchaseVolume: 3 }]), "invalid_input")),
    ).toEqual(["accounts[0].purchaseVolume"]);
    expect(
      issuePaths(
        expectClienteleError(() => accountAttractiveness([{ ...acme, bargainingPower: -1 }]), "invalid_input"),
      ),
    ).toEqual(["accounts[0].bargainingPower"]);
    expect(issuePaths(expectClienteleError(() => accountAttractiveness([acme, acme]), "invalid_input"))).toEqual([
      "accounts[1].accountId",
    ]);
    expectClienteleError(() => accountAttractiveness([]), "insufficient_data");
  });

  it("ranks the same whatever the input order, scores in [0, 1], no mutation (property)", () => {
    const factor = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            accountId: fc.string({ minLength: 1, maxLength: 3 }),
            purchaseVolume: factor,
            growthPotential: factor,
            bargainingPower: factor,
            priceSensitivity: factor,
          }),
          { selector: (a) => a.accountId, minLength: 1 },
        ),
        (accounts) => {
          const before = structuredClone(accounts);
          const r = accountAttractiveness(accounts);
          expect(accounts).toEqual(before);
          expect(accountAttractiveness([...accounts].reverse())).toEqual(r);
          for (const a of r) {
            expect(a.score).toBeGreaterThanOrEqual(0);
            expect(a.score).toBeLessThanOrEqual(1 + 1e-12);
          }
        },
      ),
    );
  });
});
