import { describe, expect, it } from "vitest";
import { fitMbgNbd } from "../../../src/clv/mbgNbd/fitMbgNbd.ts";
import { simulateMbgNbd } from "../../../src/clv/mbgNbd/simulateMbgNbd.ts";
import { parseAnyFit } from "../../../src/clv/parseAnyFit.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../../_helpers/loadCdnowSummary.ts";

const cdnow = loadCdnowSummary();
const fit = fitMbgNbd(cdnow, { unit: "week" });
// lifetimes 0.11.3 ModifiedBetaGeoFitter on cdnow_customers_summary.csv (peer-reference.md)
const LIFETIMES = { r: 0.524838, alpha: 6.182988, a: 0.891356, b: 1.614 };

describe("fitMbgNbd", () => {
  it("matches the lifetimes 0.11.3 MBG/NBD reference fit on CDNOW (r .524838, α 6.182988, a .891356, b 1.614000; LL −9582.13) to 1e-5 relative", () => {
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expectClose(fit.params[name], LIFETIMES[name], { rel: 1e-5 }, name);
    }
    expectClose(fit.logLikelihood, -9582.13, { abs: 0.005 });
    expect(fit.model).toBe("mbg-nbd");
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(2357);
    expect(fit.warnings).toEqual([]);
    expect(fit.standardErrors!.r).toBeGreaterThan(0);
  });

  it("recovers the parameters of 20,000 simulated customers within 3 standard errors (seed 3, T = 52)", () => {
    const truth = { r: 0.5, alpha: 6, a: 0.9, b: 1.6 };
    const sim = simulateMbgNbd({ params: truth, customers: 20_000, T: 52, seed: 3 });
    const recovered = fitMbgNbd(sim, { unit: "week" });
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(recovered.params[name] - truth[name]), name).toBeLessThan(3 * recovered.standardErrors![name]);
    }
  });

  it("round-trips through JSON with parseAnyFit", () => {
    expect(parseAnyFit(JSON.stringify(fit), "mbg-nbd")).toEqual(fit);
  });

  it("rejects bad rows with invalid_input and paths, and data without repeat purchases with insufficient_data", () => {
    const e = expectClienteleError(
      () => fitMbgNbd([{ customerId: "a", frequency: 1.5, recency: 0, T: 5 }], { unit: "week" }),
      "invalid_input",
    );
    expect(e.message).toMatch(/^fitMbgNbd: /);
    expect(issuePaths(e)).toEqual(["rows[0].frequency"]);
    expectClienteleError(
      () => fitMbgNbd([{ customerId: "a", frequency: 0, recency: 0, T: 5 }], { unit: "week" }),
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
    fitMbgNbd(columns, { unit: "week", allowNonConvergence: true, standardErrors: false });
    expect(columns).toEqual(copy);
  });

  it("throws insufficient_data on one customer and on one repeat buyer in 500 (issue 16 item 4)", () => {
    const one = expectClienteleError(
      () => fitMbgNbd([{ customerId: "a", frequency: 2, recency: 10, T: 20 }], { unit: "week" }),
      "insufficient_data",
    );
    expect(one.message).toContain("1 customer, at least 4 needed");
    const rows = Array.from({ length: 500 }, (_, i) => ({
      customerId: `c${i}`,
      frequency: i === 0 ? 1 : 0,
      recency: i === 0 ? 4 : 0,
      T: 20,
    }));
    const sparse = expectClienteleError(() => fitMbgNbd(rows, { unit: "week" }), "insufficient_data");
    expect(sparse.message).toMatch(/1 distinct repeat-buyer history .* among 500 customers, at least 4 needed/);
  });
});
