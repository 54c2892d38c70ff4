import { describe, expect, it } from "vitest";
import { likelihoodRatioTest } from "../../../src/clv/checking/likelihoodRatioTest.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const base = { unit: "week", n: 500, penalty: 0 } as const;
const three = { r: 1, alpha: 1, a: 1 };
const four = { r: 1, alpha: 1, a: 1, b: 1 };

describe("likelihoodRatioTest", () => {
  it("gives statistic 2ΔlnL and p = 0.05 at the χ²_1 quantile 3.841458820694124 (df from the parameter counts)", () => {
    const r = likelihoodRatioTest(
      { ...base, params: three, logLikelihood: -1000 },
      { ...base, params: four, logLikelihood: -1000 + 3.841458820694124 / 2 },
    );
    expect(r.df).toBe(1);
    expectClose(r.statistic, 3.841458820694124, { rel: 1e-12 });
    expectClose(r.pValue, 0.05, { rel: 1e-9 });
  });

  it("uses options.df when the models have the same parameter count (a parameter fixed rather than removed)", () => {
    const r = likelihoodRatioTest(
      { ...base, params: four, logLikelihood: -1000 },
      { ...base, params: four, logLikelihood: -997 },
      { df: 2 },
    );
    expect([r.statistic, r.df]).toEqual([6, 2]);
    expectClose(r.pValue, Math.exp(-3), { rel: 1e-14 });
  });

  it("sets a tiny negative statistic (optimiser noise) to 0 with p = 1", () => {
    const r = likelihoodRatioTest(
      { ...base, params: three, logLikelihood: -1000 },
      { ...base, params: four, logLikelihood: -1000 - 1e-9 },
    );
    expect(r).toEqual({ statistic: 0, df: 1, pValue: 1 });
  });

  it("throws domain_error for fits on different data, penalised fits, no inferable df, or a restricted fit clearly better", () => {
    const r = { ...base, params: three, logLikelihood: -1000 };
    const f = { ...base, params: four, logLikelihood: -990 };
    expect(issuePaths(expectClienteleError(() => likelihoodRatioTest(r, { ...f, n: 499 }), "domain_error"))).toEqual([
      "full.n",
    ]);
    expect(
      issuePaths(expectClienteleError(() => likelihoodRatioTest(r, { ...f, unit: "day" }), "domain_error")),
    ).toEqual(["full.unit"]);
    expect(
      issuePaths(expectClienteleError(() => likelihoodRatioTest({ ...r, penalty: 0.01 }, f), "domain_error")),
    ).toEqual(["restricted.penalty"]);
    expect(
      issuePaths(expectClienteleError(() => likelihoodRatioTest({ ...r, params: four }, f), "domain_error")),
    ).toEqual(["options.df"]);
    expect(
      issuePaths(
        expectClienteleError(() => likelihoodRatioTest(f, { ...r, params: { ...four, c: 1 } }), "domain_error"),
      ),
    ).toEqual(["restricted.logLikelihood"]);
  });

  it("throws invalid_input for a non-finite log-likelihood or a bad df", () => {
    const r = { ...base, params: three, logLikelihood: Number.NaN };
    const f = { ...base, params: four, logLikelihood: -990 };
    expect(issuePaths(expectClienteleError(() => likelihoodRatioTest(r, f), "invalid_input"))).toEqual([
      "restricted.logLikelihood",
    ]);
    expectClienteleError(() => likelihoodRatioTest({ ...r, logLikelihood: -1000 }, f, { df: 0 }), "invalid_input");
  });

  it("does not mutate its inputs", () => {
    const r = { ...base, params: three, logLikelihood: -1000 };
    const f = { ...base, params: four, logLikelihood: -990 };
    const copies = structuredClone([r, f]);
    likelihoodRatioTest(r, f);
    expect([r, f]).toEqual(copies);
  });

  it("describes a Symbol unit or n in its domain_error instead of throwing a TypeError (issue 17, item 9)", () => {
    const sym = Symbol("u");
    const unit = expectClienteleError(
      () =>
        likelihoodRatioTest(
          { ...base, params: three, logLikelihood: -1000 },
          { ...base, unit: sym as never, params: four, logLikelihood: -999 },
        ),
      "domain_error",
    );
    expect(unit.message).toBe(
      'likelihoodRatioTest: the fits are in different units ("week" and symbol), so their log-likelihoods are not comparable\n  ✖ the fits are in different units ("week" and symbol), so their log-likelihoods are not comparable → at full.unit',
    );
    const n = expectClienteleError(
      () =>
        likelihoodRatioTest(
          { ...base, n: sym as never, params: three, logLikelihood: -1000 },
          { ...base, params: four, logLikelihood: -999 },
        ),
      "domain_error",
    );
    expect(n.message.split("\n")[0]).toBe(
      "likelihoodRatioTest: the fits have different numbers of customers (symbol and 500)",
    );
  });
});
