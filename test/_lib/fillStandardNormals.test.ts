import { describe, expect, it } from "vitest";
import { fillStandardNormals } from "../../src/_lib/fillStandardNormals.ts";
import { createCounterStream, selectEntity, selectSubstream } from "../../src/_lib/splitMix64.ts";

function draw(seed: number, n: number): Float64Array {
  const stream = createCounterStream();
  selectEntity(stream, seed, 0);
  selectSubstream(stream, 0);
  const out = new Float64Array(n);
  fillStandardNormals(stream, out);
  return out;
}

describe("fillStandardNormals", () => {
  it("has mean ≈ 0, variance ≈ 1 and 95% of 200,000 draws within ±1.96 (within 4 standard errors)", () => {
    const z = draw(42, 200_000);
    let sum = 0;
    let squares = 0;
    let inside = 0;
    for (const v of z) {
      sum += v;
      squares += v * v;
      if (Math.abs(v) < 1.959963984540054) inside++;
    }
    const n = z.length;
    const mean = sum / n;
    // NOTE: 4 standard errors: SE(mean) = 1/√n, SE(variance) = √(2/n), SE(share) = √(0.95·0.05/n).
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(squares / n - mean * mean - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(inside / n - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / n));
  });

  it("is deterministic for a seed, differs between seeds, and fills odd lengths", () => {
    expect(draw(7, 5)).toEqual(draw(7, 5));
    expect(draw(7, 5)).not.toEqual(draw(8, 5));
    expect([...draw(7, 5)].every(Number.isFinite)).toBe(true);
    // The first four of an odd-length fill are the first four of a longer one (pairs in order).
    expect([...draw(7, 5)].slice(0, 4)).toEqual([...draw(7, 6)].slice(0, 4));
  });
});
