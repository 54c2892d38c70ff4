import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../src/_lib/normalQuantile.ts";
import { newcombeInterval, wilsonInterval } from "../../src/_lib/wilsonInterval.ts";
import { expectClose } from "../_helpers/expectClose.ts";

const z95 = normalQuantile(0.975);
// NOTE: the papers print 4 decimals, so the tolerance is half a unit in the 4th decimal. The figures are
// the papers' worked examples as commonly reproduced (e.g. by R packages implementing method 10); they were
// not re-read from the printed tables in this session.
const table = { abs: 5e-5 };

describe("wilsonInterval", () => {
  it("reproduces Newcombe (1998a) Table II, method 3 (Wilson score) at 95%", () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [k, n, lower, upper] of cases) {
      const b = wilsonInterval(k, n, z95);
      expectClose(b.lower, lower, table, `${k}/${n} lower`);
      expectClose(b.upper, upper, table, `${k}/${n} upper`);
    }
  });
  it("is exactly [0, …] at k = 0 and […, 1] at k = n", () => {
    expect(wilsonInterval(0, 5, z95).lower).toBe(0);
    expect(wilsonInterval(5, 5, z95).upper).toBe(1);
  });
});

describe("newcombeInterval", () => {
  it("reproduces Newcombe (1998b) Table II, method 10 (hybrid score) at 95%", () => {
    const cases: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [6, 7, 2, 7, 0.0582, 0.8062],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1],
    ];
    for (const [k1, n1, k2, n2, lower, upper] of cases) {
      const b = newcombeInterval(k1, n1, k2, n2, z95);
      expectClose(b.lower, lower, table, `${k1}/${n1} − ${k2}/${n2} lower`);
      expectClose(b.upper, upper, table, `${k1}/${n1} − ${k2}/${n2} upper`);
    }
  });
});
