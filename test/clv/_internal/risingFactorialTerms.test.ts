import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digammaDifference } from "../../../src/clv/_internal/digammaDifference.ts";
import { logGammaRatio } from "../../../src/clv/_internal/logGammaRatio.ts";
import { risingFactorialTerms } from "../../../src/clv/_internal/risingFactorialTerms.ts";
import { expectClose } from "../../_helpers/expectClose.ts";

describe("risingFactorialTerms", () => {
  it("writes ln (p)ₙ and ψ(p + n) − ψ(p) at the offset (0 and 0 for n = 0)", () => {
    const out = new Float64Array(4).fill(9);
    risingFactorialTerms(2, 3, out, 2);
    expectClose(out[2]!, Math.log(2 * 3 * 4), { rel: 1e-15 });
    expectClose(out[3]!, 1 / 2 + 1 / 3 + 1 / 4, { rel: 1e-15 });
    risingFactorialTerms(2, 0, out, 0);
    expect([out[0], out[1]]).toEqual([0, 0]);
  });

  it("agrees with logGammaRatio and digammaDifference for p from 1e-8 to 1e12 and n up to 200 (property)", () => {
    const out = new Float64Array(2);
    fc.assert(
      fc.property(fc.double({ min: -8, max: 12, noNaN: true }), fc.integer({ min: 1, max: 200 }), (e, n) => {
        const p = 10 ** e;
        risingFactorialTerms(p, n, out, 0);
        expectClose(out[0]!, logGammaRatio(p, n), { rel: 1e-12, abs: 1e-12 }, `ln (p)n, p ${p} n ${n}`);
        expectClose(out[1]!, digammaDifference(p, n), { rel: 1e-12 }, `ψ difference, p ${p} n ${n}`);
      }),
    );
  });

  it("does not overflow the running product (p = 1e10, n = 64: ln (p)ₙ ≈ 1474)", () => {
    const out = new Float64Array(2);
    risingFactorialTerms(1e10, 64, out, 0);
    expectClose(out[0]!, logGammaRatio(1e10, 64), { rel: 1e-14 });
  });
});
