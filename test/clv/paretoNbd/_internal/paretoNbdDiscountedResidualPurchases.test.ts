import { describe, expect, it } from "vitest";
import {
  gaussLegendreRule,
  paretoNbdDiscountedAliveTime,
} from "../../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedAliveTime.ts";
import { paretoNbdDiscountedResidualPurchases } from "../../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedResidualPurchases.ts";
import { paretoNbdProbabilityAlive } from "../../../../src/clv/paretoNbd/_internal/paretoNbdProbabilityAlive.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";

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
});
