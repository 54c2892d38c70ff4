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

  it("throws domain_error at params instead of NaN or Infinity spend for tiny shapes (issue 17, item 12: p = q = 1e-4, γ = 1e4)", () => {
    const frequencies = Array.from({ length: 200 }, (_, i) => 1 + (i % 5));
    const e = expectClienteleError(
      () => simulateGammaGamma({ params: { p: 1e-4, q: 1e-4, gamma: 1e4 }, frequencies, seed: 1 }),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["params"]);
    expect(e.message.split("\n")[0]).toBe(
      "simulateGammaGamma: ν of customer 0 is not a positive finite number (p = 0.0001, q = 0.0001, γ = 10000): shapes p·x or q far below 1 give Gamma draws whose logarithm is in the thousands",
    );
    const spend = expectClienteleError(
      () => simulateGammaGamma({ params: { p: 1e-4, q: 1, gamma: 1 }, frequencies, seed: 1 }),
      "domain_error",
    );
    expect(spend.message).toContain("the mean spend of customer 0");
  });

  it("returns positive finite ν and spend whenever it returns (small shapes, property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.nat(1000),
        (p, q, seed) => {
          const out = simulateGammaGamma({ params: { p, q, gamma: 1 }, frequencies: [0, 1, 2, 5], seed });
          for (const v of out.nu) expect(v > 0 && v <= Number.MAX_VALUE).toBe(true);
          for (const z of out.monetaryValue.subarray(1)) expect(z > 0 && z <= Number.MAX_VALUE).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
