import { describe, expect, it } from "vitest";
import { fitParetoNbd } from "../../../src/clv/paretoNbd/fitParetoNbd.ts";
import { simulateParetoNbd } from "../../../src/clv/paretoNbd/simulateParetoNbd.ts";
import { parseAnyFit } from "../../../src/clv/parseAnyFit.ts";
import { isClienteleError } from "../../../src/errors/ClienteleError.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../../_helpers/loadCdnowSummary.ts";

const cdnow = loadCdnowSummary();
const fit = fitParetoNbd(cdnow, { unit: "week" });
// lifetimes 0.11.3 ParetoNBDFitter on cdnow_customers_summary.csv (peer-reference.md)
const LIFETIMES = { r: 0.553282, alpha: 10.577753, s: 0.606171, beta: 11.666907 };

describe("fitParetoNbd", () => {
  it("reproduces Fader, Hardie & Lee (2005, 'RFM and CLV') Pareto/NBD estimates on CDNOW (r 0.553, α 10.578, s 0.606; β 11.669 loosely; LL −9595.0)", () => {
    expectClose(fit.params.r, 0.553, { abs: 5e-4 });
    expectClose(fit.params.alpha, 10.578, { abs: 5e-3 });
    expectClose(fit.params.s, 0.606, { abs: 5e-4 });
    // NOTE: β is poorly identified: its SE is about 6 (half its value) and ln L changes by < 1e-5 when β
    // moves by 0.01 along the ridge, so optimisers stopping at a gradient tolerance differ in its 3rd digit.
    expectClose(fit.params.beta, 11.669, { abs: 0.02 });
    expectClose(fit.logLikelihood, -9595.0, { abs: 0.05 });
    expect(fit.model).toBe("pareto-nbd");
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(2357);
    expect(fit.warnings).toEqual([]);
  });

  it("matches the lifetimes 0.11.3 reference fit (r .553282, α 10.577753, s .606171 to 1e-4 relative; β 11.666907 to 1e-3; LL −9594.97)", () => {
    expectClose(fit.params.r, LIFETIMES.r, { rel: 1e-4 });
    expectClose(fit.params.alpha, LIFETIMES.alpha, { rel: 1e-4 });
    expectClose(fit.params.s, LIFETIMES.s, { rel: 1e-4 });
    expectClose(fit.params.beta, LIFETIMES.beta, { rel: 1e-3 });
    expectClose(fit.logLikelihood, -9594.97, { abs: 0.005 });
    expectClose(fit.aic, 8 - 2 * fit.logLikelihood, { rel: 1e-12 });
  });

  it("reports positive standard errors and a symmetric 4 × 4 covariance whose diagonal is their square", () => {
    const se = fit.standardErrors!;
    const cov = fit.covariance!;
    expect(cov).toHaveLength(4);
    (["r", "alpha", "s", "beta"] as const).forEach((name, i) => {
      expect(se[name]).toBeGreaterThan(0);
      expectClose(cov[i]![i]!, se[name] ** 2, { rel: 1e-12 });
      for (let j = 0; j < 4; j++) expect(cov[i]![j]).toBe(cov[j]![i]);
    });
    // β's SE is about half its value: the reason its test tolerance is loose.
    expect(se.beta / fit.params.beta).toBeGreaterThan(0.3);
  });

  it("recovers the parameters of 10,000 simulated customers within 3 standard errors (seed 11, T = 52)", () => {
    const truth = { r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 };
    const sim = simulateParetoNbd({ params: truth, customers: 10_000, T: 52, seed: 11 });
    const recovered = fitParetoNbd(sim, { unit: "week" });
    for (const name of ["r", "alpha", "s", "beta"] as const) {
      expect(Math.abs(recovered.params[name] - truth[name]), name).toBeLessThan(3 * recovered.standardErrors![name]);
    }
  });

  it("round-trips through JSON with parseAnyFit", () => {
    expect(parseAnyFit(JSON.stringify(fit), "pareto-nbd")).toEqual(fit);
  });

  it("rejects bad rows with invalid_input and paths, and data without repeat purchases with insufficient_data", () => {
    const e = expectClienteleError(
      () =>
        fitParetoNbd(
          [
            { customerId: "a", frequency: -1, recency: 0, T: 5 },
            { customerId: "b", frequency: 1, recency: Number.NaN, T: 5 },
          ],
          { unit: "week" },
        ),
      "invalid_input",
    );
    expect(e.message).toMatch(/^fitParetoNbd: /);
    expect(issuePaths(e)).toEqual(["rows[0].frequency", "rows[1].recency"]);
    expectClienteleError(
      () => fitParetoNbd([{ customerId: "a", frequency: 0, recency: 0, T: 5 }], { unit: "week" }),
      "insufficient_data",
    );
  });

  it("does not mutate its input", () => {
    const columns = {
      customerId: [1, 2, 3, 4, 5],
      frequency: [2, 0, 4, 1, 3],
      recency: [30, 0, 35, 12, 20],
      T: [38, 38, 38, 38, 38],
    };
    const copy = structuredClone(columns);
    fitParetoNbd(columns, { unit: "week", allowNonConvergence: true, standardErrors: false });
    expect(columns).toEqual(copy);
  });

  it("ends degenerate data (issue 17: T near 0) with a fit or a typed error, the ₂F₁ work per evaluation bounded", () => {
    const rows = (recency: number, T: number) =>
      Array.from({ length: 30 }, (_, i) => ({ customerId: `c${i}`, frequency: 1 + (i % 4), recency, T }));
    for (const [data, unit] of [
      [rows(1e-9, 2e-9), "week"],
      [rows(5e-10, 1e-9), "year"],
    ] as const) {
      try {
        const result = fitParetoNbd(data, { unit });
        expect(result.converged).toBe(true);
        expect(Number.isFinite(result.logLikelihood)).toBe(true);
      } catch (error) {
        expect(isClienteleError(error, "not_converged") || isClienteleError(error, "domain_error")).toBe(true);
      }
    }
  });

  it("ends a fit with an unreachable tolerance (1e-300, 100 CDNOW rows) with not_converged naming its options", () => {
    const e = expectClienteleError(
      () => fitParetoNbd(cdnow.slice(0, 100), { unit: "week", tolerance: 1e-300 }),
      "not_converged",
    );
    expect(e.message).toContain("options.maxIterations");
  });

  it("throws insufficient_data on one customer (issue 16 item 4: was converged: true with r 1.6e7, α 2.1e8)", () => {
    const e = expectClienteleError(
      () => fitParetoNbd([{ customerId: "a", frequency: 2, recency: 10, T: 20 }], { unit: "week" }),
      "insufficient_data",
    );
    expect(e.message).toMatch(
      /^fitParetoNbd: insufficient data: 1 customer, at least 4 needed; 4 parameters \(r, alpha, s, beta\)/,
    );
  });
});
