import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BgNbdParams } from "../../src/clv/bgNbd/BgNbdParams.ts";
import type { CountModel } from "../../src/clv/CountModelFit.ts";
import { expectedPurchases } from "../../src/clv/expectedPurchases.ts";
import { purchaseCountProbability } from "../../src/clv/purchaseCountProbability.ts";
import { bgNbdParams } from "../_helpers/clvArbitraries.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const model = (params: BgNbdParams): CountModel => ({ model: "bg-nbd", params, unit: "week" });
const cdnow = model({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });

describe("purchaseCountProbability", () => {
  it("sums to 1 over n and has mean E[X(t)] (CDNOW parameters, t = 39 weeks)", () => {
    let sum = 0;
    let mean = 0;
    for (let n = 0; n <= 600; n++) {
      const p = purchaseCountProbability(cdnow, n, 39);
      sum += p;
      mean += n * p;
    }
    expectClose(sum, 1, { abs: 1e-9 });
    // NOTE: truncation at n = 600 leaves a tail of about 1e-9 in the mean.
    expectClose(mean, expectedPurchases(cdnow, 39), { rel: 1e-6 });
  });

  it("stays in [0, 1] and sums to at most 1 (property over r, α 1e-3…1e3 and t ≤ 100)", () => {
    fc.assert(
      fc.property(bgNbdParams, fc.double({ min: 0, max: 100, noNaN: true }), (params, t) => {
        let sum = 0;
        for (let n = 0; n < 30; n++) {
          const p = purchaseCountProbability(model(params), n, t);
          expect(p >= 0 && p <= 1).toBe(true);
          sum += p;
        }
        expect(sum).toBeLessThanOrEqual(1 + 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it("rejects a non-integer or negative n and a bad t with paths", () => {
    expect(issuePaths(expectClienteleError(() => purchaseCountProbability(cdnow, 1.5, 39), "invalid_input"))).toEqual([
      "n",
    ]);
    expect(issuePaths(expectClienteleError(() => purchaseCountProbability(cdnow, -1, 39), "invalid_input"))).toEqual([
      "n",
    ]);
    expect(
      issuePaths(expectClienteleError(() => purchaseCountProbability(cdnow, 1, Number.NaN), "invalid_input")),
    ).toEqual(["t"]);
  });

  it("does not mutate the fit", () => {
    const copy = structuredClone(cdnow);
    purchaseCountProbability(cdnow, 3, 39);
    expect(cdnow).toEqual(copy);
  });

  it("throws domain_error 'not available for Pareto/NBD' for a Pareto/NBD fit, and gives MBG/NBD probabilities that sum to 1", () => {
    const pareto: CountModel = {
      model: "pareto-nbd",
      params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
      unit: "week",
    };
    const e = expectClienteleError(() => purchaseCountProbability(pareto, 1, 39), "domain_error");
    expect(e.message).toMatch(/^purchaseCountProbability: not available for Pareto\/NBD/);
    const mbg: CountModel = { model: "mbg-nbd", params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, unit: "week" };
    let total = 0;
    for (let n = 0; n < 300; n++) total += purchaseCountProbability(mbg, n, 39);
    expectClose(total, 1, { abs: 1e-10 });
  });
});
