import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DayNetting } from "../../../src/rfm/_internal/dayNetting.ts";

const entries = (n: DayNetting) => {
  const out: [number, number, number, number, boolean][] = [];
  n.forEach((c, day, hi, lo, rows, hasReturn) => {
    out.push([c, day, hi + lo, rows, hasReturn]);
  });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
};

describe("DayNetting", () => {
  it("sums each (customer, day), counting rows and remembering a return", () => {
    const n = new DayNetting();
    n.add(0, 5, 20, 0, 1, false);
    n.add(0, 5, -5, 0, 1, true);
    n.add(1, -134_000_000, 3, 0, 1, false); // a day before year -270,000
    n.add(0, 6, 0.1, 0, 1, false);
    n.add(0, 6, 0.2, 0, 1, false);
    expect(n.size).toBe(3);
    expect(entries(n)).toEqual([
      [0, 5, 15, 2, true],
      [0, 6, 0.30000000000000004, 2, false],
      [1, -134_000_000, 3, 1, false],
    ]);
  });

  it("gives the same sum whatever the order of the amounts, within a few ulps of the decimal total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        (cents) => {
          const forward = new DayNetting();
          const backward = new DayNetting();
          for (const c of cents) forward.add(3, 7, c / 100, 0, 1, c < 0);
          for (const c of [...cents].reverse()) backward.add(3, 7, c / 100, 0, 1, c < 0);
          expect(entries(forward)).toEqual(entries(backward));
          // NOTE: the amounts are the doubles nearest to the cents, so their exact sum may differ from the
          // decimal total by the inputs' own rounding (a few ulps of the largest amount), never by more.
          const decimal = cents.reduce((a, b) => a + b, 0) / 100;
          const largest = Math.max(...cents.map((c) => Math.abs(c / 100)));
          expect(Math.abs(entries(forward)[0]![2] - decimal)).toBeLessThanOrEqual(
            cents.length * Number.EPSILON * largest,
          );
        },
      ),
    );
  });
});
