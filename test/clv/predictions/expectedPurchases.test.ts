import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgBbExpectedPurchases } from "../../../src/clv/bgBb/bgBbExpectedPurchases.ts";
import type { BgNbdParams } from "../../../src/clv/bgNbd/BgNbdParams.ts";
import { fitBgNbd } from "../../../src/clv/bgNbd/fitBgNbd.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { expectedPurchases } from "../../../src/clv/predictions/expectedPurchases.ts";
import { bgNbdParams } from "../../_helpers/clvArbitraries.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../../_helpers/loadCdnowSummary.ts";

const model = (params: BgNbdParams): CountModel => ({ model: "bg-nbd", params, unit: "week" });

describe("expectedPurchases", () => {
  it("gives E[X(52)] = 1.444 for a new CDNOW customer under the CDNOW fit (Fader, Hardie & Lee 2005 model)", () => {
    const fit = fitBgNbd(loadCdnowSummary(), { unit: "week" });
    // NOTE: the reference is given to 3 decimals.
    expectClose(expectedPurchases(fit, 52), 1.444, { abs: 5e-4 });
  });

  it("gives 1.446 with the paper's parameters rounded to 3 digits (r 0.243, α 4.414, a 0.793, b 2.426), and 0 at t = 0", () => {
    const published = model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    expectClose(expectedPurchases(published, 52), 1.446, { abs: 5e-4 });
    expect(expectedPurchases(published, 0)).toBe(0);
  });

  it("tends to the initial purchase rate r/α for short horizons, also at a = 1 where the closed form is 0/0", () => {
    // Regression: the closed form's bracket cancels as t → 0 (it returned 0 at t = 6.1e-13 with a = 1).
    for (const a of [1, 0.793, 2.5]) {
      const m = model({ r: 0.3932505215749881, alpha: 1, a, b: 1.3 });
      for (const t of [1e-300, 1e-13, 6.098108589186052e-13, 1e-9, 1e-6]) {
        // NOTE: E[X(t)] = (r/α)·t·(1 + O(t)); 1e-6 relative covers the O(t) term at t = 1e-6.
        expectClose(expectedPurchases(m, t) / t, 0.3932505215749881, { rel: 1e-6 }, `a ${a}, t ${t}`);
      }
    }
  });

  it("is finite, ≥ 0 and non-decreasing in t (property over r, α 1e-3…1e3 and t up to 1e6)", () => {
    fc.assert(
      fc.property(
        bgNbdParams,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (params, u, v) => {
          const [t1, t2] = u < v ? [u, v] : [v, u];
          const e1 = expectedPurchases(model(params), t1);
          const e2 = expectedPurchases(model(params), t2);
          expect(e1).toBeGreaterThanOrEqual(0);
          // NOTE: relative slack for rounding, absolute slack for subnormal results (t below ~1e-300).
          expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-9) - 1e-300);
        },
      ),
    );
  });

  it("rejects a negative or non-finite t with invalid_input at t", () => {
    const m = model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    for (const t of [-1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(issuePaths(expectClienteleError(() => expectedPurchases(m, t), "invalid_input"))).toEqual(["t"]);
    }
  });

  it("does not mutate the fit", () => {
    const m = model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    const copy = structuredClone(m);
    expectedPurchases(m, 10);
    expect(m).toEqual(copy);
  });

  it("dispatches to Pareto/NBD (E[X(t)]/t → r/α at t = 1e-12) and MBG/NBD (→ b/(a + b) · r/α)", () => {
    const pareto: CountModel = {
      model: "pareto-nbd",
      params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
      unit: "week",
    };
    const mbg: CountModel = { model: "mbg-nbd", params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, unit: "week" };
    expectClose(expectedPurchases(pareto, 1e-12) / 1e-12, 0.553 / 10.578, { rel: 1e-10 });
    expectClose(expectedPurchases(mbg, 1e-12) / 1e-12, (1.614 / (0.891 + 1.614)) * (0.525 / 6.183), { rel: 1e-10 });
    expect(expectedPurchases(pareto, 52)).toBeGreaterThan(expectedPurchases(pareto, 39));
  });

  const donationsFit = { model: "bg-bb", params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;

  it("dispatches a BG/BB fit to E[X(n)] of FHS 2010 eq. 7 over n = 0…11 opportunities (1995 donors, 1996–2006)", () => {
    for (let n = 0; n <= 11; n++) {
      expectClose(expectedPurchases(donationsFit, n), bgBbExpectedPurchases(donationsFit, n), { rel: 1e-12 });
    }
    expect(expectedPurchases(donationsFit, 0)).toBe(0);
  });

  it("requires a whole number of opportunities for BG/BB (invalid_input at t)", () => {
    expect(issuePaths(expectClienteleError(() => expectedPurchases(donationsFit, 2.5), "invalid_input"))).toEqual([
      "t",
    ]);
  });
});
