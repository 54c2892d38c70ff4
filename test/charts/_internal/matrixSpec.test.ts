import { describe, expect, it } from "vitest";
import { customerGrid } from "../../../src/charts/_internal/customerGrid.ts";
import { matrixSpec } from "../../../src/charts/_internal/matrixSpec.ts";
import { expectClienteleError } from "../../_helpers/expectIssue.ts";

describe("matrixSpec", () => {
  const grid = customerGrid(10, 1, 2);
  const labels = { title: "t", valueTitle: "v", domain: [0, 1] as const };

  it("throws domain_error for a cell value that is not finite, never a NaN in the spec", () => {
    expectClienteleError(() => matrixSpec("f", {}, grid, [0.5, Number.NaN, 1], labels), "domain_error");
  });

  it("uses the colors option as the colour ramp of the value scale, not as series colours", () => {
    const spec = matrixSpec("f", { colors: ["white", "navy"] }, grid, [0, 0.5, 1], labels);
    expect(spec.config).toBeUndefined();
    expect(JSON.stringify(spec.layer)).toContain('"range":["white","navy"]');
    expect(spec.data?.values).toHaveLength(3);
  });
});
