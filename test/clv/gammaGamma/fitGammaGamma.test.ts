import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitGammaGamma } from "../../../src/clv/gammaGamma/fitGammaGamma.ts";
import { simulateGammaGamma } from "../../../src/clv/gammaGamma/simulateGammaGamma.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSpend } from "../../_helpers/loadCdnowSpend.ts";

const cdnow = loadCdnowSpend();
const fit = fitGammaGamma(cdnow);
// lifetimes 0.11.3 GammaGammaFitter on the same file (peer-reference.md)
const LIFETIMES = { p: 6.248802, q: 3.744588, gamma: 15.447748 };

describe("fitGammaGamma", () => {
  describe("CDNOW (Fader, Hardie & Lee 2005, RFM and CLV)", () => {
    it("reproduces Fader, Hardie & Lee (2005) Gamma-Gamma estimates on the 946 CDNOW repeat buyers (p 6.25, q 3.74, γ 15.44)", () => {
      // NOTE: the paper reports 2 decimals: agreement to half a unit in the last digit.
      expectClose(fit.params.p, 6.25, { abs: 5e-3 }, "p");
      expectClose(fit.params.q, 3.74, { abs: 5e-3 }, "q");
      expectClose(fit.params.gamma, 15.44, { abs: 1e-2 }, "gamma");
      expect(fit.model).toBe("gamma-gamma");
      expect(fit.n).toBe(946);
      expect(fit.excludedNonRepeaters).toBe(1411);
      expect(fit.converged).toBe(true);
      expect(fit.warnings).toEqual([]);
      expect("unit" in fit).toBe(false);
    });

    it("matches the lifetimes reference fit (p 6.248802, q 3.744588, γ 15.447748) to 1e-4 relative and LL −4055.92 to 1e-2", () => {
      // NOTE: the reference is given to 7 digits and both fits stop at a gradient tolerance.
      for (const name of ["p", "q", "gamma"] as const)
        expectClose(fit.params[name], LIFETIMES[name], { rel: 1e-4 }, name);
      expectClose(fit.logLikelihood, -4055.92, { abs: 1e-2 }, "logLikelihood");
      expectClose(fit.aic, 6 - 2 * fit.logLikelihood, { rel: 1e-12 }, "aic");
      expectClose(fit.bic, 3 * Math.log(946) - 2 * fit.logLikelihood, { rel: 1e-12 }, "bic");
    });

    it("reports the frequency–monetary correlation over the repeat buyers (Pearson 0.1139, as lifetimes' documentation shows), below the warning threshold", () => {
      expectClose(fit.frequencyMonetaryCorrelation!, 0.113884, { abs: 1e-5 });
    });

    it("gives a symmetric positive-definite covariance whose diagonal squares the standard errors", () => {
      const c = fit.covariance!;
      expect(c).toHaveLength(3);
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expectClose(c[i]![j]!, c[j]![i]!, { rel: 1e-9 });
      const names = ["p", "q", "gamma"] as const;
      names.forEach((name, i) => {
        expectClose(fit.standardErrors![name] ** 2, c[i]![i]!, { rel: 1e-12 }, name);
      });
      const det =
        c[0]![0]! * (c[1]![1]! * c[2]![2]! - c[1]![2]! * c[2]![1]!) -
        c[0]![1]! * (c[1]![0]! * c[2]![2]! - c[1]![2]! * c[2]![0]!) +
        c[0]![2]! * (c[1]![0]! * c[2]![1]! - c[1]![1]! * c[2]![0]!);
      expect(det).toBeGreaterThan(0);
    });

    it("accepts columns and a transaction summary's rows alike", () => {
      const columns = fitGammaGamma({
        frequency: cdnow.map((r) => r.frequency),
        monetaryValue: Float64Array.from(cdnow, (r) => r.monetaryValue),
      });
      expect(columns.params).toEqual(fit.params);
      const summary = fitGammaGamma({ rows: cdnow, metadata: {} } as never);
      expect(summary.params).toEqual(fit.params);
    });
  });

  it("recovers the parameters of simulated spend (p 6, q 4, γ 15; 20,000 customers, seed 11) within 3 standard errors", () => {
    const params = { p: 6, q: 4, gamma: 15 };
    const frequencies = Array.from({ length: 20_000 }, (_, i) => 1 + (i % 7));
    const data = simulateGammaGamma({ params, frequencies, seed: 11 });
    const sim = fitGammaGamma(data);
    for (const name of ["p", "q", "gamma"] as const) {
      const se = sim.standardErrors![name];
      expect(Math.abs(sim.params[name] - params[name]), name).toBeLessThan(3 * se);
    }
    expect(Math.abs(sim.frequencyMonetaryCorrelation!)).toBeLessThan(0.05);
  });

  it("warns when frequency and monetary value are correlated beyond |ρ| 0.3", () => {
    const frequency = Array.from({ length: 200 }, (_, i) => 1 + (i % 10));
    const monetaryValue = frequency.map((x, i) => 10 * x + 5 + (i % 3));
    const g = fitGammaGamma({ frequency, monetaryValue }, { allowNonConvergence: true, standardErrors: false });
    expect(g.frequencyMonetaryCorrelation!).toBeGreaterThan(0.3);
    const w = g.warnings.find((x) => x.code === "frequency_spend_correlation");
    expect(w?.parameter).toBeNull();
    expect(w?.message).toMatch(/^frequency and monetary value are correlated/);
  });

  it("reports a correlation of null when a column does not vary", () => {
    const g = fitGammaGamma(
      { frequency: [2, 2, 2, 2], monetaryValue: [10, 12, 30, 18] },
      { allowNonConvergence: true, standardErrors: false },
    );
    expect(g.frequencyMonetaryCorrelation).toBeNull();
  });

  it("throws domain_error listing every repeat customer with monetary value 0", () => {
    const e = expectClienteleError(
      () =>
        fitGammaGamma([
          { frequency: 1, monetaryValue: 0 },
          { frequency: 0, monetaryValue: 0 },
          { frequency: 3, monetaryValue: 12 },
          { frequency: 2, monetaryValue: 0 },
        ]),
      "domain_error",
    );
    expect(issuePaths(e)).toEqual(["rows[0].monetaryValue", "rows[3].monetaryValue"]);
    expect(e.message.split("\n")[0]).toMatchInlineSnapshot(
      `"fitGammaGamma: 2 repeat customers have monetary value 0; the Gamma-Gamma model needs positive spend (remove them, or replace zero-value purchases, and say so)"`,
    );
  });

  it("throws invalid_input for a missing monetary value of a repeat customer, a bad frequency, a negative value", () => {
    const e = expectClienteleError(
      () =>
        fitGammaGamma({
          frequency: [1, 1.5, 2],
          monetaryValue: [Number.NaN, 3, -1],
        }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["columns.monetaryValue[0]", "columns.frequency[1]", "columns.monetaryValue[2]"]);
    const missing = expectClienteleError(() => fitGammaGamma([{ frequency: 2 } as never]), "invalid_input");
    expect(issuePaths(missing)).toEqual(["rows[0].monetaryValue"]);
  });

  it("throws insufficient_data when no customer has a repeat purchase", () => {
    expectClienteleError(() => fitGammaGamma({ frequency: [0, 0], monetaryValue: [0, 0] }), "insufficient_data");
    expectClienteleError(() => fitGammaGamma([]), "insufficient_data");
  });

  it("rejects a time unit and unknown start parameters in the options", () => {
    const e = expectClienteleError(() => fitGammaGamma(cdnow, { unit: "week" } as never), "invalid_input");
    expect(issuePaths(e)).toEqual(["options.unit"]);
    const s = expectClienteleError(() => fitGammaGamma(cdnow, { start: { r: 1 } } as never), "invalid_input");
    expect(issuePaths(s)).toEqual(["options.start"]);
  });

  it("does not mutate its input and is deterministic", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            frequency: fc.integer({ min: 0, max: 8 }),
            monetaryValue: fc.double({ min: 1, max: 500, noNaN: true }),
          }),
          { minLength: 5, maxLength: 30 },
        ),
        (rows) => {
          fc.pre(rows.some((r) => r.frequency > 0));
          const copy = structuredClone(rows);
          const a = fitGammaGamma(rows, { allowNonConvergence: true, standardErrors: false, maxIterations: 50 });
          const b = fitGammaGamma(rows, { allowNonConvergence: true, standardErrors: false, maxIterations: 50 });
          expect(rows).toEqual(copy);
          expect(a).toEqual(b);
          expect(a.n + a.excludedNonRepeaters).toBe(rows.length);
        },
      ),
      { numRuns: 30 },
    );
  });

  describe("too little data (issue 16 item 4)", () => {
    it("throws insufficient_data for 1 customer and for 4 customers of whom 2 bought again (3 parameters need 3 repeat buyers; was not_converged)", () => {
      const one = expectClienteleError(
        () => fitGammaGamma({ frequency: [2], monetaryValue: [20] }),
        "insufficient_data",
      );
      expect(one.message).toMatch(
        /^fitGammaGamma: insufficient data: 1 repeat buyer, at least 3 needed; 3 parameters \(p, q, gamma\)/,
      );
      const four = expectClienteleError(
        () => fitGammaGamma({ frequency: [1, 0, 3, 0], monetaryValue: [20, 0, 30, 0] }),
        "insufficient_data",
      );
      expect(four.message).toMatch(/2 repeat buyers, at least 3 needed/);
      expect(issuePaths(four)).toEqual(["data"]);
    });

    it("throws insufficient_data for one repeat buyer in 500", () => {
      const frequency = Array.from({ length: 500 }, (_, i) => (i === 0 ? 2 : 0));
      const monetaryValue = frequency.map((x) => (x > 0 ? 25 : 0));
      const e = expectClienteleError(() => fitGammaGamma({ frequency, monetaryValue }), "insufficient_data");
      expect(e.message).toContain("1 repeat buyer, at least 3 needed");
    });

    it("counts identical (frequency, monetaryValue) once: 3 identical repeat buyers are 1 distinct history", () => {
      const e = expectClienteleError(
        () => fitGammaGamma({ frequency: [2, 2, 2], monetaryValue: [20, 20, 20] }),
        "insufficient_data",
      );
      expect(e.message).toMatch(
        /1 distinct repeat-buyer spend history \(distinct \(frequency, monetaryValue\)\) among 3 repeat buyers, at least 3 needed/,
      );
    });

    it("warns, naming the parameters, when 4 repeat buyers fit but leave the spend parameters undetermined", () => {
      const f = fitGammaGamma({ frequency: [1, 2, 3, 1], monetaryValue: [20, 25, 30, 22] }, { standardErrors: false });
      const named = f.warnings.filter((w) => w.code === "parameter_at_boundary").map((w) => w.parameter);
      expect(named.length).toBeGreaterThan(0);
      for (const p of named) expect(["p", "q", "gamma"]).toContain(p);
    });
  });
});

describe("fitGammaGamma on many rows that are not objects (issue 17 fuzz)", () => {
  it("keeps 10,000 issues and counts them all (it kept every one)", () => {
    const e = expectClienteleError(() => fitGammaGamma(new Array(20_000).fill(null)), "invalid_input");
    expect([e.issues.length, e.issueCount]).toEqual([10_000, 20_000]);
    expect(e.issues[0]?.path).toEqual(["rows", 0]);
  });
});
