import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customerDeliveredValue } from "../../src/value/index.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const offer = {
  value: { product: 600, service: 150, personnel: 100, image: 50 },
  cost: { monetary: 500, time: 60, energy: 30, psychic: 10 },
};

describe("customerDeliveredValue", () => {
  it("sums amounts: value 900 − cost 600 = 300, ratio 1.5 (worked example, by hand)", () => {
    expect(customerDeliveredValue(offer)).toEqual({
      totalValue: 900,
      totalCost: 600,
      deliveredValue: 300,
      ratio: 1.5,
      value: offer.value,
      cost: offer.cost,
    });
  });

  it("takes weighted means of scores when weights are given (worked example, by hand)", () => {
    const d = customerDeliveredValue(
      {
        value: { product: 6, service: 5, personnel: 4, image: 7 },
        cost: { monetary: 4, time: 3, energy: 2, psychic: 1 },
      },
      {
        scale: { min: 1, max: 7 },
        weights: {
          value: { product: 0.4, service: 0.3, personnel: 0.2, image: 0.1 },
          cost: { monetary: 0.5, time: 0.2, energy: 0.2, psychic: 0.1 },
        },
      },
    );
    // value 2.4 + 1.5 + 0.8 + 0.7 = 5.4; cost 2 + 0.6 + 0.4 + 0.1 = 3.1; delivered 2.3; ratio 5.4 / 3.1.
    expect(d.totalValue).toBeCloseTo(5.4, 14);
    expect(d.totalCost).toBeCloseTo(3.1, 14);
    expect(d.deliveredValue).toBeCloseTo(2.3, 14);
    expect(d.ratio).toBeCloseTo(5.4 / 3.1, 14);
    expect(d.value.product).toBeCloseTo(2.4, 14);
  });

  it("rejects negative costs, weights not summing to 1 and off-scale scores with paths", () => {
    const neg = expectClienteleError(
      () => customerDeliveredValue({ ...offer, cost: { ...offer.cost, time: -5 } }),
      "invalid_input",
    );
    expect(issuePaths(neg)).toEqual(["offer.cost.time"]);
    const w = expectClienteleError(
      () =>
        customerDeliveredValue(offer, {
          weights: {
            value: { product: 0.4, service: 0.3, personnel: 0.2, image: 0.2 },
            cost: { monetary: 0.25, time: 0.25, energy: 0.25, psychic: 0.25 },
          },
        }),
      "invalid_input",
    );
    expect(issuePaths(w)).toEqual(["options.weights.value"]);
    expect(w.message).toMatch(/summing to 1, received a sum of 1\.(1|09)/);
    const s = expectClienteleError(
      () => customerDeliveredValue(offer, { scale: { min: 0, max: 10 } }),
      "invalid_input",
    );
    expect(issuePaths(s)).toEqual([
      "offer.value.product",
      "offer.value.service",
      "offer.value.personnel",
      "offer.value.image",
      "offer.cost.monetary",
      "offer.cost.time",
      "offer.cost.energy",
    ]);
    expect(
      issuePaths(
        expectClienteleError(() => customerDeliveredValue(offer, { scale: { min: 5, max: 5 } }), "invalid_input"),
      ),
    ).toEqual(["options.scale"]);
  });

  it("throws domain_error when the total cost is 0", () => {
    const e = expectClienteleError(
      () => customerDeliveredValue({ ...offer, cost: { monetary: 0, time: 0, energy: 0, psychic: 0 } }),
      "domain_error",
    );
    expect(e.message).toContain("ratio is undefined");
  });

  it("does not mutate its input; delivered value = total value − total cost (property)", () => {
    const amt = fc.integer({ min: 0, max: 10_000 });
    const pos = fc.integer({ min: 1, max: 10_000 });
    fc.assert(
      fc.property(fc.tuple(amt, amt, amt, amt), fc.tuple(pos, amt, amt, amt), ([p, s, pe, i], [m, t, e, ps]) => {
        const o = {
          value: { product: p, service: s, personnel: pe, image: i },
          cost: { monetary: m, time: t, energy: e, psychic: ps },
        };
        const before = structuredClone(o);
        const d = customerDeliveredValue(o);
        expect(o).toEqual(before);
        expect(d.deliveredValue).toBe(p + s + pe + i - (m + t + e + ps));
      }),
    );
  });
});
