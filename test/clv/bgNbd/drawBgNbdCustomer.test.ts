import { describe, expect, it } from "vitest";
import { createCounterStream } from "../../../src/_lib/splitMix64.ts";
import { drawBgNbdCustomer } from "../../../src/clv/bgNbd/drawBgNbdCustomer.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("drawBgNbdCustomer", () => {
  it("reproduces G1 customer 0 of peer-reference.md: x = 0, λ₀ = 0.024715301050780777, p₀ = 0.32323666575626175 (reals to 1e-15, one libm ulp)", () => {
    const out = new Float64Array(5);
    drawBgNbdCustomer(createCounterStream(), 42, 0, 0.25, 4, 0.8, 2.5, 52, out);
    expect([out[0], out[1]]).toEqual([0, 0]);
    expectClose(out[2]!, 0.024715301050780777, { rel: 1e-15 });
    expectClose(out[3]!, 0.32323666575626175, { rel: 1e-15 });
    expect(out[4]).toBe(1);
  });

  it("draws p from the logarithms when both beta draws underflow (a = b = 0.001), never NaN", () => {
    const out = new Float64Array(5);
    const stream = createCounterStream();
    for (let i = 0; i < 200; i++) {
      drawBgNbdCustomer(stream, 1, i, 1, 1, 0.001, 0.001, 10, out);
      expect(out[3]! >= 0 && out[3]! <= 1).toBe(true);
    }
  });

  it("reports x = NaN for a customer who would make more than 10⁶ purchases", () => {
    const out = new Float64Array(5);
    drawBgNbdCustomer(createCounterStream(), 1, 0, 1e6, 1, 1e-9, 1e9, 100, out);
    expect(out[0]).toBeNaN();
  });
});
