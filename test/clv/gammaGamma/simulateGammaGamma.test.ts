import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateGammaGamma } from "../../../src/clv/gammaGamma/simulateGammaGamma.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("simulateGammaGamma", () => {
  it("is reproducible: the same seed gives the same values, and customer i does not depend on the others", () => {
    const params = { p: 6, q: 4, gamma: 15 };
    const a = simulateGammaGamma({ params, frequencies: [1, 2, 3, 0, 5], seed: 3 });
    const b = simulateGammaGamma({ params, frequencies: [1, 2, 3, 0, 5], seed: 3 });
    expect(a).toEqual(b);
    const head = simulateGammaGamma({ params, frequencies: [1, 2], seed: 3 });
    expect([...head.monetaryValue]).toEqual([...a.monetaryValue.slice(0, 2)]);
    expect(a.monetaryValue[3]).toBe(0);
    expect([...a.customerId]).toEqual([0, 1, 2, 3, 4]);
  });

  it("has the model's moments: E[z̄] = pγ/(q − 1) (40,000 customers with x = 1; mean within 2% of 30)", () => {
    const params = { p: 6, q: 4, gamma: 15 };
    const s = simulateGammaGamma({ params, frequencies: new Array(40_000).fill(1), seed: 5 });
    let mean = 0;
    for (const z of s.monetaryValue) mean += z;
    mean /= s.monetaryValue.length;
    // NOTE: Monte-Carlo: the standard error of the mean is about 0.13 here (Var z = E[Var|ν] + Var E[z|ν]).
    expectClose(mean, 30, { rel: 0.02 });
    let nuMean = 0;
    for (const v of s.nu) nuMean += v;
    expectClose(nuMean / s.nu.length, 4 / 15, { rel: 0.02 });
  });

  it("throws invalid_input for a bad frequency, parameter or seed, with paths", () => {
    const e = expectClienteleError(
      () => simulateGammaGamma({ params: { p: 6, q: 4, gamma: 15 }, frequencies: [1, -1, 2.5], seed: 1 }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["frequencies[1]", "frequencies[2]"]);
    const p = expectClienteleError(
      () => simulateGammaGamma({ params: { p: 0, q: 4, gamma: 15 }, frequencies: [1], seed: -1 }),
      "invalid_input",
    );
    expect(issuePaths(p)).toEqual(["params.p", "seed"]);
  });

  it("does not mutate its input and returns finite values ≥ 0", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), fc.nat(), (frequencies, seed) => {
        const copy = [...frequencies];
        const s = simulateGammaGamma({ params: { p: 2, q: 3, gamma: 10 }, frequencies, seed });
        expect(frequencies).toEqual(copy);
        for (const z of s.monetaryValue) expect(Number.isFinite(z) && z >= 0).toBe(true);
      }),
    );
  });
});
