import { describe, expect, it } from "vitest";
import { logGammaUnchecked } from "../../../src/_lib/logGammaUnchecked.ts";
import { logGammaRatio } from "../../../src/clv/_internal/logGammaRatio.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("logGammaRatio", () => {
  it("is 0 for n = 0 and ln p for n = 1", () => {
    expect(logGammaRatio(2.5, 0)).toBe(0);
    expectClose(logGammaRatio(2.5, 1), Math.log(2.5), { rel: 1e-14 });
  });

  it("matches ln Γ(p + n) − ln Γ(p) for moderate arguments", () => {
    for (const p of [0.001, 0.25, 4, 30]) {
      for (const n of [2, 26, 500]) {
        const expected = logGammaUnchecked(p + n) - logGammaUnchecked(p);
        expectClose(logGammaRatio(p, n), expected, { rel: 1e-13, abs: 1e-13 }, `p ${p} n ${n}`);
      }
    }
  });

  it("keeps relative accuracy for a large p (ln[(1e10)(1e10 + 1)], where the two log-gammas cancel)", () => {
    expectClose(logGammaRatio(1e10, 2), Math.log(1e10) + Math.log(1e10 + 1), { rel: 1e-14 });
  });
});
