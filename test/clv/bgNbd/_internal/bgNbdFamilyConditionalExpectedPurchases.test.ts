import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CustomerKernel } from "../../../../src/clv/_internal/mapCustomers.ts";
import {
  bgNbdFamilyAliveExpectation,
  bgNbdFamilyConditionalExpectedPurchases,
} from "../../../../src/clv/bgNbd/_internal/bgNbdFamilyConditionalExpectedPurchases.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadCustomerCases } from "../../../fixtures/bgnbd-mpmath/loadFixture.ts";
import { loadBgNbdCases, loadMbgNbdCases } from "../../../fixtures/mpmath-issue17/loadFixture.ts";

/** Every customer repeated this often in the columns, so that its panel is built (at the 16th) and used. */
const REPEAT = 24;

/** The column kernel's values for each customer, each repeated REPEAT times in one call (all REPEAT values). */
function overColumns(kernel: CustomerKernel, customers: readonly (readonly [number, number, number])[]): number[][] {
  const n = customers.length * REPEAT;
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  customers.forEach(([xi, txi, Ti], i) => {
    x.fill(xi, i * REPEAT, (i + 1) * REPEAT);
    tx.fill(txi, i * REPEAT, (i + 1) * REPEAT);
    T.fill(Ti, i * REPEAT, (i + 1) * REPEAT);
  });
  const out = new Float64Array(n);
  kernel.columns!(x, tx, T, out);
  return customers.map((_, i) => Array.from(out.subarray(i * REPEAT, (i + 1) * REPEAT)));
}

/** The closed form, one customer at a time (no table). */
function closedForm(r: number, alpha: number, a: number, b: number, t: number, dropoutAtZero: boolean) {
  const sign = new Float64Array(1);
  return (x: number, tx: number, T: number): number => {
    if (t === 0) return 0;
    const s = alpha + T;
    const n = bgNbdFamilyAliveExpectation(r, a, b, x, s, t, sign);
    if (x === 0 && !dropoutAtZero) return n;
    return n / (1 + (a / (b + x - 1)) * Math.exp((r + x) * Math.log(s / (alpha + tx))));
  };
}

const nearOne = (a: number) => Math.abs(a - 1) < 1e-3;

