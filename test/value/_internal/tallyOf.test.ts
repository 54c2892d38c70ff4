import { describe, expect, it } from "vitest";
import { resolveCostDrivers } from "../../../src/value/_internal/resolveCostDrivers.ts";
import { emptyCounts, priceCounts, tallyOf } from "../../../src/value/_internal/tallyOf.ts";

describe("tallyOf / priceCounts", () => {
  const drivers = resolveCostDrivers("t", {
    perOrder: 3,
    perOrderByChannel: { web: 7.5, store: 1 },
    revenueShare: 0.1,
    perInteraction: { call: 4 },
    otherInteraction: 1,
    perServiceFailure: 30,
    perComplaint: 25,
    perIncidentStaffHour: 40,
  });
  const counts = () => ({
    ...emptyCounts(),
    revenue: 200,
    productCost: 120,
    orders: 4,
    unchannelled: 1,
    channelled: 3,
    kinded: 2,
    other: 1,
    failures: 1,
    complaints: 2,
    hours: 0.5,
  });

  it("prices every driver in CostDriverKind order, keys sorted (worked by hand), and resets the keyed counts", () => {
    // channels sorted: store, web; at offset 2 of a longer array.
    const channels = Float64Array.of(9, 9, 1, 2);
    const kinds = Float64Array.of(2);
    const t = tallyOf(drivers, "c1", "retail", counts(), channels, 2, kinds, 0);
    expect(t.lines.map((l) => [l.driver, l.key, l.quantity, l.cost])).toEqual([
      ["order", undefined, 1, 3],
      ["order", "store", 1, 1],
      ["order", "web", 2, 15],
      ["revenue-share", undefined, 200, 20],
      ["interaction", "call", 2, 8],
      ["other-interaction", undefined, 1, 1],
      ["service-failure", undefined, 1, 30],
      ["complaint", undefined, 2, 50],
      ["incident-staff-hour", undefined, 0.5, 20],
    ]);
    // 3 + 1 + 15 + 20 + 8 + 1 + 30 + 50 + 20 = 148; 200 − 120 − 148 = −68.
    expect(t.costToServe).toBe(148);
    expect(t.profit).toBe(-68);
    expect(t.segment).toBe("retail");
    expect(Array.from(channels)).toEqual([9, 9, 0, 0]);
    expect(Array.from(kinds)).toEqual([0]);
  });

  it("gives the same total without lines", () => {
    const total = priceCounts(drivers, counts(), Float64Array.of(1, 2), 0, Float64Array.of(2), 0, undefined);
    expect(total).toBe(148);
  });
});
