import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountedExpectedResidualLifetime } from "../../../src/clv/shiftedBetaGeometric/discountedExpectedResidualLifetime.ts";
import type { RetentionModel } from "../../../src/clv/shiftedBetaGeometric/RetentionModel.ts";
import { residualValueOfBase } from "../../../src/clv/shiftedBetaGeometric/residualValueOfBase.ts";
import { expectClose } from "../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const model = (alpha: number, beta: number): RetentionModel => ({
  model: "shifted-beta-geometric",
  params: { alpha, beta },
  unit: "year",
});
// Fader & Hardie (2010)'s illustrative base at the end of 2005: cohorts of 10,000 acquired 2001–2005.
const tenures = [10000, 8000, 6480, 5307, 4391];
const example = model(3.8, 15.2);

describe("residualValueOfBase", () => {
  it("sums valuePerPeriod × tenures[k] × DERL(k) over the base", () => {
    const base = residualValueOfBase(example, { tenures, valuePerPeriod: 100, discountRate: 0.1 });
    expect(base.customers).toBe(34178);
    let expected = 0;
    for (let k = 0; k < tenures.length; k++) {
      const derl = discountedExpectedResidualLifetime(example, { renewals: k, discountRate: 0.1 });
      expect(base.residualLifetimes[k]).toBe(derl);
      expected += 100 * tenures[k]! * derl;
    }
    expectClose(base.value, expected, { rel: 1e-15 });
    expect(Math.round(base.value)).toBe(12054292);
  });

  it("is more than one aggregate retention rate gives (the base's 81.2% from 2004 to 2005): the bias Fader & Hardie (2010) warn of", () => {
    // 24,178 of the 29,787 customers active in 2004 renewed into 2005.
    const r = (8000 + 6480 + 5307 + 4391) / (10000 + 8000 + 6480 + 5307);
    const constantRetentionDerl = r / (1 - r / 1.1); // Σ_{j≥0} r^(j+1) 1.1^−j, payments at the start
    const sbg = residualValueOfBase(example, { tenures, valuePerPeriod: 1, discountRate: 0.1 });
    expect(sbg.value).toBeGreaterThan(34178 * constantRetentionDerl);
  });

  it("skips empty tenures (DERL left at 0), scales with valuePerPeriod (negative allowed) and divides by 1 + d for payments at the end", () => {
    const sparse = residualValueOfBase(example, { tenures: [0, 0, 5], valuePerPeriod: -2, discountRate: 0.1 });
    expect(sparse.residualLifetimes[0]).toBe(0);
    expect(sparse.customers).toBe(5);
    expectClose(sparse.value, -10 * discountedExpectedResidualLifetime(example, { renewals: 2, discountRate: 0.1 }), {
      rel: 1e-15,
    });
    const end = residualValueOfBase(example, { tenures, valuePerPeriod: 1, discountRate: 0.1, timing: "end" });
    const start = residualValueOfBase(example, { tenures, valuePerPeriod: 1, discountRate: 0.1 });
    expectClose(end.value, start.value / 1.1, { rel: 1e-14 });
    expect(residualValueOfBase(example, { tenures: [], valuePerPeriod: 1, discountRate: 0.1 })).toEqual({
      value: 0,
      customers: 0,
      residualLifetimes: new Float64Array(0),
    });
  });

  it("is finite for long tenure lists (500 tenures) and extreme parameters, or domain_error", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (la, lb) => {
          const base = residualValueOfBase(model(10 ** la, 10 ** lb), {
            tenures: Array.from({ length: 500 }, (_, k) => 1000 / (k + 1)),
            valuePerPeriod: 30,
            discountRate: 0.01,
          });
          expect(Number.isFinite(base.value) && base.value > 0).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
    expectClienteleError(
      () => residualValueOfBase(example, { tenures: [1e300], valuePerPeriod: 1e300, discountRate: 0.1 }),
      "domain_error",
    );
  });

  it("does not mutate its input", () => {
    const options = { tenures: [...tenures], valuePerPeriod: 10, discountRate: { rate: 0.1, per: "year" as const } };
    const copies = structuredClone([example, options]);
    residualValueOfBase(example, options);
    expect([example, options]).toEqual(copies);
  });

  it("converts a rate per quarter to the equivalent compound rate per year for a fit in years", () => {
    const quarterly = residualValueOfBase(example, {
      tenures,
      valuePerPeriod: 100,
      discountRate: { rate: 0.025, per: "quarter" },
    });
    const d = 1.025 ** 4 - 1;
    const yearly = residualValueOfBase(example, { tenures, valuePerPeriod: 100, discountRate: d });
    expectClose(quarterly.value, yearly.value, { rel: 1e-14 });
    for (let k = 0; k < tenures.length; k++) {
      expectClose(quarterly.residualLifetimes[k]!, yearly.residualLifetimes[k]!, { rel: 1e-14 });
    }
  });

  it("rejects negative counts, a non-finite value and a rate per a unit with no exact ratio to the fit's with paths", () => {
    const e = expectClienteleError(
      () =>
        residualValueOfBase(example, {
          tenures: [10, 5, -1],
          valuePerPeriod: Number.NaN,
          discountRate: 0.1,
        }),
      "invalid_input",
    );
    expect(issuePaths(e).sort()).toEqual(["options.tenures[2]", "options.valuePerPeriod"]);
    expect(
      issuePaths(
        expectClienteleError(
          () =>
            residualValueOfBase(example, { tenures, valuePerPeriod: 1, discountRate: { rate: 0.002, per: "week" } }),
          "invalid_input",
        ),
      ),
    ).toEqual(["options.discountRate.per"]);
  });
});
