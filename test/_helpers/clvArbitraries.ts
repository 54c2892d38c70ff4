import fc from "fast-check";

/** BG/NBD parameters spanning 1e-3 … 1e3 for r and α, 0.05 … 50 for a and b (log-uniform). */
export const bgNbdParams = fc.record({
  r: fc.double({ min: -3, max: 3, noNaN: true }).map((e) => 10 ** e),
  alpha: fc.double({ min: -3, max: 3, noNaN: true }).map((e) => 10 ** e),
  a: fc.double({ min: Math.log10(0.05), max: Math.log10(50), noNaN: true }).map((e) => 10 ** e),
  b: fc.double({ min: Math.log10(0.05), max: Math.log10(50), noNaN: true }).map((e) => 10 ** e),
});

/** A valid customer summary: x up to 500, 0 ≤ t_x ≤ T ≤ 5000, t_x = 0 when x = 0. */
export const customerHistory = fc
  .record({
    frequency: fc.integer({ min: 0, max: 500 }),
    recency: fc.double({ min: 0, max: 5000, noNaN: true }),
    extra: fc.double({ min: 0, max: 5000, noNaN: true }),
  })
  .map(({ frequency, recency, extra }) => {
    const tx = frequency === 0 ? 0 : recency;
    return { frequency, recency: tx, T: Math.min(tx + extra, 5000) };
  });
