import { describe, expect, it } from "vitest";
import { logAbsHyp2f1Continued } from "../../src/_lib/hyp2f1Continued.ts";
import { expectClose } from "../_helpers/expectClose.ts";

describe("logAbsHyp2f1Continued", () => {
  it("matches mpmath 1.3.0 ln 2F1(a, b; c; 1 − y) to 1e-13 where c − a − b is an integer or nearly one", () => {
    // mpmath 1.3.0, 40 digits: log(hyp2f1(a, b, c, 1 − y)) with y the double shown.
    const reference: [number, number, number, number, string][] = [
      [0.3, 0.45, 0.6, 1e-6, "2.4768302964957075739"],
      [121.24, 1, 122.24, 0.01, "4.152364763513558395"],
      [1, 1, 2, 1e-12, "3.3189390950369561108"],
      [0.5, 1e-8, 1.5, 0.001, "6.1005594249981154803e-9"],
    ];
    for (const [a, b, c, y, digits] of reference) {
      const expected = Number(digits);
      // NOTE: the value is ln 2F1, so the tolerance is absolute: a relative error of 2F1 of 1e-13.
      expectClose(
        logAbsHyp2f1Continued(a, b, c, y, undefined),
        expected,
        { abs: 1e-13 * Math.max(1, Math.abs(expected)) },
        `(${a}, ${b}; ${c}; 1 − ${y})`,
      );
    }
  });

  it("writes the sign when asked and returns ln|2F1|", () => {
    const sign = new Float64Array(1);
    const value = logAbsHyp2f1Continued(1, 1, 2, 1e-12, sign);
    expect(sign[0]).toBe(1);
    expect(Number.isFinite(value)).toBe(true);
  });

  it("returns NaN for y outside (0, ½)", () => {
    for (const y of [0, 0.5, 0.7, -1e-3, Number.NaN]) expect(logAbsHyp2f1Continued(1, 1, 2, y, undefined)).toBeNaN();
  });
  it("gives up with NaN past its work bound, which a caller can lower (maxTotalTerms)", () => {
    // a = 1e5 makes the steps short: the default bound (2,000,000 terms) reaches y = 1e-6, 20,000 do not.
    expect(logAbsHyp2f1Continued(1e5, 0.5, 1e5 + 1, 1e-6, undefined)).toBeGreaterThan(0);
    expect(logAbsHyp2f1Continued(1e5, 0.5, 1e5 + 1, 1e-6, undefined, 20_000)).toBeNaN();
    expect(logAbsHyp2f1Continued(1e5, 0.5, 1e5 + 1, 0.01, undefined, 20_000)).toBe(
      logAbsHyp2f1Continued(1e5, 0.5, 1e5 + 1, 0.01, undefined),
    );
  });
});
