import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCdnowSample } from "../../../examples/_data/cdnow.ts";
import { buildCountData } from "../../../src/clv/_internal/buildCountData.ts";
import { bgNbdLogLikelihood } from "../../../src/clv/bgNbd/_internal/bgNbdLogLikelihood.ts";
import { fitBgNbd } from "../../../src/clv/bgNbd/fitBgNbd.ts";
import { simulateBgNbd } from "../../../src/clv/bgNbd/simulateBgNbd.ts";
import { hessian } from "../../../src/math/hessian.ts";
import { invertSymmetric } from "../../../src/math/invertSymmetric.ts";
import { compressSummaries } from "../../../src/rfm/compressSummaries.ts";
import { summarizeTransactions } from "../../../src/rfm/summarizeTransactions.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowSummary } from "../../_helpers/loadCdnowSummary.ts";

const cdnow = loadCdnowSummary();
const fit = fitBgNbd(cdnow, { unit: "week" });
const NAMES = ["r", "alpha", "a", "b"] as const;
// lifetimes 0.11.3 on cdnow_customers_summary.csv (peer-reference.md)
const LIFETIMES = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };

describe("fitBgNbd", () => {
  describe("CDNOW (Fader, Hardie & Lee 2005)", () => {
    it("reproduces Fader, Hardie & Lee (2005) BG/NBD estimates on CDNOW (r 0.243, α 4.414, a 0.793, b 2.426; LL −9582.4)", () => {
      // NOTE: the paper reports 3 decimals (LL 1 decimal): agreement to half a unit in the last digit.
      expectClose(fit.params.r, 0.243, { abs: 5e-4 });
      expectClose(fit.params.alpha, 4.414, { abs: 5e-4 });
      expectClose(fit.params.a, 0.793, { abs: 5e-4 });
      expectClose(fit.params.b, 2.426, { abs: 5e-4 });
      expectClose(fit.logLikelihood, -9582.4, { abs: 0.05 });
      expect(fit.converged).toBe(true);
      expect(fit.model).toBe("bg-nbd");
      expect(fit.unit).toBe("week");
      expect(fit.n).toBe(2357);
      expect(fit.warnings).toEqual([]);
    });

    it("matches the lifetimes 0.11.3 reference fit on the same file (r .242593, α 4.413532, a .792886, b 2.425752; LL −9582.43) to 1e-4 relative", () => {
      // NOTE: the reference values are given to 6 digits; both fits stop at a gradient tolerance.
      for (const name of NAMES) expectClose(fit.params[name], LIFETIMES[name], { rel: 1e-4 }, name);
      expectClose(fit.logLikelihood, -9582.43, { rel: 1e-6 });
      expectClose(fit.aic, 8 + 2 * 9582.4256, { rel: 1e-6 });
      expectClose(fit.bic, 4 * Math.log(2357) + 2 * 9582.4256, { rel: 1e-6 });
    });

    it("gives the same estimates from the summary rebuilt from CDNOW_sample.txt (unit week from the metadata; csv rounded to 0.01 week)", () => {
      const summary = summarizeTransactions(loadCdnowSample(), {
        unit: "week",
        calibrationEnd: "1997-09-30",
        observationEnd: "1998-06-30",
      });
      const rebuilt = fitBgNbd(summary);
      expect(rebuilt.unit).toBe("week");
      expect(rebuilt.n).toBe(2357);
      // NOTE: the csv's recency and T are rounded to 0.01 week, which moves the estimates in the 5th digit.
      for (const name of NAMES) expectClose(rebuilt.params[name], LIFETIMES[name], { rel: 1e-4 }, name);
      expectClose(rebuilt.logLikelihood, -9582.43, { abs: 0.005 });
    });

    it("gives the same fit from rows, columns and compressed summaries", () => {
      const columns = {
        customerId: cdnow.map((r) => r.customerId),
        frequency: Float64Array.from(cdnow, (r) => r.frequency),
        recency: Float64Array.from(cdnow, (r) => r.recency),
        T: Float64Array.from(cdnow, (r) => r.T),
      };
      for (const other of [fitBgNbd(columns, { unit: "week" }), fitBgNbd(compressSummaries(cdnow), { unit: "week" })]) {
        for (const name of NAMES) expectClose(other.params[name], fit.params[name], { rel: 1e-7 }, name);
        expectClose(other.logLikelihood, fit.logLikelihood, { rel: 1e-12 });
      }
    });

    it("reports a symmetric positive-definite covariance equal to the inverse Hessian of −ln L in the natural parameters (delta method, off-diagonals included)", () => {
      const cov = fit.covariance!;
      for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(cov[i]![j]).toBe(cov[j]![i]);
      expect(() => invertSymmetric(cov)).not.toThrow(); // Cholesky succeeds: positive definite
      for (let i = 0; i < 4; i++) expectClose(fit.standardErrors![NAMES[i]!], Math.sqrt(cov[i]![i]!), { rel: 1e-15 });
      // Independent check: the Hessian of −ln L with respect to θ itself (not ln θ), by second differences.
      const ll = bgNbdLogLikelihood(
        buildCountData(
          cdnow.length,
          cdnow.map((r) => r.frequency),
          cdnow.map((r) => r.recency),
          cdnow.map((r) => r.T),
          undefined,
        ),
      );
      const g = new Float64Array(4);
      const negLL = (theta: Float64Array) => -ll(theta.map(Math.log), g);
      const natural = invertSymmetric(
        hessian(
          negLL,
          NAMES.map((n) => fit.params[n]),
        ),
      );
      for (let i = 0; i < 4; i++) {
        for (let j = 0; j < 4; j++) {
          // NOTE: value-only second differences are accurate to about 1e-5 here.
          expectClose(
            cov[i]![j]!,
            natural[i]![j]!,
            { rel: 1e-3, abs: 1e-3 * Math.sqrt(cov[i]![i]! * cov[j]![j]!) },
            `cov[${i}][${j}]`,
          );
        }
      }
    });

    it("converges from other start values to the same estimates", () => {
      const other = fitBgNbd(cdnow, { unit: "week", start: { r: 1, alpha: 1, a: 1, b: 1 }, standardErrors: false });
      for (const name of NAMES) expectClose(other.params[name], fit.params[name], { rel: 1e-5 }, name);
      expect(other.standardErrors).toBeNull();
      expect(other.covariance).toBeNull();
    });
  });

  describe("parameter recovery on simulated data (simulateBgNbd, fixed seeds)", () => {
    it.each([
      ["G1: r 0.25, α 4, a 0.8, b 2.5, T 52", { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 52, 42],
      ["r 1, α 10, a 2, b 5, T 20…52", { r: 1, alpha: 10, a: 2, b: 5 }, "varied", 7],
      ["r 0.5, α 2, a 0.5, b 6, T 104", { r: 0.5, alpha: 2, a: 0.5, b: 6 }, 104, 2024],
    ] as const)("fits back %s from 20,000 customers within 3 standard errors", (_label, params, T, seed) => {
      const customers = 20_000;
      const ages = T === "varied" ? Float64Array.from({ length: customers }, (_, i) => 20 + (i % 33)) : T;
      const sim = simulateBgNbd({ params, customers, T: ages, seed });
      const recovered = fitBgNbd(sim, { unit: "week" });
      expect(recovered.converged).toBe(true);
      for (const name of NAMES) {
        const z = (recovered.params[name] - params[name]) / recovered.standardErrors![name];
        expect(
          Math.abs(z),
          `${name}: estimate ${recovered.params[name]}, SE ${recovered.standardErrors![name]}`,
        ).toBeLessThan(3);
      }
    });
  });

  describe("options", () => {
    it("throws not_converged with maxIterations: 2, naming the option to change", () => {
      const e = expectClienteleError(() => fitBgNbd(cdnow, { unit: "week", maxIterations: 2 }), "not_converged");
      expect(e.message).toMatch(/^fitBgNbd: did not converge after 2 iterations/);
      expect(e.message).toContain("options.maxIterations");
    });

    it("returns converged: false with a warning when allowNonConvergence is set", () => {
      const partial = fitBgNbd(cdnow, {
        unit: "week",
        maxIterations: 2,
        allowNonConvergence: true,
        standardErrors: false,
      });
      expect(partial.converged).toBe(false);
      expect(partial.iterations).toBe(2);
      expect(partial.warnings[0]?.code).toBe("not_converged");
      expect(partial.warnings[0]?.message).toMatch(/^did not converge/);
    });

    it("shrinks the log-parameters towards 0 with a penalty, and records it", () => {
      const penalised = fitBgNbd(cdnow, { unit: "week", penalty: 0.01 });
      const size = (p: typeof fit.params) => NAMES.reduce((s, n) => s + Math.log(p[n]) ** 2, 0);
      expect(size(penalised.params)).toBeLessThan(size(fit.params));
      expect(penalised.penalty).toBe(0.01);
      expect(penalised.logLikelihood).toBeLessThan(fit.logLikelihood);
    });
  });

  describe("input validation", () => {
    it("rejects negative, NaN and non-integer values with invalid_input and paths", () => {
      const e = expectClienteleError(
        () =>
          fitBgNbd(
            [
              { customerId: "a", frequency: 1.5, recency: 1, T: 2 },
              { customerId: "b", frequency: 1, recency: Number.NaN, T: 2 },
              { customerId: "c", frequency: 1, recency: 1, T: -2 },
            ],
            { unit: "week" },
          ),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["rows[0].frequency", "rows[1].recency", "rows[2].T"]);
      expect(e.message).toMatch(/^fitBgNbd: invalid input/);
    });

    it("rejects recency > T and recency > 0 with frequency 0 as impossible rows (domain_error, as parseSummaries)", () => {
      const e = expectClienteleError(
        () =>
          fitBgNbd(
            [
              { customerId: "a", frequency: 1, recency: 40, T: 38 },
              { customerId: "b", frequency: 0, recency: 3, T: 38 },
            ],
            { unit: "week" },
          ),
        "domain_error",
      );
      expect(issuePaths(e)).toEqual(["rows[0].recency", "rows[1].recency"]);
    });

    it("requires the unit for rows and rejects a unit contradicting the summary's metadata", () => {
      expect(issuePaths(expectClienteleError(() => fitBgNbd(cdnow), "invalid_input"))).toEqual(["options.unit"]);
      const summary = { rows: cdnow, metadata: { unit: "week" } } as unknown as Parameters<typeof fitBgNbd>[0];
      expect(issuePaths(expectClienteleError(() => fitBgNbd(summary, { unit: "day" }), "invalid_input"))).toEqual([
        "options.unit",
      ]);
    });

    it("throws insufficient_data for no customers or no repeat purchase", () => {
      expectClienteleError(() => fitBgNbd([], { unit: "week" }), "insufficient_data");
      expectClienteleError(
        () => fitBgNbd([{ customerId: "a", frequency: 0, recency: 0, T: 5 }], { unit: "week" }),
        "insufficient_data",
      );
    });
  });

  it("fits heavy buyers (x = 500, T = 5000) without overflow", () => {
    const rows = [
      ...cdnow,
      { customerId: "h1", frequency: 500, recency: 4999, T: 5000 },
      { customerId: "h2", frequency: 300, recency: 2000, T: 5000 },
    ];
    const heavy = fitBgNbd(rows, { unit: "week" });
    expect(heavy.converged).toBe(true);
    for (const name of NAMES) expect(Number.isFinite(heavy.params[name])).toBe(true);
    expect(Number.isFinite(heavy.logLikelihood)).toBe(true);
  });

  it("does not mutate its input (property over small data sets)", () => {
    const row = fc
      .record({
        x: fc.integer({ min: 0, max: 6 }),
        tx: fc.double({ min: 0, max: 30, noNaN: true }),
        extra: fc.double({ min: 0, max: 10, noNaN: true }),
      })
      .map(({ x, tx, extra }) => ({ frequency: x, recency: x === 0 ? 0 : tx, T: (x === 0 ? 0 : tx) + extra }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 12 }), (rows) => {
        const input = [
          ...rows.map((r, i) => ({ customerId: i, ...r })),
          { customerId: "x", frequency: 2, recency: 5, T: 9 },
        ];
        const copy = structuredClone(input);
        try {
          fitBgNbd(input, { unit: "day", standardErrors: false, allowNonConvergence: true });
        } catch {
          // Tiny data sets may legitimately fail (e.g. a flat likelihood); only mutation matters here.
        }
        expect(input).toEqual(copy);
      }),
      { numRuns: 30 },
    );
  });

  describe("too little data (issue 16 item 4): insufficient_data saying how many there are and how many are needed", () => {
    it("throws for 1 customer: 4 parameters need at least 4 customers", () => {
      const e = expectClienteleError(
        () => fitBgNbd([{ customerId: "a", frequency: 2, recency: 10, T: 20 }], { unit: "week" }),
        "insufficient_data",
      );
      expect(issuePaths(e)).toEqual(["data"]);
      expect(e.message).toMatch(
        /^fitBgNbd: insufficient data: 1 customer, at least 4 needed; 4 parameters \(r, alpha, a, b\)/,
      );
    });

    it("throws for 4 customers of whom 3 bought again: 3 distinct repeat-buyer histories, at least 4 needed", () => {
      const four = [
        { customerId: "a", frequency: 2, recency: 10, T: 20 },
        { customerId: "b", frequency: 0, recency: 0, T: 20 },
        { customerId: "c", frequency: 1, recency: 5, T: 18 },
        { customerId: "d", frequency: 3, recency: 15, T: 19 },
      ];
      const e = expectClienteleError(() => fitBgNbd(four, { unit: "week" }), "insufficient_data");
      expect(e.message).toMatch(
        /^fitBgNbd: insufficient data: 3 distinct repeat-buyer histories \(frequency > 0; distinct \(frequency, recency, T\)\) among 4 customers, at least 4 needed/,
      );
      expect(e.message).not.toContain("maxIterations");
    });

    it("throws for one repeat buyer in 500 customers (was not_converged with line-search advice)", () => {
      const rows = Array.from({ length: 500 }, (_, i) => ({
        customerId: `c${i}`,
        frequency: i === 0 ? 1 : 0,
        recency: i === 0 ? 4 : 0,
        T: 20 + (i % 10),
      }));
      const e = expectClienteleError(() => fitBgNbd(rows, { unit: "week" }), "insufficient_data");
      expect(e.message).toMatch(/1 distinct repeat-buyer history .* among 500 customers, at least 4 needed/);
    });

    it("counts identical repeat-buyer histories once: 40 customers with the same (x, t_x, T) are one history", () => {
      const rows = Array.from({ length: 40 }, (_, i) => ({ customerId: `c${i}`, frequency: 2, recency: 8, T: 30 }));
      const e = expectClienteleError(() => fitBgNbd(rows, { unit: "week" }), "insufficient_data");
      expect(e.message).toMatch(/1 distinct repeat-buyer history .* among 40 customers/);
    });

    it("warns, naming a and b and what they mean, when the data show no dropout (every repeat buyer active at T)", () => {
      // Every customer's last purchase is at T: no sign of dropout, so the dropout probability runs to 0.
      const rows = Array.from({ length: 200 }, (_, i) => {
        const x = i % 7;
        return { customerId: `c${i}`, frequency: x, recency: x === 0 ? 0 : 40, T: 40 };
      });
      const f = fitBgNbd(rows, { unit: "week", allowNonConvergence: true });
      const named = f.warnings.filter((w) => w.code === "parameter_at_boundary");
      expect(named.map((w) => w.parameter)).toContain("a");
      expect(named.find((w) => w.parameter === "a")!.message).toContain("the data show no sign of dropout");
    });
  });

  describe("progress and cancellation (issue 16 item 10)", () => {
    it("reports each BFGS iteration in phase fit, done increasing, the last report done = total = iterations", () => {
      const seen: { done: number; total: number; phase?: string | undefined }[] = [];
      const tracked = fitBgNbd(cdnow, { unit: "week", onProgress: (p) => seen.push(p) });
      expect(seen.every((p) => p.phase === "fit")).toBe(true);
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
      expect(seen.at(-1)).toEqual({ done: tracked.iterations, total: tracked.iterations, phase: "fit" });
      expect(seen.length).toBe(tracked.iterations + 1);
      expect(tracked.params).toEqual(fit.params);
    });

    it("throws aborted, named fitBgNbd, before starting when the signal is already aborted", () => {
      const controller = new AbortController();
      controller.abort("user cancelled");
      const e = expectClienteleError(() => fitBgNbd(cdnow, { unit: "week", signal: controller.signal }), "aborted");
      expect(e.message).toBe("fitBgNbd: aborted by options.signal");
      expect(e.cause).toBe("user cancelled");
    });

    it("stops at the next iteration when onProgress aborts mid-way", () => {
      const controller = new AbortController();
      const dones: number[] = [];
      expectClienteleError(
        () =>
          fitBgNbd(cdnow, {
            unit: "week",
            signal: controller.signal,
            onProgress: ({ done }) => {
              dones.push(done);
              if (done === 3) controller.abort();
            },
          }),
        "aborted",
      );
      expect(dones).toEqual([1, 2, 3]);
    });

    it("rejects a bad onProgress or signal at its path", () => {
      const e = expectClienteleError(
        () => fitBgNbd(cdnow, { unit: "week", onProgress: "yes", signal: true } as never),
        "invalid_input",
      );
      expect(issuePaths(e)).toEqual(["options.onProgress", "options.signal"]);
    });
  });
});
