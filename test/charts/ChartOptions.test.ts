import { describe, expect, it } from "vitest";
import { safeParse } from "zod/mini";
import { ChartOptionsSchema } from "../../src/charts/ChartOptions.ts";

describe("ChartOptionsSchema", () => {
  it("accepts the shared options and rejects sizes, titles and palettes out of bounds or unknown keys", () => {
    expect(safeParse(ChartOptionsSchema, { title: "t", width: 50, height: 4000, colors: ["#000"] }).success).toBe(true);
    for (const bad of [
      { width: 49 },
      { height: 4001 },
      { width: 100.5 },
      { title: "x".repeat(201) },
      { colors: [] },
      { colors: new Array(21).fill("red") },
      { colors: [""] },
      { color: "red" },
    ]) {
      expect(safeParse(ChartOptionsSchema, bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
