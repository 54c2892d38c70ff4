import { describe, expect, it } from "vitest";
import { bgNbdPurchaseCountProbability } from "../../../../src/clv/bgNbd/_internal/bgNbdPurchaseCountProbability.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadCountCases } from "../../../fixtures/bgnbd-mpmath/loadFixture.ts";

describe("bgNbdPurchaseCountProbability", () => {
  it("matches Fader, Hardie & Lee (2005) eq. 8 evaluated by mpmath to 5e-14 relative, tail probabilities down to 1e-48 included", () => {
    for (const c of loadCountCases()) {
      const p = bgNbdPurchaseCountProbability(c, c.n, c.t);
      expectClose(p, c.value, { rel: 5e-14 }, `${c.group} n ${c.n} t ${c.t}`);
    }
  });

  it("is 1 for n = 0 and 0 otherwise at t = 0", () => {
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    expect(bgNbdPurchaseCountProbability(params, 0, 0)).toBe(1);
    expect(bgNbdPurchaseCountProbability(params, 3, 0)).toBe(0);
  });

  it("sums to 1 over n (CDNOW parameters, t = 39 and 200; r = 20, where the tail sum is used)", () => {
    for (const [params, t, nMax] of [
      [{ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 400],
      [{ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 200, 1500],
      [{ r: 20, alpha: 4, a: 2, b: 30 }, 52, 1200],
    ] as const) {
      let sum = 0;
      for (let n = 0; n <= nMax; n++) sum += bgNbdPurchaseCountProbability(params, n, t);
      expectClose(sum, 1, { abs: 1e-9 }, `t ${t}`);
    }
  });
});
