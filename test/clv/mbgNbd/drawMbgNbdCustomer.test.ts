import { describe, expect, it } from "vitest";
import { createCounterStream } from "../../../src/_lib/splitMix64.ts";
import { drawMbgNbdCustomer } from "../../../src/clv/mbgNbd/drawMbgNbdCustomer.ts";

describe("drawMbgNbdCustomer", () => {
  it("lets customers drop out at time 0: P(dead with x = 0 at T = 0) = a/(a + b) over 50,000 customers (within 4 standard errors)", () => {
    const stream = createCounterStream();
    const out = new Float64Array(5);
    const n = 50_000;
    let dead = 0;
    let sumP = 0;
    for (let i = 0; i < n; i++) {
      drawMbgNbdCustomer(stream, 8, i, 0.5, 6, 1, 3, 0, out);
      expect(out[0]).toBe(0);
      dead += 1 - out[4]!;
      sumP += out[3]!;
    }
    const p = 1 / 4;
    expect(Math.abs(dead / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    expect(Math.abs(sumP / n - p)).toBeLessThan(0.01);
  });
});
