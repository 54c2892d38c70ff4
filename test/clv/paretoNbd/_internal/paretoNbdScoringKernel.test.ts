import { describe, expect, it } from "vitest";
import type { CustomerKernel } from "../../../../src/clv/_internal/mapCustomers.ts";
import { paretoNbdConditionalExpectedPurchases } from "../../../../src/clv/paretoNbd/_internal/paretoNbdConditionalExpectedPurchases.ts";
import {
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityAliveClosedForm,
} from "../../../../src/clv/paretoNbd/_internal/paretoNbdProbabilityAlive.ts";
import {
  paretoNbdAliveTime,
  paretoNbdScoringKernel,
} from "../../../../src/clv/paretoNbd/_internal/paretoNbdScoringKernel.ts";
import type { ParetoNbdParams } from "../../../../src/clv/paretoNbd/ParetoNbdParams.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadDeadOddsCases } from "../../../fixtures/mpmath-issue17/loadFixture.ts";
import { loadLogA0 } from "../../../fixtures/mpmath-unit-shift/loadFixture.ts";

/** Every customer repeated this often in the columns, so that its panels are built (at the 16th) and used. */
const REPEAT = 24;

function overColumns(kernel: CustomerKernel, x: number, tx: number, T: number): Float64Array {
  const out = new Float64Array(REPEAT);
  kernel.columns!(
    new Float64Array(REPEAT).fill(x),
    new Float64Array(REPEAT).fill(tx),
    new Float64Array(REPEAT).fill(T),
    out,
  );
  return out;
}

const cdnow: ParetoNbdParams = { r: 0.553282, alpha: 10.577753, s: 0.606171, beta: 11.666907 };

describe("paretoNbdScoringKernel over columns (interpolated panels)", () => {
  it("matches mpmath's P(alive) at 258 points (x to 900, T to 5,000, t_x to T(1 − 10⁻⁶)) in every repeat, to the closed form's tolerance plus 2e-12 (1 − P)(1 + t_x/(T − t_x))", () => {
    const cases = loadLogA0();
    expect(cases.length).toBe(258);
    for (const c of cases) {
      const label = `${c.group} x ${c.x} t_x ${c.tx} T ${c.T}`;
      for (const actual of overColumns(paretoNbdProbabilityAlive(c), c.x, c.tx, c.T)) {
        if (c.alive < 1e-300) {
          expect(actual, label).toBeLessThan(1e-290);
          continue;
        }
        // As paretoNbdProbabilityAlive.test.ts (exponents' rounding, amplified by A₀'s cancellation), plus the
        // interpolants' checked bound (1e-12 of Φ) passed through D to P as P(1 − P)·relative error of D.
        const m = c.r + c.s + c.x;
        const size =
          Math.abs((c.r + c.x) * Math.log(c.alpha + c.T)) +
          Math.abs(c.s * Math.log(c.beta + c.T)) +
          m * Math.abs(Math.log(Math.max(c.alpha, c.beta) + c.tx)) +
          1;
        const condition = 1 + c.tx / (c.T - c.tx);
        const rel = 5e-16 * (size * condition * (1 - c.alive) + 1) + 2e-12 * condition * (1 - c.alive);
        expectClose(actual, c.alive, { rel }, label);
      }
    }
  });

  it("matches mpmath for s up to 1e300 and r up to 1e9 (where the closed form uses quadrature) to 1e-12, in every repeat", () => {
    for (const c of loadDeadOddsCases()) {
      const [r, alpha, s, beta, x, tx, T] = c.args;
      const expected = 1 / (1 + Math.exp(c.value));
      for (const v of overColumns(paretoNbdProbabilityAlive({ r, alpha, s, beta }), x, tx, T)) {
        expectClose(v, expected, { rel: 1e-12 }, JSON.stringify(c.args));
      }
    }
  });

  it("agrees with the closed forms at the edges (x up to 10,000, T from 0 to 1e5, t_x = 0.7 T, horizons 1e-9, 1, 52 and 1e5; both α ≥ β and α < β) within the checked bounds for P(alive) and E[Y]", () => {
    let interpolated = 0;
    for (const params of [cdnow, { r: 0.55, alpha: 20, s: 0.61, beta: 3 }]) {
      const closedAlive = paretoNbdProbabilityAliveClosedForm(params);
      for (const horizon of [undefined, 1e-9, 1, 52, 1e5]) {
        for (const x of [0, 1, 7, 100, 10_000]) {
          const n = 4001;
          const xs = new Float64Array(n).fill(x);
          const T = Float64Array.from({ length: n }, (_, k) => (k === n - 1 ? 0 : 10 ** (-3 + (8 * k) / (n - 1))));
          const tx = x === 0 ? new Float64Array(n) : T.map((v) => 0.7 * v);
          const out = new Float64Array(n);
          paretoNbdScoringKernel(params, horizon, closedAlive).columns!(xs, tx, T, out);
          for (let i = 0; i < n; i++) {
            const alive = closedAlive(x, tx[i]!, T[i]!);
            const bT = params.beta + T[i]!;
            const expected =
              horizon === undefined
                ? alive
                : ((params.r + x) / (params.alpha + T[i]!)) * bT * paretoNbdAliveTime(params.s, horizon / bT) * alive;
            if (out[i] !== expected) interpolated++;
            // The interpolants' checked bound: 1e-12 of Φ (amplified like the closed form's rounding by the
            // cancellation of A₀, 1 + t_x/(T − t_x)), and 1e-14 of the exponents Λ_x (a relative error of the odds,
            // reaching P through 1 − P; the closed form's own is 5e-16 of the same size).
            const size =
              Math.abs((params.r + x) * Math.log(params.alpha + T[i]!)) +
              Math.abs(params.s * Math.log(params.beta + T[i]!)) +
              1;
            const condition = x === 0 ? 1 : 1 + 0.7 / 0.3;
            const rel = 1e-12 * condition + 1e-14 * size * (1 - alive);
            expectClose(out[i]!, expected, { rel, abs: 1e-300 }, `x ${x} T ${T[i]} horizon ${horizon}`);
          }
        }
      }
    }
    expect(interpolated).toBeGreaterThan(100_000);
  });

  it("is what the prediction kernels use: P(alive) and E[Y] over columns equal the scoring kernel's", () => {
    const x = Float64Array.of(0, 2, 5, 0);
    const tx = Float64Array.of(0, 30, 10, 0);
    const T = Float64Array.of(38, 38, 52, 0);
    const a = new Float64Array(4);
    const b = new Float64Array(4);
    paretoNbdProbabilityAlive(cdnow).columns!(x, tx, T, a);
    paretoNbdScoringKernel(cdnow, undefined, paretoNbdProbabilityAliveClosedForm(cdnow)).columns!(x, tx, T, b);
    expect(Array.from(a)).toEqual(Array.from(b));
    paretoNbdConditionalExpectedPurchases(cdnow, 52).columns!(x, tx, T, a);
    paretoNbdScoringKernel(cdnow, 52, paretoNbdProbabilityAliveClosedForm(cdnow)).columns!(x, tx, T, b);
    expect(Array.from(a)).toEqual(Array.from(b));
    paretoNbdConditionalExpectedPurchases(cdnow, 0).columns!(x, tx, T, a);
    expect(Array.from(a)).toEqual([0, 0, 0, 0]);
  });
});
