import { describe, expect, it } from "vitest";
import {
  gaussLegendreRule,
  paretoNbdDiscountedAliveTime,
} from "../../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedAliveTime.ts";
import { paretoNbdDiscountedResidualPurchases } from "../../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedResidualPurchases.ts";
import { paretoNbdProbabilityAlive } from "../../../../src/clv/paretoNbd/_internal/paretoNbdProbabilityAlive.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadAliveTimeCases, loadDeadOddsCases } from "../../../fixtures/mpmath-issue17/loadFixture.ts";

// Fader, Hardie & Lee (2005), CDNOW, weeks
const params = { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.6659 };

describe("paretoNbdDiscountedResidualPurchases", () => {
  it("is (r + x)/(α + T) · P(alive) · (β + T) · J(s, δ(β + T)) with the continuous rate δ = ln(1 + d) derived from d", () => {
    const d = 0.0027;
    const delta = Math.log1p(d);
    const rule = gaussLegendreRule(16);
    for (const [x, tx, T] of [
      [2, 30.43, 38.86],
      [0, 0, 38.86],
      [26, 30.86, 31],
      [3, 31, 31],
    ] as const) {
      const expected =
        ((params.r + x) / (params.alpha + T)) *
        paretoNbdProbabilityAlive(params)(x, tx, T) *
        (params.beta + T) *
        paretoNbdDiscountedAliveTime(params.s, delta * (params.beta + T), rule);
      expectClose(
        paretoNbdDiscountedResidualPurchases(params, d)(x, tx, T),
        expected,
        { rel: 1e-12 },
        `${x},${tx},${T}`,
      );
    }
  });

  it("falls as d rises", () => {
    expect(paretoNbdDiscountedResidualPurchases(params, 0.1)(2, 30, 38)).toBeLessThan(
      paretoNbdDiscountedResidualPurchases(params, 0.01)(2, 30, 38),
    );
  });

  it("stays finite and right for s up to 1e300 in bounded work (issue 17 item 4: s = 1e9 took 76 s; closed-form CLV the same)", () => {
    const rule = gaussLegendreRule(16);
    for (const c of loadDeadOddsCases().filter((k) => k.args[2] >= 1e7)) {
      const [r, alpha, s, beta, x, tx, T] = c.args;
      const d = 0.0018;
      const expected =
        ((r + x) / (alpha + T)) *
        (beta + T) *
        paretoNbdDiscountedAliveTime(s, Math.log1p(d) * (beta + T), rule) *
        (1 / (1 + Math.exp(c.value)));
      expectClose(
        paretoNbdDiscountedResidualPurchases({ r, alpha, s, beta }, d)(x, tx, T),
        expected,
        {
          rel: 1e-12,
        },
        JSON.stringify(c.args),
      );
    }
    // J itself against mpmath at s = 1e9, where the integral used to take s/4 panels.
    const j = loadAliveTimeCases().find((k) => k.s === 1e9 && k.z === 0.05);
    expectClose(paretoNbdDiscountedAliveTime(1e9, 0.05, rule), j?.value ?? Number.NaN, { rel: 1e-13 });
  });
});
