import { describe, expect, it } from "vitest";
import { safeParse } from "zod/mini";
import { MatrixOptionsObject } from "../../../src/charts/_internal/matrixOptions.ts";

describe("MatrixOptionsObject", () => {
  it("requires T > 0 and an integer maxFrequency in [1, 500], with the shared chart options", () => {
    expect(safeParse(MatrixOptionsObject, { T: 39, maxFrequency: 20, recencyCells: 39, title: "t" }).success).toBe(
      true,
    );
    for (const bad of [
      { T: 0, maxFrequency: 2 },
      { T: 39, maxFrequency: 0 },
      { T: 39, maxFrequency: 501 },
      { T: 39, maxFrequency: 2, recencyCells: 0 },
      { T: 39 },
      { maxFrequency: 2 },
    ]) {
      expect(safeParse(MatrixOptionsObject, bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
