import { describe, expect, it } from "vitest";
import { gaussLegendreRule } from "../../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedAliveTime.ts";
import { paretoNbdLogDeadOddsByQuadrature } from "../../../../src/clv/paretoNbd/_internal/paretoNbdLogDeadOddsByQuadrature.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadDeadOddsCases } from "../../../fixtures/mpmath-issue17/loadFixture.ts";

const rule = gaussLegendreRule(16);

describe("paretoNbdLogDeadOddsByQuadrature", () => {
  it("matches mpmath to 1e-13 relative, from the CDNOW fit to s = 1e300, β = 1.1e300 and r = 1e9 (issue 17 item 4)", () => {
    for (const c of loadDeadOddsCases()) {
      const [r, alpha, s, beta, x, tx, T] = c.args;
      expectClose(
        paretoNbdLogDeadOddsByQuadrature({ r, alpha, s, beta }, x, tx, T, rule),
        c.value,
        { rel: 1e-13 },
        JSON.stringify(c.args),
      );
    }
  });
  it("is −∞ (alive for sure) when the last purchase is at T", () => {
    expect(paretoNbdLogDeadOddsByQuadrature({ r: 1, alpha: 1, s: 1e9, beta: 1e9 }, 3, 20, 20, rule)).toBe(
      Number.NEGATIVE_INFINITY,
    );
  });
  it("stays finite where P(alive) underflows: s/β = 1e9 dropouts a week and 10 weeks of silence give D ≈ 1e10", () => {
    // D = ln s + h₀ + ln ∫ ≈ s·ln1p(10/β) − ln β + ln s − ln(s/β) ≈ 1e10 (the integral is ≈ β/s).
    const d = paretoNbdLogDeadOddsByQuadrature({ r: 1, alpha: 1, s: 1e300, beta: 1e291 }, 3, 10, 20, rule);
    expectClose(d, 1e10, { rel: 1e-8 });
  });
});
