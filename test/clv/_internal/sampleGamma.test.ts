import { describe, expect, it } from "vitest";
import { createCounterStream, selectEntity, selectSubstream } from "../../../src/_lib/splitMix64.ts";
import { sampleGamma } from "../../../src/clv/_internal/sampleGamma.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

function draws(shape: number, n: number): Float64Array {
  const stream = createCounterStream();
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    selectEntity(stream, 7, i);
    selectSubstream(stream, 0);
    out[i] = sampleGamma(shape, stream);
  }
  return out;
}

describe("sampleGamma (Marsaglia & Tsang 2000)", () => {
  it("reproduces G1's first gamma draw: customer 0's Gamma(0.25) / 4 = λ₀ 0.024715301050780777 (peer-reference.md)", () => {
    const stream = createCounterStream();
    selectEntity(stream, 42, 0);
    selectSubstream(stream, 0);
    expectClose(sampleGamma(0.25, stream) / 4, 0.024715301050780777, { rel: 1e-15 });
  });

  it.each([0.25, 0.8, 1, 2.5, 40])(
    "has mean k and variance k for shape %s (20,000 draws, within 4 standard errors)",
    (k) => {
      const n = 20_000;
      const x = draws(k, n);
      let mean = 0;
      for (const v of x) mean += v / n;
      let variance = 0;
      for (const v of x) variance += (v - mean) ** 2 / (n - 1);
      expect(Math.abs(mean - k)).toBeLessThan(4 * Math.sqrt(k / n));
      // Var of the sample variance of a gamma: (2k² + 6k)/n approximately (excess kurtosis 6/k).
      expect(Math.abs(variance - k)).toBeLessThan(4 * Math.sqrt((2 * k * k + 6 * k) / n));
      expect(x.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
    },
  );

  it("reports the logarithm, finite even when a tiny shape underflows the variate to 0", () => {
    const stream = createCounterStream();
    const log = new Float64Array(1);
    let underflows = 0;
    for (let i = 0; i < 200; i++) {
      selectEntity(stream, 3, i);
      selectSubstream(stream, 0);
      const g = sampleGamma(0.001, stream, log);
      expect(Number.isFinite(log[0]!)).toBe(true);
      if (g === 0) underflows++;
      // NOTE: only normal doubles are compared; a subnormal variate has fewer significant bits than its log.
      else if (g > 1e-300) expectClose(Math.log(g), log[0]!, { abs: 1e-9 });
    }
    expect(underflows).toBeGreaterThan(0);
  });
});
