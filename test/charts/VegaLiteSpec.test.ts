import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trackingChart } from "../../src/charts/trackingChart.ts";
import { type VegaLiteSpec, vegaLiteSchema } from "../../src/charts/VegaLiteSpec.ts";

describe("VegaLiteSpec", () => {
  it("is plain JSON: a chart survives JSON.stringify / JSON.parse unchanged, whatever finite rows it is given (property)", () => {
    const row = fc.record({
      expectedIncremental: fc.double({ min: 0, max: 1e6, noNaN: true }),
      actualIncremental: fc.double({ min: 0, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (drawn) => {
        let cumulative = 0;
        const rows = drawn.map((r, k) => {
          cumulative += r.expectedIncremental;
          return { period: k + 1, end: k + 1, ...r, expectedCumulative: cumulative, actualCumulative: cumulative };
        });
        const copy = structuredClone(rows);
        const spec: VegaLiteSpec = trackingChart(rows, { calibrationEnd: rows.length / 2 });
        expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
        expect(spec.$schema).toBe(vegaLiteSchema);
        expect(rows).toEqual(copy);
      }),
      { seed: 15, numRuns: 50 },
    );
  });
});
