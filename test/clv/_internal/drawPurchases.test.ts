import { describe, expect, it } from "vitest";
import { createCounterStream, selectEntity, selectSubstream } from "../../../src/_lib/splitMix64.ts";
import { drawPurchaseRate, drawPurchases } from "../../../src/clv/_internal/drawPurchases.ts";
import { drawBgNbdFamilyCustomer } from "../../../src/clv/bgNbd/_internal/drawBgNbdFamilyCustomer.ts";
import { drawParetoNbdCustomer } from "../../../src/clv/paretoNbd/_internal/drawParetoNbdCustomer.ts";

function draw(i: number, lambda: number, end: number, dropout: number | undefined, out: Float64Array): number {
  const stream = createCounterStream();
  selectEntity(stream, 5, i);
  selectSubstream(stream, 3);
  return drawPurchases(stream, lambda, end, dropout, out);
}

describe("drawPurchases", () => {
  it("draws a Poisson(λ·end) number of purchases without dropout, t_x < end, and the customer stays alive", () => {
    const out = new Float64Array(2);
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      expect(draw(i, 0.5, 4, undefined, out)).toBe(1);
      sum += out[0]!;
      expect(out[1]!).toBeLessThan(4);
      if (out[0] === 0) expect(out[1]).toBe(0);
    }
    // Poisson(2): mean 2, sd √2.
    expect(Math.abs(sum / n - 2)).toBeLessThan((4 * Math.SQRT2) / Math.sqrt(n));
  });

  it("ends the purchases at a dropout (probability p after each), reporting the customer dead", () => {
    const out = new Float64Array(2);
    const n = 20_000;
    let dead = 0;
    for (let i = 0; i < n; i++) {
      const alive = draw(i, 1000, 1, 0.25, out);
      if (alive === 0) {
        dead++;
        expect(out[0]!).toBeGreaterThanOrEqual(1);
      }
    }
    // With about 1000 purchase opportunities, almost every customer drops out.
    expect(dead).toBe(n);
    expect(draw(0, 1, 10, 0, out)).toBe(1);
  });

  it("writes x = NaN past 10⁶ purchases", () => {
    const out = new Float64Array(2);
    draw(0, 1e9, 1, undefined, out);
    expect(out[0]).toBeNaN();
  });

  it("drawPurchaseRate draws λ = Gamma(r)/α from substream 0 of customer i, as every count simulator's customer", () => {
    const stream = createCounterStream();
    const out = new Float64Array(5);
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const lambda = drawPurchaseRate(stream, 9, i, 2, 4);
      sum += lambda;
      if (i < 50) {
        drawBgNbdFamilyCustomer(stream, 9, i, 2, 4, 1, 1, 10, false, out);
        expect(out[2]).toBe(lambda);
        drawParetoNbdCustomer(stream, 9, i, 2, 4, 1, 1, 10, out);
        expect(out[2]).toBe(lambda);
      }
    }
    // Gamma(2, 4): mean 0.5, sd √2/4.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan((4 * Math.SQRT2) / 4 / Math.sqrt(n));
  });
});