describe("bgNbdFamilyConditionalExpectedPurchases over columns (interpolated panels)", () => {
  it("matches Fader, Hardie & Lee (2005) eq. 10 by mpmath to the closed form's tolerances, 5e-11 relative (1e-8 within 1e-3 of a = 1), in every repeat (180 cases × 24)", () => {
    for (const c of loadCustomerCases()) {
      const values = overColumns(bgNbdFamilyConditionalExpectedPurchases(c.r, c.alpha, c.a, c.b, c.t, false), [
        [c.x, c.tx, c.T],
      ])[0]!;
      for (const v of values) {
        expectClose(
          v,
          c.cond,
          { rel: nearOne(c.a) ? 1e-8 : 5e-11 },
          `${c.group} x ${c.x} t_x ${c.tx} T ${c.T} t ${c.t}`,
        );
      }
    }
  });

  it("matches mpmath at the 300 points of largeShape.json (r to 1e6, x to 1e4) to 1e-9 (1e-6 on short horizons, as the closed form)", () => {
    const url = new URL("../../../fixtures/bgnbd-mpmath/largeShape.json", import.meta.url);
    const grid = (
      JSON.parse(readFileSync(url, "utf8")) as {
        cases: {
          r: number;
          alpha: number;
          a: number;
          b: number;
          x: number;
          tx: number;
          T: number;
          t: number;
          cond: string;
        }[];
      }
    ).cases;
    expect(grid.length).toBe(300);
    for (const c of grid) {
      const short = ((c.r + c.x + 2) * c.t) / (c.alpha + c.T) < 1e-3;
      const values = overColumns(bgNbdFamilyConditionalExpectedPurchases(c.r, c.alpha, c.a, c.b, c.t, false), [
        [c.x, c.tx, c.T],
      ])[0]!;
      for (const v of values) expectClose(v, Number(c.cond), { rel: short ? 1e-6 : 1e-9 }, JSON.stringify(c));
    }
  });

  it("matches the issue-17 mpmath cases of BG/NBD and MBG/NBD (b + 1, dropout at 0) to 1e-9", () => {
    for (const [cases, mbg] of [
      [loadBgNbdCases(), false],
      [loadMbgNbdCases(), true],
    ] as const) {
      for (const { args, value } of cases) {
        const [r, alpha, a, b, x, tx, T, t] = args;
        const kernel = bgNbdFamilyConditionalExpectedPurchases(r, alpha, a, mbg ? b + 1 : b, t, mbg);
        for (const v of overColumns(kernel, [[x, tx, T]])[0]!) expectClose(v, value, { rel: 1e-9 }, args.join(" "));
      }
    }
  });

  it("agrees with the closed form within its own accuracy against mpmath (5e-11 relative) at the edges: x up to 10,000, T from 0 to 1e5, t from 1e-9 to 1e5, BG/NBD and MBG/NBD (CDNOW fits)", () => {
    let interpolated = 0;
    let worst = 0;
    for (const [r, alpha, a, b, mbg] of [
      [0.242593, 4.413532, 0.792886, 2.425752, false],
      [0.524838, 6.182988, 0.891356, 1.614 + 1, true],
    ] as const) {
      for (const t of [1e-9, 1e-3, 1, 52, 1e3, 1e5]) {
        const exact = closedForm(r, alpha, a, b, t, mbg);
        for (const x of [0, 1, 7, 100, 10_000]) {
          // T log-uniform over 1e-3 … 1e5 (≈ 35 customers a panel) and T = 0; t_x at a fixed fraction of T.
          const customers: [number, number, number][] = [];
          for (let k = 0; k <= 4000; k++) {
            const T = k === 4000 ? 0 : 10 ** (-3 + (8 * k) / 4000);
            customers.push([x, x === 0 ? 0 : 0.7 * T, T]);
          }
          const n = customers.length;
          const out = new Float64Array(n);
          bgNbdFamilyConditionalExpectedPurchases(r, alpha, a, b, t, mbg).columns!(
            Float64Array.from(customers, (c) => c[0]),
            Float64Array.from(customers, (c) => c[1]),
            Float64Array.from(customers, (c) => c[2]),
            out,
          );
          for (let i = 0; i < n; i++) {
            const [xi, txi, Ti] = customers[i]!;
            const e = exact(xi, txi, Ti);
            if (out[i] !== e) interpolated++;
            // NOTE: where the closed form's bracket cancels (1 − (1 − z)^(a−1)₂F₁ small: short horizons, long T) the
            // closed form itself is noisy to ~1e-12 and the interpolant smooths that noise; 5e-11 is the closed
            // form's tolerance against mpmath (bgNbdConditionalExpectedPurchases.test.ts).
            expectClose(out[i]!, e, { rel: 5e-11, abs: 1e-300 }, `r ${r} x ${xi} T ${Ti} t ${t}`);
            if (e > 0) worst = Math.max(worst, Math.abs(out[i]! - e) / e);
          }
        }
      }
    }
    // The interpolants were used (their values differ from the closed form in the last digits).
    expect(interpolated).toBeGreaterThan(100_000);
    // And the largest disagreement is the closed form's noise, far below the tolerance.
    expect(worst, `largest relative difference ${worst}`).toBeLessThan(1e-11);
  });

  it("gives 0 for t = 0, over columns too", () => {
    const k = bgNbdFamilyConditionalExpectedPurchases(0.24, 4.4, 0.79, 2.4, 0, false);
    expect(k(3, 2, 5)).toBe(0);
    expect(overColumns(k, [[3, 2, 5]])[0]!.every((v) => v === 0)).toBe(true);
  });
});
