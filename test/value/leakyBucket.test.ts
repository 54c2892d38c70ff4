import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountedExpectedLifetime, type RetentionModel } from "../../src/clv/index.ts";
import { leakyBucket } from "../../src/value/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const sbg: RetentionModel = { model: "shifted-beta-geometric", params: { alpha: 3.8, beta: 15.2 }, unit: "year" };

describe("leakyBucket", () => {
  it("flows Nₜ = r·Nₜ₋₁ + A to N* = A / (1 − r) (worked example, by hand)", () => {
    const b = leakyBucket({
      periods: 2,
      initialBase: 10_000,
      acquisition: 1_500,
      retention: 0.8,
      margin: 100,
      discountRate: 0.1,
    });
    // N₁ = 8000 + 1500 = 9500 (2000 lost); N₂ = 7600 + 1500 = 9100 (1900 lost); N* = 1500 / 0.2 = 7500.
    expect(b.flows.map((p) => [p.period, p.churned, p.acquired, p.base])).toEqual([
      [0, 0, 0, 10_000],
      [1, 2000, 1500, 9500],
      [2, 1900, 1500, 9100],
    ]);
    expectClose(b.steadyState, 7500, { rel: 1e-15 });
    expectClose(b.acquisitionToHoldFlat, 2000, { rel: 1e-15 });
    expectClose(b.steadyStateAcquisition, 2000, { rel: 1e-15 });
    const s = b.segments[0]!;
    expect(s.segment).toBe("all");
    expect(s.retentionModel).toBe("constant");
    expectClose(s.expectedLifetime, 5, { rel: 1e-15 });
    // clv = 100 × 0.8 / 0.3; base value 10,000 × clv.
    expectClose(s.clv!, 80 / 0.3, { rel: 1e-15 });
    expectClose(b.baseValue!, 10_000 * (80 / 0.3), { rel: 1e-15 });
    // one point: r = 0.81 → clv 81 / 0.29, N* = 1500 / 0.19; value 7500 × 80 / 0.3 = 2,000,000 → (1500 / 0.19) × (81 / 0.29).
    const p = s.onePoint!;
    expectClose(p.improvedClv, 81 / 0.29, { rel: 1e-14 });
    expectClose(p.improvedSteadyState, 1500 / 0.19, { rel: 1e-14 });
    expectClose(p.steadyStateValue, 2_000_000, { rel: 1e-14 });
    const improved = (1500 / 0.19) * (81 / 0.29);
    expectClose(p.valueGain, improved - 2_000_000, { rel: 1e-12 });
    expectClose(p.elasticity!, (improved - 2_000_000) / 2_000_000 / (0.01 / 0.8), { rel: 1e-12 });
  });

  it("sums segments and converges to the steady state over a long horizon", () => {
    const b = leakyBucket({
      periods: 400,
      segments: [
        { segment: "retail", initialBase: 10_000, acquisition: 1_500, retention: 0.8 },
        { segment: "trade", initialBase: 500, acquisition: 40, retention: 0.95 },
      ],
    });
    expect(b.segments.map((s) => s.segment)).toEqual(["retail", "trade"]);
    expectClose(b.steadyState, 7500 + 800, { rel: 1e-14 });
    expectClose(b.flows.at(-1)!.base, 8300, { rel: 1e-9 });
    expect(b.flows[1]!.churned).toBeCloseTo(2000 + 25, 9);
    expect(b).not.toHaveProperty("baseValue");
  });

  it("runs from an sBG fit: cohorts by survival, N* = A · E[T] (hand computation)", () => {
    const b = leakyBucket({
      periods: 2,
      initialBase: 1000,
      acquisition: 100,
      retention: sbg,
      unit: "year",
      margin: 50,
      discountRate: 0.1,
    });
    // S(1) = β / (α + β) = 0.8; S(2) = 0.8 × 16.2 / 20 = 0.648. N₁ = 800 + 100; N₂ = 648 + 100 × 1.8.
    expectClose(b.flows[1]!.base, 900, { rel: 1e-14 });
    expectClose(b.flows[2]!.base, 828, { rel: 1e-14 });
    // E[T] = (α + β − 1) / (α − 1) = 18 / 2.8.
    expectClose(b.segments[0]!.expectedLifetime, 18 / 2.8, { rel: 1e-12 });
    expectClose(b.steadyState, (100 * 18) / 2.8, { rel: 1e-12 });
    expectClose(b.acquisitionToHoldFlat, 200, { rel: 1e-14 });
    expectClose(b.segments[0]!.clv!, 50 * (discountedExpectedLifetime(sbg, { discountRate: 0.1 }) - 1), { rel: 1e-15 });
    expect(b.segments[0]).not.toHaveProperty("onePoint");
    const long = leakyBucket({ periods: 3000, initialBase: 0, acquisition: 100, retention: sbg });
    expectClose(long.flows.at(-1)!.base, long.steadyState, { rel: 1e-6 });
  });

  it("rejects bad input with paths and α ≤ 1 as domain_error", () => {
    expect(
      issuePaths(
        expectClienteleError(
          () => leakyBucket({ periods: 3, initialBase: 1, acquisition: -1, retention: 0.5 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["input.acquisition"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => leakyBucket({ periods: 3, initialBase: 1, acquisition: 1, retention: 1 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["input.retention"]);
    expect(issuePaths(expectClienteleError(() => leakyBucket({ periods: 3 }), "invalid_input"))).toEqual([
      "input.segments",
    ]);
    expect(
      issuePaths(
        expectClienteleError(
          () => leakyBucket({ periods: 3, initialBase: 1, acquisition: 1, retention: 0.5, margin: 10 }),
          "invalid_input",
        ),
      ),
    ).toEqual(["input.discountRate"]);
    expect(
      issuePaths(
        expectClienteleError(
          () => leakyBucket({ periods: 3, initialBase: 1, acquisition: 1, retention: sbg, unit: "month" }),
          "invalid_input",
        ),
      ),
    ).toEqual(["input.retention.unit"]);
    const heavy: RetentionModel = { ...sbg, params: { alpha: 0.7, beta: 1.2 } };
    expectClienteleError(
      () => leakyBucket({ periods: 3, initialBase: 1, acquisition: 1, retention: heavy }),
      "domain_error",
    );
  });

  it("conserves customers (base change = acquired − churned) and does not mutate (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (n0, a, r, periods) => {
          const input = { periods, initialBase: n0, acquisition: a, retention: r };
          const before = structuredClone(input);
          const b = leakyBucket(input);
          expect(input).toEqual(before);
          for (let t = 1; t <= periods; t++) {
            const p = b.flows[t]!;
            expect(Math.abs(b.flows[t - 1]!.base + p.acquired - p.churned - p.base)).toBeLessThanOrEqual(
              1e-9 * (n0 + a * t + 1),
            );
          }
          expect(Math.abs(b.steadyState * (1 - r) - a)).toBeLessThanOrEqual(1e-9 * (a + 1));
        },
      ),
    );
  });
});

describe("leakyBucket on extreme input", () => {
  it("throws domain_error when a value figure overflows", () => {
    const e = expectClienteleError(
      () =>
        leakyBucket({ periods: 1, initialBase: 1, acquisition: 1, retention: 0.98, margin: 1e307, discountRate: 0 }),
      "domain_error",
    );
    expect(e.message).toContain("overflows the largest double");
  });
});
