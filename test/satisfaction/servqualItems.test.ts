import { describe, expect, it } from "vitest";
import { servqualDimensions, servqualItems } from "../../src/satisfaction/servqualItems.ts";

describe("servqualItems and servqualDimensions", () => {
  it("hold the 22 items of Parasuraman, Zeithaml & Berry (1988) in their five dimensions (4, 5, 4, 4, 5 items)", () => {
    expect(servqualItems.map((i) => i.item)).toEqual(Array.from({ length: 22 }, (_, k) => k + 1));
    expect(servqualDimensions.map((d) => [d.dimension, d.items.length])).toEqual([
      ["tangibles", 4],
      ["reliability", 5],
      ["responsiveness", 4],
      ["assurance", 4],
      ["empathy", 5],
    ]);
  });

  it("agree with each other: every item's dimension lists it", () => {
    for (const item of servqualItems) {
      const d = servqualDimensions.find((x) => x.dimension === item.dimension)!;
      expect(d.items).toContain(item.item);
      expect(item.label.length).toBeGreaterThan(0);
    }
  });
});
