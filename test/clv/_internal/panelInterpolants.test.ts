import { describe, expect, it } from "vitest";
import { createPanelTable, evaluatePanel, panelOffset } from "../../../src/clv/_internal/panelInterpolants.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

/** Calls panelOffset `hits` times; returns the last offset. */
function hit(table: ReturnType<typeof createPanelTable>, x: number, U: number, hits: number): number {
  let o = -1;
  for (let k = 0; k < hits; k++) o = panelOffset(table, x, U);
  return o;
}

describe("panelInterpolants", () => {
  it("builds a panel at its 16th customer (the first 15 get the closed form: offset −1)", () => {
    const table = createPanelTable(1, (_x, U, out) => {
      out[0] = 1 / U;
    });
    expect(hit(table, 3, 40, 15)).toBe(-1);
    const o = panelOffset(table, 3, 40);
    expect(o).toBeGreaterThanOrEqual(0);
    expect(panelOffset(table, 3, 41)).toBe(o); // [40, 48) is one panel (a quarter of the octave [32, 64))
    expect(panelOffset(table, 4, 40)).toBe(-1); // another x: another panel
  });

  it("interpolates functions singular only on (−∞, 0] to 1e-14 relative from U = 1e-6 to 1e6, in every panel (x ∈ {0, 7}, three functions per panel)", () => {
    const fs = [
      (U: number) => U ** -0.7,
      (U: number) => Math.log1p(52 / U) * (U + 3),
      (U: number) => (U / (U + 52)) ** 1.7 / (1 + U),
    ];
    const table = createPanelTable(3, (x, U, out) => {
      for (let k = 0; k < 3; k++) out[k] = (x + 1) * fs[k]!(U);
    });
    let checked = 0;
    for (const x of [0, 7]) {
      for (let e = -6; e <= 6; e += 0.01) {
        const U = 10 ** e;
        hit(table, x, U, 16);
        const o = panelOffset(table, x, U);
        expect(o, `x ${x} U ${U}`).toBeGreaterThanOrEqual(0);
        for (let k = 0; k < 3; k++) {
          expectClose(evaluatePanel(table.pool, o, k, U), (x + 1) * fs[k]!(U), { rel: 1e-14 }, `f${k} x ${x} U ${U}`);
        }
        checked++;
      }
    }
    expect(checked).toBe(2402);
  });

  it("turns away a panel with a singularity inside or nearby, non-finite values, or noise above 1e-12, and keeps using the closed form there", () => {
    const pole = createPanelTable(1, (_x, U, out) => {
      out[0] = 1 / (U - 42.5);
    });
    expect(hit(pole, 0, 40, 40)).toBe(-1); // [40, 48) holds the pole
    expect(hit(pole, 0, 100, 16)).toBeGreaterThanOrEqual(0); // far from it: fine
    const nan = createPanelTable(1, (_x, U, out) => {
      out[0] = U > 45 ? Number.NaN : U;
    });
    expect(hit(nan, 0, 40, 40)).toBe(-1);
    let seed = 1;
    const noisy = createPanelTable(1, (_x, U, out) => {
      seed = (seed * 16807) % 2147483647;
      out[0] = U * (1 + 1e-10 * (seed / 2147483647 - 0.5));
    });
    expect(hit(noisy, 0, 40, 40)).toBe(-1);
  });

  it("uses the closed form for U zero, subnormal, infinite or NaN, and for x past 262,143", () => {
    const table = createPanelTable(1, (_x, U, out) => {
      out[0] = U;
    });
    for (const U of [0, 5e-324, Number.POSITIVE_INFINITY, Number.NaN]) expect(hit(table, 0, U, 20)).toBe(-1);
    expect(hit(table, 262_144, 40, 20)).toBe(-1);
    expect(hit(table, 262_143, 40, 20)).toBeGreaterThanOrEqual(0);
  });

  it("keeps every built panel when the table grows (3,000 values of x, two panels each)", () => {
    const table = createPanelTable(1, (x, U, out) => {
      out[0] = (x + 1) / U;
    });
    for (let x = 0; x < 3000; x++) for (const U of [40, 70]) hit(table, x, U, 16);
    for (let x = 0; x < 3000; x += 7) {
      for (const U of [41.5, 77]) {
        const o = panelOffset(table, x, U);
        expect(o).toBeGreaterThanOrEqual(0);
        expectClose(evaluatePanel(table.pool, o, 0, U), (x + 1) / U, { rel: 1e-14 }, `x ${x} U ${U}`);
      }
    }
  });
});
