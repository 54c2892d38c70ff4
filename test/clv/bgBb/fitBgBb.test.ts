import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitBgBb } from "../../../src/clv/bgBb/fitBgBb.ts";
import { simulateBgBb } from "../../../src/clv/bgBb/simulateBgBb.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadDonations } from "../../_helpers/loadDonations.ts";

const donations = loadDonations();
const fit = fitBgBb(donations, { unit: "year" });
const NAMES = ["alpha", "beta", "gamma", "delta"] as const;
// lifetimes 0.11.3 / scipy on donations.csv
const LIFETIMES = { alpha: 1.203522, beta: 0.749716, gamma: 0.656718, delta: 2.783442 };

describe("fitBgBb", () => {
  it("reproduces Fader, Hardie & Shang (2010) BG/BB estimates on the donations data (α 1.204, β 0.750, γ 0.657, δ 2.783; LL −33,225.6)", () => {
    expectClose(fit.params.alpha, 1.204, { abs: 5e-4 });
    expectClose(fit.params.beta, 0.75, { abs: 5e-4 });
    expectClose(fit.params.gamma, 0.657, { abs: 5e-4 });
    expectClose(fit.params.delta, 2.783, { abs: 5e-4 });
    expectClose(fit.logLikelihood, -33225.6, { abs: 0.05 });
    expect(fit).toMatchObject({ model: "bg-bb", unit: "year", n: 11104, converged: true, warnings: [] });
  });

  it("matches the lifetimes 0.11.3 reference fit (α 1.203522, β .749716, γ .656718, δ 2.783442; LL −33225.58) to 1e-4 relative", () => {
    for (const name of NAMES) expectClose(fit.params[name], LIFETIMES[name], { rel: 1e-4 }, name);
    expectClose(fit.logLikelihood, -33225.58, { rel: 1e-6 });
    expectClose(fit.aic, 8 + 2 * 33225.58127, { rel: 1e-6 });
    expectClose(fit.bic, 4 * Math.log(11104) + 2 * 33225.58127, { rel: 1e-6 });
  });

  it("gives finite positive standard errors and a symmetric 4 × 4 covariance whose diagonal is their square", () => {
    expect(fit.covariance).not.toBeNull();
    const cov = fit.covariance!;
    NAMES.forEach((name, i) => {
      expect(fit.standardErrors![name]).toBeGreaterThan(0);
      expectClose(cov[i]![i]!, fit.standardErrors![name] ** 2, { rel: 1e-12 });
      for (let j = 0; j < 4; j++) expect(cov[i]![j]).toBe(cov[j]![i]);
    });
  });

  it("gives the same fit from pattern rows, expanded per-customer rows and columns", () => {
    const columns = {
      frequency: donations.map((r) => r.frequency),
      recency: donations.map((r) => r.recency),
      opportunities: donations.map((r) => r.opportunities),
      count: donations.map((r) => r.count!),
    };
    const fromColumns = fitBgBb(columns, { unit: "year", standardErrors: false });
    const plain = donations.flatMap((r) =>
      Array.from({ length: r.count! }, () => ({ frequency: r.frequency, recency: r.recency, opportunities: 6 })),
    );
    const fromPlain = fitBgBb(plain, { unit: "year", standardErrors: false });
    for (const name of NAMES) {
      expectClose(fromColumns.params[name], fit.params[name], { rel: 1e-9 }, name);
      expectClose(fromPlain.params[name], fit.params[name], { rel: 1e-9 }, name);
    }
  });

  it("recovers simulated parameters (20,000 customers, 6 opportunities) within 3 standard errors", () => {
    const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 };
    const sim = simulateBgBb({ params, customers: 20_000, opportunities: 6, seed: 11 });
    const recovered = fitBgBb(sim, { unit: "year" });
    for (const name of NAMES) {
      expect(Math.abs(recovered.params[name] - params[name])).toBeLessThan(3 * recovered.standardErrors![name]);
    }
  });

  it("rejects x > n with invalid_input at rows[1].frequency", () => {
    const error = expectClienteleError(
      () =>
        fitBgBb(
          [
            { frequency: 1, recency: 1, opportunities: 6 },
            { frequency: 7, recency: 6, opportunities: 6 },
          ],
          { unit: "year" },
        ),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["rows[1].frequency"]);
  });

  it("rejects non-integers, recency > n, x > t_x and x = 0 with t_x > 0, each with its path", () => {
    const error = expectClienteleError(
      () =>
        fitBgBb(
          {
            frequency: [1.5, 1, 3, 0],
            recency: [2, 7, 2, 3],
            opportunities: [6, 6, 6, 6],
          },
          { unit: "year" },
        ),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual([
      "columns.frequency[0]",
      "columns.recency[1]",
      "columns.frequency[2]",
      "columns.recency[3]",
    ]);
  });

  it("requires options.unit, and needs at least one transaction", () => {
    expect(issuePaths(expectClienteleError(() => fitBgBb(donations), "invalid_input"))).toEqual(["options.unit"]);
    expectClienteleError(
      () => fitBgBb([{ frequency: 0, recency: 0, opportunities: 6, count: 10 }], { unit: "year" }),
      "insufficient_data",
    );
    expectClienteleError(() => fitBgBb([], { unit: "year" }), "insufficient_data");
  });

  it("does not mutate its input", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 8 }).chain((n) =>
            fc.integer({ min: 0, max: n }).chain((tx) =>
              fc.record({
                frequency: tx === 0 ? fc.constant(0) : fc.integer({ min: 1, max: tx }),
                recency: fc.constant(tx),
                opportunities: fc.constant(n),
                count: fc.integer({ min: 1, max: 50 }),
              }),
            ),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        (rows) => {
          const copy = structuredClone(rows);
          try {
            fitBgBb(rows, { unit: "year", standardErrors: false, allowNonConvergence: true });
          } catch {
            // insufficient data or a start value outside the domain is fine here
          }
          expect(rows).toEqual(copy);
        },
      ),
      { numRuns: 20 },
    );
  });

  it("throws insufficient_data for fewer distinct patterns with a transaction than parameters (issue 16 item 4)", () => {
    const e = expectClienteleError(
      () =>
        fitBgBb(
          [
            { frequency: 2, recency: 4, opportunities: 6, count: 50 },
            { frequency: 0, recency: 0, opportunities: 6, count: 500 },
            { frequency: 6, recency: 6, opportunities: 6, count: 3 },
          ],
          { unit: "year" },
        ),
      "insufficient_data",
    );
    expect(issuePaths(e)).toEqual(["data"]);
    expect(e.message).toMatch(
      /^fitBgBb: insufficient data: 2 distinct patterns with a transaction \(frequency > 0; distinct \(frequency, recency, opportunities\)\) among 553 customers, at least 4 needed/,
    );
  });
});
