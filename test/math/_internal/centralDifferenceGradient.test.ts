import { describe, expect, it } from "vitest";
import { centralDifferenceGradient } from "../../../src/math/_internal/centralDifferenceGradient.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("centralDifferenceGradient", () => {
  it("fills out with the gradient, returns 2n evaluations and leaves x unchanged", () => {
    const f = (x: Float64Array) => x[0]! ** 2 + 3 * x[0]! * x[1]!;
    const x = new Float64Array([1, 2]);
    const out = new Float64Array(2);
    expect(centralDifferenceGradient(f, x, f(x), out, new Float64Array(2))).toBe(4);
    expectClose(out[0]!, 8, { rel: 1e-10 });
    expectClose(out[1]!, 3, { rel: 1e-10 });
    expect(Array.from(x)).toEqual([1, 2]);
  });

  it("uses a one-sided difference where f is not finite on one side, NaN where on neither", () => {
    const oneSided = (x: Float64Array) => (x[0]! < 0 ? Number.NaN : 2 * x[0]!);
    const out = new Float64Array(1);
    centralDifferenceGradient(oneSided, new Float64Array([0]), 0, out, new Float64Array(1));
    expectClose(out[0]!, 2, { rel: 1e-10 });
    const isolated = (x: Float64Array) => (x[0] === 0 ? 0 : Number.NaN);
    centralDifferenceGradient(isolated, new Float64Array([0]), 0, out, new Float64Array(1));
    expect(out[0]).toBeNaN();
  });
});
