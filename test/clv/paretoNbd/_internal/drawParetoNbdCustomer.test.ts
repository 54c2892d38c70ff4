import { describe, expect, it } from "vitest";
import { createCounterStream } from "../../../../src/_lib/splitMix64.ts";
import { drawParetoNbdCustomer } from "../../../../src/clv/paretoNbd/_internal/drawParetoNbdCustomer.ts";

describe("drawParetoNbdCustomer", () => {
  it("draws mean purchase and dropout rates r/α and s/β over 50,000 customers (within 4 standard errors), alive iff lifetime > T", () => {
    const stream = createCounterStream();
    const out = new Float64Array(5);
    const n = 50_000;
    let sumLambda = 0;
    let sumMu = 0;
    let alive = 0;
    for (let i = 0; i < n; i++) {
      drawParetoNbdCustomer(stream, 8, i, 2, 4, 3, 6, 10, out);
      sumLambda += out[2]!;
      sumMu += out[3]!;
      alive += out[4]!;
    }
    // Gamma(2, 4): mean 0.5, sd √2/4; Gamma(3, 6): mean 0.5, sd √3/6.
    expect(Math.abs(sumLambda / n - 0.5)).toBeLessThan((4 * Math.SQRT2) / 4 / Math.sqrt(n));
    expect(Math.abs(sumMu / n - 0.5)).toBeLessThan((4 * Math.sqrt(3)) / 6 / Math.sqrt(n));
    // P(τ > 10) = (β/(β + 10))^s = (6/16)³.
    const p = (6 / 16) ** 3;
    expect(Math.abs(alive / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });
});
