import { describe, expect, it } from "vitest";
import { serviceQualityGaps } from "../../src/satisfaction/ServiceQualityGap.ts";

describe("serviceQualityGaps", () => {
  it("lists the five gaps of Parasuraman, Zeithaml & Berry (1985) in order, gap 5 the customer's", () => {
    expect(serviceQualityGaps.map((g) => g.gap)).toEqual([1, 2, 3, 4, 5]);
    expect(serviceQualityGaps.filter((g) => g.side === "customer").map((g) => g.key)).toEqual(["perceived-service"]);
    expect(serviceQualityGaps[4]!.between).toEqual(["expected service", "perceived service"]);
  });

  it("chains gaps 1–3: each starts where the previous ends", () => {
    for (let i = 1; i < 3; i++) expect(serviceQualityGaps[i]!.between[0]).toBe(serviceQualityGaps[i - 1]!.between[1]);
  });
});
