import { describe, expect, it } from "vitest";
import { gaussLegendreRule } from "../../../../src/clv/paretoNbd/_internal/paretoNbdDiscountedAliveTime.ts";
import {
  logDecayIntegral,
  paretoNbdLogA0ByQuadrature,
} from "../../../../src/clv/paretoNbd/_internal/paretoNbdLogA0ByQuadrature.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadLogA0 } from "../../../fixtures/mpmath-unit-shift/loadFixture.ts";

const rule = gaussLegendreRule(16);

describe("paretoNbdLogA0ByQuadrature", () => {
  it("matches mpmath's ln A₀ at the 258 points of the unit-shift fixture (x up to 900, T up to 5,000, t_x up to T(1 − 10⁻⁶)) to 1e-13 relative", () => {
    for (const c of loadLogA0()) {
      expectClose(
        paretoNbdLogA0ByQuadrature(c.r, c.alpha, c.s, c.beta, c.x, c.tx, c.T, rule),
        c.log,
        { rel: 1e-13, abs: 1e-13 },
        `${c.group} x ${c.x} t_x ${c.tx} T ${c.T}`,
      );
    }
  });
  it("is −∞ when t_x = T, and ln(m · span) to first order over a tiny span", () => {
    expect(paretoNbdLogA0ByQuadrature(1, 1, 1, 1, 1, 5, 5, rule)).toBe(Number.NEGATIVE_INFINITY);
    // m = 3, a = b = 2, p = q = 1 + 1e-9, span 1e-9: ln 3 − 4 ln(1 + 1e-9) + ln(1e-9) − (a/p + b/q)·1e-9/2.
    expectClose(
      paretoNbdLogA0ByQuadrature(1, 1, 1, 1, 1, 1e-9, 2e-9, rule),
      Math.log(3) - 4 * Math.log1p(1e-9) + Math.log(1e-9) - 2e-9,
      { rel: 1e-15 },
    );
  });
});

describe("logDecayIntegral", () => {
  it("integrates (1 + u)^(−2) over [0, 9] to ln 0.9 and e^(−a u) by a large a to ln(1/a)", () => {
    expectClose(logDecayIntegral(0, 2, 1e300, 1, 9, rule), Math.log(0.9), { rel: 1e-14 });
    expectClose(logDecayIntegral(1e9, 1e-300, 1, 1, 5, rule), Math.log(1 / (1e9 - 1)), { rel: 1e-12 });
  });
});
