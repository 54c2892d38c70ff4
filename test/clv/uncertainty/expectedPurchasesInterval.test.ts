import { describe, expect, it } from "vitest";
import { fitBgBb } from "../../../src/clv/bgBb/fitBgBb.ts";
import { simulateBgBb } from "../../../src/clv/bgBb/simulateBgBb.ts";
import { fitBgNbd } from "../../../src/clv/bgNbd/fitBgNbd.ts";
import { simulateBgNbd } from "../../../src/clv/bgNbd/simulateBgNbd.ts";
import type { CountModel } from "../../../src/clv/CountModelFit.ts";
import { expectedPurchases } from "../../../src/clv/predictions/expectedPurchases.ts";
import { expectedPurchasesInterval } from "../../../src/clv/uncertainty/expectedPurchasesInterval.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";
import { loadCdnowHoldout } from "../../_helpers/loadCdnowHoldout.ts";

const truth: CountModel = { model: "bg-nbd", params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, unit: "week" };

describe("expectedPurchasesInterval", () => {
  it("covers the true E[X(52)] in at least 14 of 20 simulated BG/NBD data sets of 5,000 customers (90% intervals)", () => {
    // NOTE: with true coverage 0.9, the number of hits in 20 independent replications is Binomial(20, 0.9):
    // P(≤ 13 hits) = 0.0024, so ≥ 14 fails a correct method about once in 400 seed sets; a method whose
    // coverage were 0.6 would pass with probability 0.05 only. The seeds are fixed, so the test is
    // deterministic. Customers are observed for 26 to 52 weeks (T varies, as for a real cohort).
    const target = expectedPurchases(truth, 52);
    const T = Float64Array.from({ length: 5000 }, (_, i) => 26 + (26 * i) / 4999);
    let hits = 0;
    for (let rep = 0; rep < 20; rep++) {
      const data = simulateBgNbd({ params: truth.params, customers: 5000, T, seed: 1000 + rep });
      const fit = fitBgNbd(data, { unit: "week" });
      const interval = expectedPurchasesInterval(fit, 52, { seed: rep, draws: 400 });
      if (interval.lower <= target && target <= interval.upper) hits++;
    }
    expect(hits).toBeGreaterThanOrEqual(14);
  });

  it("brackets the CDNOW estimate E[X(52)] = 1.444 and is reproducible for a seed", () => {
    const { fit } = loadCdnowHoldout();
    const a = expectedPurchasesInterval(fit, 52, { seed: 5 });
    expect(a.estimate).toBe(expectedPurchases(fit, 52));
    expect(a.lower).toBeLessThan(a.estimate);
    expect(a.upper).toBeGreaterThan(a.estimate);
    expect(expectedPurchasesInterval(fit, 52, { seed: 5 })).toEqual(a);
    expect(a).toMatchObject({ level: 0.9, draws: 1000 });
  });

  it("throws invalid_input for a bad t or a fit without covariance", () => {
    const { fit } = loadCdnowHoldout();
    expect(
      issuePaths(expectClienteleError(() => expectedPurchasesInterval(fit, -1, { seed: 1 }), "invalid_input")),
    ).toEqual(["t"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => expectedPurchasesInterval({ ...fit, covariance: null }, 52, { seed: 1 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["fit.covariance"]);
  });

  it("covers the true BG/BB E[X(11)] in at least 14 of 20 simulated donor sets of 5,000 (90% intervals; FHS 2010 parameters)", () => {
    const params = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
    const truth = expectedPurchases({ model: "bg-bb", params }, 11);
    let covered = 0;
    for (let rep = 0; rep < 20; rep++) {
      const fit = fitBgBb(simulateBgBb({ params, customers: 5000, opportunities: 6, seed: 100 + rep }), {
        unit: "year",
      });
      const interval = expectedPurchasesInterval(fit, 11, { seed: rep, draws: 400 });
      expect(interval.estimate).toBe(expectedPurchases(fit, 11));
      if (interval.lower <= truth && truth <= interval.upper) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(14);
  });

  it("requires a whole number of opportunities for a BG/BB fit (invalid_input at t)", () => {
    const fit = fitBgBb(
      simulateBgBb({ params: { alpha: 1, beta: 1, gamma: 1, delta: 3 }, customers: 2000, opportunities: 6, seed: 1 }),
      { unit: "year" },
    );
    expect(
      issuePaths(expectClienteleError(() => expectedPurchasesInterval(fit, 2.5, { seed: 1 }), "invalid_input")),
    ).toEqual(["t"]);
  });
});
