import { describe, expect, it } from "vitest";
import { createCounterStream } from "../../../../src/_lib/splitMix64.ts";
import { drawBgNbdFamilyCustomer } from "../../../../src/clv/bgNbd/_internal/drawBgNbdFamilyCustomer.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

describe("drawBgNbdFamilyCustomer", () => {
  it("reproduces BG/NBD G1 customer 0 of peer-reference.md: x = 0, λ₀ = 0.024715301050780777, p₀ = 0.32323666575626175 (reals to 1e-15, one libm ulp)", () => {
    const out = new Float64Array(5);
    drawBgNbdFamilyCustomer(createCounterStream(), 42, 0, 0.25, 4, 0.8, 2.5, 52, false, out);
    expect([out[0], out[1]]).toEqual([0, 0]);
    expectClose(out[2]!, 0.024715301050780777, { rel: 1e-15 });
    expectClose(out[3]!, 0.32323666575626175, { rel: 1e-15 });
    expect(out[4]).toBe(1);
  });

  it("draws p from the logarithms when both beta draws underflow (a = b = 0.001), never NaN", () => {
    const out = new Float64Array(5);
    const stream = createCounterStream();
    for (let i = 0; i < 200; i++) {
      drawBgNbdFamilyCustomer(stream, 1, i, 1, 1, 0.001, 0.001, 10, i % 2 === 0, out);
      expect(out[3]! >= 0 && out[3]! <= 1).toBe(true);
    }
  });

  it("reports x = NaN for a customer who would make more than 10⁶ purchases", () => {
    const out = new Float64Array(5);
    drawBgNbdFamilyCustomer(createCounterStream(), 1, 0, 1e6, 1, 1e-9, 1e9, 100, false, out);
    expect(out[0]).toBeNaN();
  });
  it("lets MBG/NBD customers drop out at time 0: P(dead with x = 0 at T = 0) = a/(a + b) over 50,000 customers (within 4 standard errors)", () => {
    const stream = createCounterStream();
    const out = new Float64Array(5);
    const n = 50_000;
    let dead = 0;
    let sumP = 0;
    for (let i = 0; i < n; i++) {
      drawBgNbdFamilyCustomer(stream, 8, i, 0.5, 6, 1, 3, 0, true, out);
      expect(out[0]).toBe(0);
      dead += 1 - out[4]!;
      sumP += out[3]!;
    }
    const p = 1 / 4;
    expect(Math.abs(dead / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    expect(Math.abs(sumP / n - p)).toBeLessThan(0.01);
  });

  it("gives the MBG/NBD draw the same λ and p as the BG/NBD draw, and never a dropout at time 0 for the BG/NBD", () => {
    const bg = new Float64Array(5);
    const mbg = new Float64Array(5);
    const stream = createCounterStream();
    for (let i = 0; i < 500; i++) {
      drawBgNbdFamilyCustomer(stream, 3, i, 0.5, 6, 1, 3, 0, false, bg);
      expect(bg[4]).toBe(1);
      drawBgNbdFamilyCustomer(stream, 3, i, 0.5, 6, 1, 3, 0, true, mbg);
      expect([mbg[2], mbg[3]]).toEqual([bg[2], bg[3]]);
    }
  });
});
