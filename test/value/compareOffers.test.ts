import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareOffers } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const ours = {
  offerId: "ours",
  value: { product: 600, service: 150, personnel: 100, image: 50 },
  cost: { monetary: 500, time: 60, energy: 30, psychic: 10 },
};
const rival = {
  offerId: "rival",
  value: { product: 650, service: 80, personnel: 60, image: 90 },
  cost: { monetary: 520, time: 40, energy: 30, psychic: 10 },
};
const cheap = {
  offerId: "cheap",
  value: { product: 400, service: 50, personnel: 50, image: 20 },
  cost: { monetary: 200, time: 80, energy: 60, psychic: 30 },
};

describe("compareOffers", () => {
  it("ranks by delivered value and names the deciding components (worked example, by hand)", () => {
    const r = compareOffers([rival, cheap, ours], { own: "ours" });
    // ours 900 − 600 = 300; rival 880 − 600 = 280; cheap 520 − 370 = 150.
    expect(r.ranking.map((o) => [o.offerId, o.rank, o.deliveredValue])).toEqual([
      ["ours", 1, 300],
      ["rival", 2, 280],
      ["cheap", 3, 150],
    ]);
    expect(r.leader).toBe("ours");
    expect(r.focal).toBe("ours");
    const vsRival = r.versus[0]!;
    // effects: product −50, service +70, personnel +40, image −40, monetary +20, time −20, energy 0, psychic 0 (sum 20).
    expect(vsRival.otherId).toBe("rival");
    expect(vsRival.gap).toBe(20);
    expect(vsRival.winner).toBe("ours");
    expect(vsRival.effects.reduce((s, e) => s + e.effect, 0)).toBe(20);
    expect(vsRival.effects[0]).toEqual({ side: "value", component: "service", effect: 70 });
    expect(vsRival.deciding).toEqual([{ side: "value", component: "service", effect: 70 }]);
    // against cheap: value +200 +100 +50 +30, cost −300 +20 +30 +20; gap 150: product (200) alone exceeds it.
    expect(r.versus[1]?.deciding.map((e) => e.component)).toEqual(["product"]);
  });

  it("names the winner when the firm's offer loses, and compares the leader without `own`", () => {
    const better = { ...rival, offerId: "better", value: { ...rival.value, service: 200 } };
    const r = compareOffers([ours, better], { own: "ours" });
    // better: 1000 − 600 = 400, gap −100; in better's favour: service −50, product −50, image −40: two needed.
    expect(r.versus[0]?.winner).toBe("better");
    expect(r.versus[0]?.gap).toBe(-100);
    expect(r.versus[0]?.deciding.map((e) => e.component)).toEqual(["product", "service"]);
    expect(compareOffers([ours, better]).focal).toBe("better");
  });

  it("rejects a repeated id, an unknown own offer and negative components with paths", () => {
    expect(issuePaths(expectClienteleError(() => compareOffers([ours, ours]), "invalid_input"))).toEqual([
      "offers[1].offerId",
    ]);
    expect(issuePaths(expectClienteleError(() => compareOffers([ours], { own: "x" }), "invalid_input"))).toEqual([
      "options.own",
    ]);
    const neg = { ...rival, cost: { ...rival.cost, monetary: -1 } };
    expect(issuePaths(expectClienteleError(() => compareOffers([ours, neg]), "invalid_input"))).toEqual([
      "offers[1].cost.monetary",
    ]);
    expectClienteleError(() => compareOffers([]), "insufficient_data");
  });

  it("ranks the same under any permutation and does not mutate (property)", () => {
    const amt = fc.integer({ min: 0, max: 100 });
    const offer = (id: string) =>
      fc.record({
        offerId: fc.constant(id),
        value: fc.record({ product: amt, service: amt, personnel: amt, image: amt }),
        cost: fc.record({ monetary: fc.integer({ min: 1, max: 100 }), time: amt, energy: amt, psychic: amt }),
      });
    fc.assert(
      fc.property(fc.tuple(offer("a"), offer("b"), offer("c"), offer("d")), (offers) => {
        const before = structuredClone(offers);
        const r = compareOffers(offers, { own: "b" });
        expect(offers).toEqual(before);
        const s = compareOffers([offers[3], offers[1], offers[0], offers[2]], { own: "b" });
        expect(s).toEqual(r);
        for (const v of r.versus) {
          const sum = v.effects.reduce((t, e) => t + e.effect, 0);
          expect(sum).toBe(v.gap);
          if (v.gap !== 0) {
            const removed = v.deciding.reduce((t, e) => t + e.effect, 0);
            expect(Math.sign(v.gap - removed) !== Math.sign(v.gap) || v.gap - removed === 0).toBe(true);
          }
        }
      }),
    );
  });
});
