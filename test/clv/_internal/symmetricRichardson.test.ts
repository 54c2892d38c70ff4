import { describe, expect, it } from "vitest";
import { symmetricRichardson } from "../../../src/clv/_internal/symmetricRichardson.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("symmetricRichardson", () => {
  it("recovers the removable singularity of sin(x)/x and (eˣ − 1)/x at 0 to O(h⁴)", () => {
    const h = 1e-2;
    expectClose(
      symmetricRichardson((x) => Math.sin(x) / x, h),
      1,
      { abs: 1e-9 },
    );
    expectClose(
      symmetricRichardson((x) => Math.expm1(x) / x, h),
      1,
      { abs: 1e-9 },
    );
  });

  it("is exact for cubics and shrinks its error 16-fold when h halves", () => {
    const cubic = (x: number) => 2 + 3 * x - x * x + 0.5 * x ** 3;
    expectClose(
      symmetricRichardson((x) => cubic(x), 0.1),
      2,
      { abs: 1e-14 },
    );
    const f = (x: number) => Math.cos(x) + x ** 4;
    const e1 = Math.abs(symmetricRichardson(f, 0.1) - 1);
    const e2 = Math.abs(symmetricRichardson(f, 0.05) - 1);
    expect(e1 / e2).toBeGreaterThan(14);
    expect(e1 / e2).toBeLessThan(18);
  });

  it("evaluates f only at ±h and ±2h", () => {
    const seen: number[] = [];
    symmetricRichardson((x) => {
      seen.push(x);
      return x;
    }, 0.25);
    expect(seen.sort((p, q) => p - q)).toEqual([-0.5, -0.25, 0.25, 0.5]);
  });
});
